import { createHash } from 'node:crypto';
import {
  PLAN_SECTIONS,
  PlanAgreement,
  PlanAnswer,
  PlanDraft,
  PlanSections,
  PlanVersion,
} from '@tafel/shared/contracts';
import { PlanAnswerEntity } from './entities/plan-answer.entity';
import { PlanEntity } from './entities/plan.entity';
import { PlanVersionEntity } from './entities/plan-version.entity';

export const emptySections = (): PlanSections =>
  Object.fromEntries(PLAN_SECTIONS.map((s) => [s, ''])) as PlanSections;

/** SHA-256 of a version's canonical content: its number, its sections in order and its agreements. */
export function versionHash(number: number, sections: PlanSections, agreements: PlanAgreement[]): string {
  const canonical = JSON.stringify({
    number,
    sections: PLAN_SECTIONS.map((s) => [s, sections[s]]),
    agreements: agreements.map((a) => [a.owner, a.what, a.dueDate]),
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function toDraft(plan: PlanEntity, updatedBy: string | null): PlanDraft {
  return {
    caseId: plan.caseId,
    revision: plan.revision,
    sections: { ...emptySections(), ...plan.sections },
    agreements: plan.agreements,
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
    sections: v.sections,
    agreements: v.agreements,
    regieMode: v.regieMode,
    safetyGoalsNonNegotiable:
      v.regieMode === 'professional'
        ? { reason: v.regieReason ?? 'De veiligheid van een kind staat voorop.' }
        : null,
    answers,
    documentsWithheld: false,
  };
}
