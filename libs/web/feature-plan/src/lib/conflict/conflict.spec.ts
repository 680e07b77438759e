import { PlanDraft, PlanDraftInput } from '@tafel/shared/contracts';
import { conflictRows, keepMine } from './conflict';

const theirs: PlanDraft = {
  caseId: 'c1',
  revision: 4,
  sections: {
    worries: 'Ruzie thuis.',
    going_well: 'Oma helpt.',
    safety_goals: '',
    family_view: 'Wij willen rust.',
    children_views: '',
  },
  goals: [{ id: 'g1', text: 'Naar school.' }],
  agreements: [{ owner: 'Sanne', what: 'Belt de huisarts', dueDate: '2026-12-01', goalId: 'g1' }],
  updatedAt: '2026-11-29T10:00:00Z',
  updatedBy: 'Petra Jansen',
};

describe('conflictRows', () => {
  it('lists only the sections the user sent that differ from the other person’s draft', () => {
    const mine: PlanDraftInput = {
      baseRevision: 3,
      sections: {
        worries: 'Ruzie thuis.',
        going_well: 'Oma en opa helpen.',
        family_view: 'Wij willen rust.',
      },
    };
    expect(conflictRows(mine, theirs)).toEqual([
      { section: 'going_well', mine: 'Oma en opa helpen.', theirs: 'Oma helpt.' },
    ]);
  });

  it('compares the goals with their agreements under them when the user sent them', () => {
    const mine: PlanDraftInput = {
      baseRevision: 3,
      goals: [{ id: 'g1', text: 'Naar school.' }],
      agreements: [{ owner: 'Sanne', what: 'Belt de huisarts', dueDate: '2026-12-15' }],
    };
    expect(conflictRows(mine, theirs)).toEqual([
      {
        section: 'goals',
        mine: 'Naar school.\nZonder doel\n– Sanne — Belt de huisarts — 2026-12-15',
        theirs: 'Naar school.\n– Sanne — Belt de huisarts — 2026-12-01',
      },
    ]);
  });

  it('finds nothing when the user’s changes are already in the other draft', () => {
    expect(conflictRows({ baseRevision: 3, sections: { worries: 'Ruzie thuis.' } }, theirs)).toEqual([]);
  });
});

describe('keepMine', () => {
  it('sends the same texts again, now based on the other person’s revision', () => {
    const mine: PlanDraftInput = { baseRevision: 3, sections: { worries: 'Anders.' } };
    expect(keepMine(mine, theirs)).toEqual({ baseRevision: 4, sections: { worries: 'Anders.' } });
  });
});
