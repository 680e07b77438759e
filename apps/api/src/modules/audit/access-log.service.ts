import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { AccessAction } from './access-log.entity';

export interface AccessEntry {
  event: string;
  action: AccessAction;
  caseId: string | null;
  personId?: string | null;
  /** On whose behalf the user acts (e.g. the parent or child a confidant supports). */
  onBehalfOf?: string | null;
  authorised: boolean;
  relationship: string;
  emergency?: boolean;
}

const COLUMNS = 12;

/** Writes NEN 7513 rows; the database trigger chains them (id, prev_hash, hash). */
@Injectable()
export class AccessLogService {
  constructor(private readonly dataSource: DataSource) {}

  async record(user: AuthUser, entries: AccessEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const values: unknown[] = [];
    const rows = entries.map((e, i) => {
      values.push(
        e.event,
        e.action,
        e.caseId,
        e.personId ?? null,
        user.id,
        user.role,
        user.organisationId,
        e.onBehalfOf ?? null,
        user.accessPoint,
        e.authorised,
        e.relationship,
        e.emergency ?? false,
      );
      const p = Array.from({ length: COLUMNS }, (_, k) => `$${i * COLUMNS + k + 1}`);
      return `(now(), ${p.join(', ')})`;
    });
    await this.dataSource.query(
      `INSERT INTO access_log (occurred_at, event, action, case_id, person_id, user_id, role, organisation_id,
                               on_behalf_of, access_point, authorised, relationship, emergency)
       VALUES ${rows.join(', ')}`,
      values,
    );
  }
}
