import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ACCESS_LOG_SEARCH_ROWS,
  AccessLogQuery,
  AccessLogRow,
  AccessLogUseEvent,
  FAILED_SUFFIX,
  FileViewing,
  Role,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { AccessLogService } from './access-log.service';

/** Rows per round trip of the export; the export has every row, read newest first in batches of this size. */
const EXPORT_BATCH = 2000;
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

/**
 * The export's columns: Dutch headers in the order and words of the page's table, then the other NEN 7513
 * fields. Names where the page shows names (the organisation, the role, the account an administrator
 * changed); the event and action stay codes (the NEN 7513 C/R/U/D/E and the logged event code), and the
 * ids stay beside the names, so the extract can still be matched by machine.
 */
const CSV_COLUMNS: [string, (r: AccessLogRow) => unknown][] = [
  ['tijd_utc', (r) => r.occurredAt],
  ['actie', (r) => r.action],
  ['gebeurtenis', (r) => r.event],
  ['gebruiker', (r) => r.userName],
  ['rol', (r) => ROLE_NAMES[r.role as Role] ?? r.role],
  ['organisatie', (r) => r.organisationName],
  ['gezin', (r) => r.familyName],
  ['dossiernummer', (r) => r.caseNumber],
  ['persoon', (r) => r.personName],
  ['account', (r) => r.account && `${r.account.name} <${r.account.email}>`],
  ['account_rol', (r) => r.account && (ROLE_NAMES[r.account.role as Role] ?? r.account.role)],
  ['namens', (r) => r.onBehalfOf],
  ['toegangspunt', (r) => r.accessPoint],
  ['toegestaan', (r) => (r.authorised ? 'ja' : 'nee')],
  ['relatie', (r) => r.relationship],
  ['toestemming', (r) => r.consent],
  ['noodtoegang', (r) => (r.emergency ? 'ja' : 'nee')],
  ['regel_id', (r) => r.id],
  ['dossier_id', (r) => r.caseId],
  ['persoon_id', (r) => r.personId],
  ['gebruiker_id', (r) => r.userId],
  ['organisatie_id', (r) => r.organisationId],
];

/** The Dutch role names of the page (`ROLE_LABELS` of the web app), for the export. */
const ROLE_NAMES: Readonly<Record<Role, string>> = {
  coordinator: 'Regievoerder',
  chair: 'Voorzitter',
  secretary: 'Secretaris',
  professional: 'Professional',
  parent: 'Ouder',
  child: 'Jongere',
  network: 'Netwerk',
  auditor: 'Beleidsmedewerker',
  privacy_officer: 'Privacyfunctionaris',
  admin: 'Functioneel beheerder',
};

/** The tables a search's conditions read: the row, its user and its case. */
const FROM =
  'FROM access_log l JOIN app_user u ON u.id = l.user_id LEFT JOIN family_case c ON c.id = l.case_id';

/** A search's conditions over `FROM` (with `$n` placeholders) and their parameters. */
interface Filter {
  conditions: string[];
  params: unknown[];
}

