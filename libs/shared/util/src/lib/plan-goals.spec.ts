import { agreementsByGoal } from './plan-goals';

describe('agreementsByGoal', () => {
  const goals = [
    { id: 'g1', text: 'Naar school' },
    { id: 'g2', text: 'Rust in huis' },
  ];

  it('groups the agreements under their goals in the goals’ order, then those without one', () => {
    const a = { what: 'a', goalId: 'g2' };
    const b = { what: 'b', goalId: null };
    const c = { what: 'c', goalId: 'g1' };
    const gone = { what: 'd', goalId: 'g9' };
    expect(agreementsByGoal(goals, [a, b, c, gone])).toEqual([
      { goal: goals[0], agreements: [c] },
      { goal: goals[1], agreements: [a] },
      { goal: null, agreements: [b, gone] },
    ]);
  });

  it('adds no group without a goal when every agreement has one', () => {
    expect(agreementsByGoal(goals, [])).toEqual([
      { goal: goals[0], agreements: [] },
      { goal: goals[1], agreements: [] },
    ]);
  });
});
