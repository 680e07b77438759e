import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { CasesApi } from '../cases/cases.api';
import { PlanAnswerEntity } from './entities/plan-answer.entity';
import { currentVersions } from './current-versions';

/** What the coordinator should know of a family's current plan version (no texts). */
export interface PlanAttention {
  caseId: string;
  kind: 'plan_awaiting_answer' | 'plan_disagreement';
  versionNumber: number;
  /** Published (awaiting an answer) or the first disagreement given. */
  since: Date;
}

/**
 * The plans that need the coordinator: the current version still waits on a parent with custody
 * and an account who has not answered it, or a parent disagrees with one of its sections.
 */
@Injectable()
export class PlanAttentionService {
  constructor(private readonly cases: CasesApi) {}

  async forCases(manager: EntityManager, caseIds: readonly string[]): Promise<PlanAttention[]> {
    if (caseIds.length === 0) return [];
    const versions = await currentVersions(manager, caseIds);
    if (versions.length === 0) return [];
    const answers = await manager.find(PlanAnswerEntity, {
      where: { versionId: In(versions.map((v) => v.id)) },
      order: { answeredAt: 'ASC' },
    });
    const result: PlanAttention[] = [];
    for (const v of versions) {
      const own = answers.filter((a) => a.versionId === v.id);
      const answered = new Set(own.map((a) => a.memberId));
      const parents = (await this.cases.members(manager, v.caseId)).filter(
        (m) => m.kind === 'parent' && m.userId && m.custody !== false,
      );
      const base = { caseId: v.caseId, versionNumber: v.number };
      if (parents.some((p) => !answered.has(p.id)))
        result.push({ ...base, kind: 'plan_awaiting_answer', since: v.publishedAt });
      const disagreement = own.find((a) => a.answer === 'disagree');
      if (disagreement) result.push({ ...base, kind: 'plan_disagreement', since: disagreement.answeredAt });
    }
    return result;
  }
}
