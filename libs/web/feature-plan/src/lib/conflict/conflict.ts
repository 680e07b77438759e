import {
  PLAN_TEXT_SECTIONS,
  PlanAgreement,
  PlanAgreementInput,
  PlanDraft,
  PlanDraftInput,
  PlanGoal,
  PlanSection,
} from '@tafel/shared/contracts';
import { agreementsByGoal } from '@tafel/shared/util';

/** One part of the draft that the user and the other person saved differently. */
export interface ConflictRow {
  section: PlanSection;
  mine: string;
  theirs: string;
}

/** The goals with the agreements under them, as lines a person can read side by side. */
export const goalsText = (
  goals: readonly PlanGoal[],
  agreements: readonly (PlanAgreementInput | PlanAgreement)[],
): string =>
  agreementsByGoal(
    goals,
    agreements.map((a) => ({ ...a, goalId: a.goalId ?? null })),
  )
    .flatMap(({ goal, agreements }) => [
      goal ? goal.text : $localize`:@@planConflict.withoutGoal:Zonder doel`,
      ...agreements.map((a) => `– ${a.owner} — ${a.what} — ${a.dueDate}`),
    ])
    .join('\n');

/** What the user wanted to save that differs from the draft the other person saved in the meantime. */
export function conflictRows(mine: PlanDraftInput, theirs: PlanDraft): ConflictRow[] {
  const rows: ConflictRow[] = PLAN_TEXT_SECTIONS.flatMap((section) => {
    const text = mine.sections?.[section];
    return text !== undefined && text !== theirs.sections[section]
      ? [{ section, mine: text, theirs: theirs.sections[section] }]
      : [];
  });
  if (mine.goals && mine.agreements) {
    const [a, b] = [goalsText(mine.goals, mine.agreements), goalsText(theirs.goals, theirs.agreements)];
    if (a !== b) rows.push({ section: 'goals', mine: a, theirs: b });
  }
  return rows;
}

/** The user chose their own version: the same save, now knowingly based on the other person's revision. */
export const keepMine = (mine: PlanDraftInput, theirs: PlanDraft): PlanDraftInput => ({
  ...mine,
  baseRevision: theirs.revision,
});
