import { createHash } from 'node:crypto';
import {
  PLAN_TEXT_SECTIONS,
  PlanAgreement,
  PlanAnswer,
  PlanDraft,
  PlanGoal,
  PlanSections,
  PlanVersion,
} from '@tafel/shared/contracts';
import { PlanAnswerEntity } from './entities/plan-answer.entity';
import { PlanEntity } from './entities/plan.entity';
import { PlanVersionEntity } from './entities/plan-version.entity';

export const emptySections = (): PlanSections =>
  Object.fromEntries(PLAN_TEXT_SECTIONS.map((s) => [s, ''])) as PlanSections;

/** The text sections only (a version published before plans had goals also stored their text). */
const textSections = (stored: Partial<PlanSections>): PlanSections =>
  Object.fromEntries(PLAN_TEXT_SECTIONS.map((s) => [s, stored[s] ?? ''])) as PlanSections;

/** An agreement as the API answers it: stored before plans had goals, it serves none. */
const withGoal = (a: PlanAgreement): PlanAgreement => ({ ...a, goalId: a.goalId ?? null });

/**
 * SHA-256 of a version's canonical content: its number, its text sections in order, its goals and
 * its agreements with the goal each serves.
 */
export function versionHash(
  number: number,
  sections: PlanSections,
  goals: readonly PlanGoal[],
  agreements: readonly PlanAgreement[],
): string {
  const canonical = JSON.stringify({
    number,
    sections: PLAN_TEXT_SECTIONS.map((s) => [s, sections[s]]),
    goals: goals.map((g) => [g.id, g.text]),
    agreements: agreements.map((a) => [a.owner, a.what, a.dueDate, a.goalId ?? null]),
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function toDraft(plan: PlanEntity, updatedBy: string | null): PlanDraft {
  return {
    caseId: plan.caseId,
    revision: plan.revision,
    sections: textSections(plan.sections),
    goals: plan.goals,
    agreements: plan.agreements.map(withGoal),
    updatedAt: plan.updatedAt.toISOString(),
    updatedBy,
  };
}

export function toAnswer(a: PlanAnswerEntity, versionNumber: number, memberName: string): PlanAnswer {
  return {
    id: a.id,
    versionNumber,
    section: a.section,
    memberId: a.memberId,
    memberName,
    answer: a.answer,
    text: a.text,
    answeredAt: a.answeredAt.toISOString(),
  };
}

export function toVersion(v: PlanVersionEntity, answers: PlanAnswer[]): PlanVersion {
  return {
    caseId: v.caseId,
    number: v.number,
    publishedAt: v.publishedAt.toISOString(),
    sha256: v.sha256,
    sections: textSections(v.sections),
    goals: v.goals,
    agreements: v.agreements.map(withGoal),
    regieMode: v.regieMode,
    safetyGoalsNonNegotiable:
      v.regieMode === 'professional'
        ? { reason: v.regieReason ?? 'De veiligheid van een kind staat voorop.' }
        : null,
    answers,
    documentsWithheld: false,
  };
}
