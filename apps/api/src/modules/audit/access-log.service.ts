import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessLogCode } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { AccessAction } from './access-log.entity';

export interface AccessEntry {
  event: AccessLogCode;
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
/** Rows per INSERT at most (twelve parameters each, well under PostgreSQL's 65,535). */
const MAX_ROWS = 500;

interface Row {
  user: AuthUser;
  entry: AccessEntry;
}

interface Waiting extends Row {
  resolve(): void;
  reject(error: unknown): void;
}

/** Writes NEN 7513 rows; the database trigger chains them (id, prev_hash, hash). */
@Injectable()
export class AccessLogService {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(private readonly dataSource: DataSource) {}

  async record(user: AuthUser, entries: AccessEntry[]): Promise<void> {
    await this.insert(entries.map((entry) => ({ user, entry })));
  }

  /**
   * One row, written together with the rows of other callers that arrive meanwhile (a group commit: one
   * INSERT while the previous one is under way, so a burst of live-room joins does not queue up behind
   * the chain trigger's lock one row at a time). Resolves once the row is committed.
   */
  recordShared(user: AuthUser, entry: AccessEntry): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ user, entry, resolve, reject });
      if (this.writing) return;
      this.writing = true;
      setImmediate(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, MAX_ROWS);
      await this.insert(batch).then(
        () => batch.forEach((w) => w.resolve()),
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      );
    }
    this.writing = false;
  }

  private async insert(entries: Row[]): Promise<void> {
    if (entries.length === 0) return;
    const values: unknown[] = [];
    const rows = entries.map(({ user, entry: e }, i) => {
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
