import { EntityManager, In } from 'typeorm';
import { PlanVersionEntity } from './entities/plan-version.entity';

/** The current (latest published) version of each case; of every case when `caseIds` is null. */
export function currentVersions(
  manager: EntityManager,
  caseIds: readonly string[] | null,
): Promise<PlanVersionEntity[]> {
  const qb = manager
    .createQueryBuilder(PlanVersionEntity, 'v')
    .distinctOn(['v.case_id'])
    .orderBy('v.case_id')
    .addOrderBy('v.number', 'DESC');
  if (caseIds) qb.where({ caseId: In([...caseIds]) });
  return qb.getMany();
}
