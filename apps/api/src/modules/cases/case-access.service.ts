import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { isClientRole, isProfessionalRole } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { AccessAction } from '../audit/access-log.entity';
import { AccessLogService } from '../audit/access-log.service';
import { caseNotFound } from './cases.errors';

/** What the caller does with a case's data, as written to the access log. */
export interface CaseAccess {
  event: string;
  action: AccessAction;
}

/**
 * Need-to-know, in one place: a professional sees a case while they coordinate it, are added to it
 * or take part in one of its tafels; a parent, child or network member only their own case; every
 * other role no case at all — except through a logged, time-limited emergency access (break the
 * glass). Every check, granted or refused, is written to the access log.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Throws not-found (never forbidden) when the caller may not see the case; returns the relationship. */
  async requireAccess(user: AuthUser, caseId: string, access: CaseAccess): Promise<string> {
    const relationship = (await this.relationship(user, caseId)) ?? 'none';
    const exists = relationship !== 'none' || (await this.caseExists(caseId));
    if (exists) {
      await this.accessLog.record(user, [
        {
          ...access,
          caseId,
          authorised: relationship !== 'none',
          relationship,
          emergency: relationship === 'emergency',
        },
      ]);
    }
    if (relationship === 'none') throw caseNotFound();
    return relationship;
  }

  /** Why the caller may see the case (membership before emergency access), or null. */
  async relationship(user: AuthUser, caseId: string): Promise<string | null> {
    const relations = this.relations(user, '$2');
    if (!relations) return null;
    const rows: { relationship: string }[] = await this.dataSource.query(
      `SELECT v.relationship FROM (${relations}) v WHERE v.case_id = $1
        ORDER BY v.relationship = 'emergency', v.relationship LIMIT 1`,
      [caseId, user.id],
    );
    return rows[0]?.relationship ?? null;
  }

  /** Logs a read of several cases at once (a list), each as its own row. */
  async logRead(user: AuthUser, caseIds: string[], event: string): Promise<void> {
    await this.accessLog.record(
      user,
      caseIds.map((caseId) => ({ event, action: 'R', caseId, authorised: true, relationship: 'listed' })),
    );
  }

  /** Narrows a query over `family_case` (alias `c`) to the cases the caller may see. */
  restrict<T extends object>(query: SelectQueryBuilder<T>, user: AuthUser): SelectQueryBuilder<T> {
    const relations = this.relations(user, ':viewerId');
    return relations
      ? query.andWhere(`c.id IN (SELECT v.case_id FROM (${relations}) v)`, { viewerId: user.id })
      : query.andWhere('1 = 0');
  }

  private async caseExists(caseId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM family_case WHERE id = $1', [caseId]);
    return rows.length > 0;
  }

  /** SQL of (case_id, relationship) pairs for the caller; the user id is the parameter `param`. */
  private relations(user: AuthUser, param: string): string | null {
    if (isProfessionalRole(user.role)) {
      return `SELECT a.case_id, 'coordinator' AS relationship FROM coordinator_assignment a
                WHERE a.user_id = ${param} AND a.ended_at IS NULL
              UNION SELECT p.case_id, 'professional' FROM case_professional p
                WHERE p.user_id = ${param} AND p.removed_at IS NULL
              UNION SELECT t.case_id, 'participant' FROM tafel t JOIN tafel_participant tp ON tp.tafel_id = t.id
                WHERE tp.user_id = ${param} AND t.status <> 'cancelled'
              UNION SELECT e.case_id, 'emergency' FROM emergency_access e
                WHERE e.user_id = ${param} AND e.expires_at > now()`;
    }
    if (isClientRole(user.role)) {
      return `SELECT m.case_id, 'own_case' AS relationship FROM case_member m WHERE m.user_id = ${param}`;
    }
    return null;
  }
}
