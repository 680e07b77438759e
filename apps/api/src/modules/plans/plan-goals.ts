import { InvalidParam, PlanAgreement, PlanGoal } from '@tafel/shared/contracts';
import { DomainError, invalid } from '../../common/problem/domain-error';

/** What is wrong with the links of a draft: a goal id twice, or an agreement naming no goal of the plan. */
function goalLinkProblems(goals: readonly PlanGoal[], agreements: readonly PlanAgreement[]): InvalidParam[] {
  const ids = new Set<string>();
  const problems: InvalidParam[] = [];
  goals.forEach((g, i) => {
    if (ids.has(g.id)) problems.push({ name: `goals.${i}.id`, reason: 'is the id of another goal too' });
    ids.add(g.id);
  });
  agreements.forEach((a, i) => {
    if (a.goalId && !ids.has(a.goalId))
      problems.push({ name: `agreements.${i}.goalId`, reason: 'is not a goal of this plan' });
  });
  return problems;
}

/** A plan with goals is published only when every agreement names the goal it serves. */
export function requireLinkedAgreements(
  goals: readonly PlanGoal[],
  agreements: readonly PlanAgreement[],
): void {
  if (goals.length === 0) return;
  const without = agreements.flatMap((a, i) =>
    a.goalId ? [] : [{ name: `agreements.${i}.goalId`, reason: 'name the goal this agreement serves' }],
  );
  if (without.length)
    throw new DomainError('validation_failed', 'Every agreement of a plan with goals serves a goal', without);
}

/** A save is refused (4xx, the parameters named) when a goal id repeats or an agreement names no goal of the plan. */
export const requireGoalLinks = (goals: readonly PlanGoal[], agreements: readonly PlanAgreement[]): void => {
  const problems = goalLinkProblems(goals, agreements);
  if (problems.length) throw invalid(problems);
};
