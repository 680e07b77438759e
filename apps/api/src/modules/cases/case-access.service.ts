import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { isClientRole, isProfessionalRole } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { caseNotFound } from './cases.errors';

/**
 * Need-to-know, in one place: a professional sees a case while they coordinate it, are added to
 * it or take part in one of its tafels; a parent, child or network member only their own case; every other role no case at all.
 */
@Injectable()
export class CaseAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** Throws not-found (never forbidden) when the caller may not see the case. */
  async requireAccess(user: AuthUser, caseId: string): Promise<void> {
    const condition = this.visibleCaseIds(user);
    if (!condition) throw caseNotFound();
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM family_case c WHERE c.id = $1 AND c.id IN (${condition}) LIMIT 1`,
      [caseId, user.id],
    );
    if (rows.length === 0) throw caseNotFound();
  }

  /** Narrows a query over `family_case` (alias `c`) to the cases the caller may see. */
  restrict<T extends object>(query: SelectQueryBuilder<T>, user: AuthUser): SelectQueryBuilder<T> {
    const condition = this.visibleCaseIds(user, ':viewerId');
    return condition
      ? query.andWhere(`c.id IN (${condition})`, { viewerId: user.id })
      : query.andWhere('1 = 0');
  }

  /** SQL selecting the ids of the cases visible to the caller; the user id is the parameter `param`. */
  private visibleCaseIds(user: AuthUser, param = '$2'): string | null {
    if (isProfessionalRole(user.role)) {
      return `SELECT a.case_id FROM coordinator_assignment a WHERE a.user_id = ${param} AND a.ended_at IS NULL
              UNION SELECT p.case_id FROM case_professional p WHERE p.user_id = ${param} AND p.removed_at IS NULL
              UNION SELECT t.case_id FROM tafel t JOIN tafel_participant tp ON tp.tafel_id = t.id
                     WHERE tp.user_id = ${param} AND t.status <> 'cancelled'`;
    }
    if (isClientRole(user.role)) return `SELECT m.case_id FROM case_member m WHERE m.user_id = ${param}`;
    return null;
  }
}
