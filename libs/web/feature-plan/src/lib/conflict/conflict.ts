import {
  PLAN_SECTIONS,
  PlanAgreement,
  PlanDraft,
  PlanDraftInput,
  PlanSection,
} from '@tafel/shared/contracts';

/** One part of the draft that the user and the other person saved differently. */
export interface ConflictRow {
  section: PlanSection | 'agreements';
  mine: string;
  theirs: string;
}

/** The agreements as lines a person can read side by side. */
export const agreementText = (agreements: readonly PlanAgreement[]): string =>
  agreements.map((a) => `${a.owner} — ${a.what} — ${a.dueDate}`).join('\n');

/** What the user wanted to save that differs from the draft the other person saved in the meantime. */
export function conflictRows(mine: PlanDraftInput, theirs: PlanDraft): ConflictRow[] {
  const rows: ConflictRow[] = PLAN_SECTIONS.flatMap((section) => {
    const text = mine.sections?.[section];
    return text !== undefined && text !== theirs.sections[section]
      ? [{ section, mine: text, theirs: theirs.sections[section] }]
      : [];
  });
  if (mine.agreements) {
    const [a, b] = [agreementText(mine.agreements), agreementText(theirs.agreements)];
    if (a !== b) rows.push({ section: 'agreements', mine: a, theirs: b });
  }
  return rows;
}

/** The user chose their own version: the same save, now knowingly based on the other person's revision. */
export const keepMine = (mine: PlanDraftInput, theirs: PlanDraft): PlanDraftInput => ({
  ...mine,
  baseRevision: theirs.revision,
});