const whereSql = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** A family search as typed: the page shows a family as "Gezin <name>", so a leading "Gezin" is dropped. */
const familyPart = (text: string) => text.trim().replace(/^gezin\s+/i, '');

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

  /**
   * The privacy officer's search: the newest `ACCESS_LOG_SEARCH_ROWS` rows and how many match in all; the
   * search itself is logged (NEN 7513: who looked at the log).
   */
  async search(user: AuthUser, query: AccessLogQuery): Promise<{ rows: AccessLogRow[]; total: number }> {
    const filter = this.filter(query);
    const [rows, [{ total }]] = await Promise.all([
      this.find(filter, ACCESS_LOG_SEARCH_ROWS),
      this.dataSource.query(
        `SELECT count(*)::int AS total ${FROM} ${whereSql(filter.conditions)}`,
        filter.params,
      ) as Promise<{ total: number }[]>,
    ]);
    await this.logUse(user, query, 'access_log_searched', 'R');
    return { rows, total };
  }

  /**
   * The CSV export of every matching row, newest first, as lines to stream; logged as an export
   * (action E) before the first line.
   */
  async *csv(user: AuthUser, query: AccessLogQuery): AsyncGenerator<string> {
    const filter = this.filter(query);
    await this.logUse(user, query, 'access_log_exported', 'E');
    yield CSV_COLUMNS.map(([header]) => header).join(',') + '\r\n';
    for (let before: string | undefined; ; ) {
      const rows = await this.find(filter, EXPORT_BATCH, before);
      if (rows.length > 0)
        yield rows.map((r) => CSV_COLUMNS.map(([, cell]) => csvCell(cell(r))).join(',') + '\r\n').join('');
      if (rows.length < EXPORT_BATCH) return;
      before = rows[rows.length - 1].id;
    }
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

  private filter(query: AccessLogQuery): Filter {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.caseId) add('l.case_id = ?', query.caseId);
    if (query.userId) add('l.user_id = ?', query.userId);
    if (query.family)
      add('(c.case_number ILIKE ? OR c.family_name ILIKE ?)', containing(familyPart(query.family)));
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
    return { conditions: where, params };
  }

  /** The newest `limit` rows of a search, older than the row `before` when given. */
  private async find(filter: Filter, limit: number, before?: string): Promise<AccessLogRow[]> {
    const params = [...filter.params];
    const where = [...filter.conditions];
    if (before !== undefined) {
      params.push(before);
      where.push(`l.id < $${params.length}`);
    }
    type Read = Omit<AccessLogRow, 'occurredAt' | 'account'> & {
      occurredAt: Date;
      accountName: string | null;
      accountEmail: string | null;
      accountRole: string | null;
    };
    const rows: Read[] = await this.dataSource.query(
      `SELECT l.id::text AS id, l.occurred_at AS "occurredAt", l.event, l.action, l.case_id AS "caseId",
              c.case_number AS "caseNumber", c.family_name AS "familyName", l.person_id AS "personId",
              CASE WHEN p.id IS NULL THEN NULL ELSE p.first_name || ' ' || p.last_name END AS "personName",
              l.user_id AS "userId", u.display_name AS "userName", l.role,
              l.organisation_id AS "organisationId", o.name AS "organisationName",
              a.display_name AS "accountName", a.email AS "accountEmail", a.role AS "accountRole",
              l.on_behalf_of AS "onBehalfOf", l.access_point AS "accessPoint",
              l.authorised, l.relationship, l.consent, l.emergency
        ${FROM}
         LEFT JOIN case_member p ON p.id = l.person_id
         LEFT JOIN organisation o ON o.id = l.organisation_id
         LEFT JOIN app_user a ON a.id = l.person_id
               AND ((l.case_id IS NULL AND l.event LIKE 'admin.user.%') OR l.event LIKE 'case.professional.%')
        ${whereSql(where)}
        ORDER BY l.id DESC LIMIT ${limit}`,
      params,
    );
    return rows.map(({ accountName, accountEmail, accountRole, ...r }) => ({
      ...r,
      occurredAt: r.occurredAt.toISOString(),
      account:
        accountName === null
          ? null
          : { name: accountName, email: accountEmail ?? '', role: accountRole ?? '' },
    }));
  }

  /**
   * Who else opened or changed this case, newest first: one line per person, Dutch day, part of the
   * file and kind of use, with how often; an emergency access flags its line. Refused attempts and
   * failed writes (`<event>.failed`: nothing changed, nothing was shown) are for the privacy officer:
   * the family sees what was looked at or changed, not attempts that did neither. With `onlyAbout` (a
   * parent under the restricted view, who reads no timeline, plan texts or verslag), only the uses of
   * that member's own data: the rows naming them and the uses of the case file itself that name nobody.
   */
  async viewings(caseId: string, viewerId: string, onlyAbout?: string): Promise<FileViewing[]> {
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
          WHERE l.case_id = $1 AND l.user_id <> $2 AND l.authorised AND right(l.event, $3) <> $4
            AND ($5::uuid IS NULL OR l.person_id = $5 OR (l.person_id IS NULL AND l.event LIKE 'case.%'))
          GROUP BY day, l.user_id, u.display_name, o.name, l.role, part, what
          ORDER BY "lastAt" DESC LIMIT 200`,
        [caseId, viewerId, FAILED_SUFFIX.length, FAILED_SUFFIX, onlyAbout ?? null],
      );
    return rows.map((r) => ({ ...r, lastAt: r.lastAt.toISOString() }));
  }
}
