import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessLogQuery, AccessLogRow, AccessLogUseEvent, FileViewing } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { AccessLogService } from './access-log.service';

const MAX_ROWS = 5000;
const WHAT: Record<string, FileViewing['what']> = {
  C: 'toegevoegd',
  R: 'bekeken',
  U: 'gewijzigd',
  D: 'verwijderd',
  E: 'geëxporteerd',
};
/** The NEN 7513 action code (C/R/U/D/E) as a use of the file, in SQL. */
const FILE_USE_SQL = `CASE l.action ${Object.entries(WHAT)
  .map(([code, what]) => `WHEN '${code}' THEN '${what}'`)
  .join(' ')} ELSE 'bekeken' END`;

const CSV_COLUMNS: (keyof AccessLogRow)[] = [
  'id',
  'occurredAt',
  'event',
  'action',
  'caseId',
  'caseNumber',
  'familyName',
  'personId',
  'personName',
  'userId',
  'userName',
  'role',
  'organisationId',
  'onBehalfOf',
  'accessPoint',
  'authorised',
  'relationship',
  'consent',
  'emergency',
];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote everything; neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A part of a text to match with ILIKE: the wildcards of the input itself match literally. */
function containing(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Reading the access log: the privacy officer's search and export, and a family's own view. */
@Injectable()
export class AccessLogQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The privacy officer's search; the search itself is logged (NEN 7513: who looked at the log). */
  async search(user: AuthUser, query: AccessLogQuery): Promise<AccessLogRow[]> {
    const rows = await this.find(query);
    await this.logUse(user, query, 'access_log_searched', 'R');
    return rows;
  }

  /** The CSV export, logged as an export (action E). */
  async csv(user: AuthUser, query: AccessLogQuery): Promise<string> {
    const rows = await this.find(query);
    await this.logUse(user, query, 'access_log_exported', 'E');
    const lines = rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
    return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
  }

  private logUse(
    user: AuthUser,
    query: AccessLogQuery,
    event: AccessLogUseEvent,
    action: 'R' | 'E',
  ): Promise<void> {
    return this.accessLog.record(user, [
      { event, action, caseId: query.caseId ?? null, authorised: true, relationship: 'privacy_officer' },
    ]);
  }

  private async find(query: AccessLogQuery): Promise<AccessLogRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.caseId) add('l.case_id = ?', query.caseId);
    if (query.userId) add('l.user_id = ?', query.userId);
    if (query.family) add('(c.case_number ILIKE ? OR c.family_name ILIKE ?)', containing(query.family));
    if (query.user) add('(u.display_name ILIKE ? OR u.email ILIKE ?)', containing(query.user));
    // A person's own rows, and the rows of their case that name nobody (a read of the whole file).
    if (query.person)
      add(
        `EXISTS (SELECT 1 FROM case_member m WHERE (m.first_name || ' ' || m.last_name) ILIKE ?
                   AND (m.id = l.person_id OR (l.person_id IS NULL AND m.case_id = l.case_id)))`,
        containing(query.person),
      );
    if (query.emergencyOnly) where.push('l.emergency');
    if (query.from) add('l.occurred_at >= ?', query.from);
    if (query.to) add('l.occurred_at < ?', query.to);
    const rows: (Omit<AccessLogRow, 'occurredAt'> & { occurredAt: Date })[] = await this.dataSource.query(
      `SELECT l.id::text AS id, l.occurred_at AS "occurredAt", l.event, l.action, l.case_id AS "caseId",
              c.case_number AS "caseNumber", c.family_name AS "familyName", l.person_id AS "personId",
              CASE WHEN p.id IS NULL THEN NULL ELSE p.first_name || ' ' || p.last_name END AS "personName",
              l.user_id AS "userId", u.display_name AS "userName", l.role,
              l.organisation_id AS "organisationId", l.on_behalf_of AS "onBehalfOf", l.access_point AS "accessPoint",
              l.authorised, l.relationship, l.consent, l.emergency
         FROM access_log l JOIN app_user u ON u.id = l.user_id
         LEFT JOIN family_case c ON c.id = l.case_id
         LEFT JOIN case_member p ON p.id = l.person_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY l.id DESC LIMIT ${MAX_ROWS}`,
      params,
    );
    return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
  }

  /**
   * Who else opened or changed this case, newest first: one line per person, Dutch day, part of the
   * file and kind of use, with how often; an emergency access flags its line. Refused attempts are for
   * the privacy officer.
   */
  async viewings(caseId: string, viewerId: string): Promise<FileViewing[]> {
    const rows: (Omit<FileViewing, 'lastAt' | 'day'> & { lastAt: Date; day: string })[] =
      await this.dataSource.query(
        `SELECT to_char(l.occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day,
                max(l.occurred_at) AS "lastAt", u.display_name AS who, o.name AS organisation, l.role,
                bool_or(l.relationship = 'coordinator') AS coordinator,
                CASE WHEN l.event LIKE 'plan.%' THEN 'plan'
                     WHEN l.event LIKE 'tafel.verslag.%' THEN 'verslag'
                     WHEN l.event LIKE 'tafel.%' OR l.event LIKE 'agreement.%' THEN 'tafel'
                     ELSE 'dossier' END AS part,
                CASE WHEN l.event = 'tafel.rsvp' THEN 'geantwoord'
                     ELSE (${FILE_USE_SQL}) END AS what,
                count(*)::int AS times, bool_or(l.emergency) AS emergency
           FROM access_log l JOIN app_user u ON u.id = l.user_id LEFT JOIN organisation o ON o.id = l.organisation_id
          WHERE l.case_id = $1 AND l.user_id <> $2 AND l.authorised
          GROUP BY day, l.user_id, u.display_name, o.name, l.role, part, what
          ORDER BY "lastAt" DESC LIMIT 200`,
        [caseId, viewerId],
      );
    return rows.map((r) => ({ ...r, lastAt: r.lastAt.toISOString() }));
  }
}
