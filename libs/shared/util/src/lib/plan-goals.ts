import type { PlanGoal } from '@tafel/shared/contracts';

/**
 * Agreements grouped under the goals they serve, in the goals' order; then those without a goal (or
 * with a goal the plan no longer has). Here and not in contracts: the web's initial bundle holds contracts.
 */
export function agreementsByGoal<A extends { goalId: string | null }>(
  goals: readonly PlanGoal[],
  agreements: readonly A[],
): { goal: PlanGoal | null; agreements: A[] }[] {
  const ids = new Set(goals.map((g) => g.id));
  const groups = goals.map((goal) => ({ goal, agreements: agreements.filter((a) => a.goalId === goal.id) }));
  const without = agreements.filter((a) => a.goalId === null || !ids.has(a.goalId));
  return without.length ? [...groups, { goal: null, agreements: without }] : groups;
}
