import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  ACCESS_ACTIONS,
  AccessActionName,
  ListReadEvent,
  MomentType,
  TafelStatus,
  UserResponsibilities,
  isClientRole,
  isProfessionalRole,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound as notFoundError } from '../../common/problem/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import {
  AccessFacts,
  CaseActionName,
  FamilyMembership,
  NO_FACTS,
  Relationship,
  Seat,
  TafelActionName,
  decide,
  relationshipsOf,
} from './access/case-access.policy';
import { WriteEntry, deferUntilOutcome } from './access/write-log';
import { caseNotFound } from './cases.errors';

/**
 * What the check grants: the relationship that allows the action, whether that is an emergency
 * access, and — for a family member — their own membership (the viewer policy needs it).
 */
export interface CaseGrant {
  caseId: string;
  relationship: Relationship;
  emergency: boolean;
  member: FamilyMembership | null;
  /** For a tafel action: the caller's own seat at that tafel, if any. */
  seat: Seat | null;
  /** All the caller's relationships to the case (or tafel), strongest first: what else they may do. */
  relationships: Relationship[];
}

/** A tafel's live room as the caller may use it (`onTafel`). */
export interface TafelAccess {
  tafel: { id: string; caseId: string; momentType: MomentType; status: TafelStatus };
  /** The caller's display name (presence in the room). */
  name: string;
  allowed: Set<TafelActionName>;
  /** The relationship behind the logged action (e.g. a family member's), else the first one. */
  relationship: Relationship | null;
  seat: Seat | null;
}

/** Whom an access concerns, for the log: the person whose data it is, and on whose behalf. */
export interface Concerning {
  personId?: string | null;
  onBehalfOf?: string | null;
}

/** SQL of the case ids a professional is a member of (coordinator, added, seated); user id `param`. */
const PROFESSIONAL_MEMBERSHIPS = (param: string) =>
  `SELECT a.case_id FROM coordinator_assignment a WHERE a.user_id = ${param} AND a.ended_at IS NULL
   UNION SELECT p.case_id FROM case_professional p WHERE p.user_id = ${param} AND p.removed_at IS NULL
   UNION SELECT t.case_id FROM tafel t JOIN tafel_participant tp ON tp.tafel_id = t.id
     WHERE tp.user_id = ${param} AND t.status <> 'cancelled'`;

/** SQL of the cases whose active coordinator is deactivated; narrowed by an appended `AND`. */
const ORPHANED_CASES = `SELECT a.case_id FROM coordinator_assignment a JOIN app_user u ON u.id = a.user_id
  WHERE a.ended_at IS NULL AND NOT u.active`;

/** SQL counting the open tafels (not cancelled, verslag not adopted) where user `$1` sits as `role`. */
const OPEN_SEATS = (role: string) =>
  `(SELECT count(*) FROM tafel t JOIN tafel_participant tp ON tp.tafel_id = t.id
     WHERE tp.user_id = $1 AND tp.role = ${role} AND t.status NOT IN ('cancelled', 'minutes_adopted'))::int`;

/**
 * The select list of what the database knows about a caller and a case (AccessFacts): the case id, the
 * user id and whether the caller is a professional are the SQL expressions `caseId`, `userId` (`$2`
 * unless given) and `professional` (`$3`).
 */
const FACTS = (caseId: string, userId = '$2', professional = '$3') =>
  `${professional} AND EXISTS (SELECT 1 FROM coordinator_assignment a
                   WHERE a.case_id = ${caseId} AND a.user_id = ${userId} AND a.ended_at IS NULL) AS coordinator,
   ${professional} AND EXISTS (SELECT 1 FROM case_professional p
                   WHERE p.case_id = ${caseId} AND p.user_id = ${userId} AND p.removed_at IS NULL) AS professional,
   ${professional} AND EXISTS (SELECT 1 FROM emergency_access e
                   WHERE e.case_id = ${caseId} AND e.user_id = ${userId} AND e.expires_at > now()) AS emergency,
   (SELECT json_build_object('id', m.id, 'kind', m.kind, 'custody', m.custody,
                             'birthDate', to_char(m.birth_date, 'YYYY-MM-DD'))
      FROM case_member m WHERE NOT ${professional} AND m.case_id = ${caseId} AND m.user_id = ${userId} LIMIT 1) AS member,
   (SELECT coalesce(json_agg(json_build_object('participantId', tp.id, 'tafelId', tp.tafel_id, 'role', tp.role,
             'invitation', tp.invitation, 'memberId', tp.member_id,
             'confidantForMemberId', tp.confidant_for_member_id)), '[]'::json)
      FROM tafel t JOIN tafel_participant tp ON tp.tafel_id = t.id
     WHERE t.case_id = ${caseId} AND t.status <> 'cancelled'
       AND ((${professional} AND tp.user_id = ${userId} AND tp.member_id IS NULL)
         OR (NOT ${professional} AND tp.member_id IN (SELECT m.id FROM case_member m
                                          WHERE m.case_id = ${caseId} AND m.user_id = ${userId})))) AS seats`;

const forbidden = (action: AccessActionName) =>
  new DomainError('forbidden', `Your relationship to this case does not allow ${action}`);

/**
 * Need-to-know, in one place: which relationships the caller has to a case (or a tafel) is read
 * here; whether one of them allows the action is decided by the table in access/case-access.policy.ts.
 * No relationship at all answers not-found, exactly as for a case that does not exist; a relationship
 * that does not allow the action answers forbidden. Every check is written to the access log — a
 * granted write once its outcome is known.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async requireAccess(
    user: AuthUser,
    caseId: string,
    action: CaseActionName,
    concerning: Concerning = {},
  ): Promise<CaseGrant> {
    const facts = await this.facts(this.dataSource.manager, user, caseId);
    return this.check(user, caseId, action, facts, relationshipsOf(facts), null, concerning, caseNotFound);
  }

  /** The same for an action on one tafel: the seat at this tafel counts, not a seat at another. */
  async requireTafelAccess(
    manager: EntityManager,
    user: AuthUser,
    tafel: { id: string; caseId: string },
    action: TafelActionName,
    notFound: () => DomainError = () => notFoundError('Tafel'),
    concerning: Concerning = {},
  ): Promise<CaseGrant> {
    const facts = await this.facts(manager, user, tafel.caseId);
    const seat = facts.seats.find(
      (s) => s.tafelId === tafel.id && (!facts.member || s.memberId === facts.member.id),
    );
    const relationships = relationshipsOf(facts, tafel.id);
    const onBehalfOf = concerning.onBehalfOf ?? seat?.confidantForMemberId ?? null;
    return this.check(
      user,
      tafel.caseId,
      action,
      facts,
      relationships,
      seat ?? null,
      { ...concerning, onBehalfOf },
      notFound,
    );
  }

  /** Whether the caller has any relationship to the case (membership or emergency access). */
  async hasRelationship(user: AuthUser, caseId: string): Promise<boolean> {
    return relationshipsOf(await this.facts(this.dataSource.manager, user, caseId)).length > 0;
  }

  /** For each tafel, whether the caller may read it (a left-out parent or an uninvited network member may not). */
  async readableTafels(user: AuthUser, tafels: { id: string; caseId: string }[]): Promise<Set<string>> {
    // Every professional relationship reads every tafel of the case (a unit test holds the table to it).
    if (!isClientRole(user.role)) return new Set(tafels.map((t) => t.id));
    const facts = new Map<string, AccessFacts>();
    for (const caseId of new Set(tafels.map((t) => t.caseId)))
      facts.set(caseId, await this.facts(this.dataSource.manager, user, caseId));
    return new Set(
      tafels
        .filter((t) => decide(relationshipsOf(facts.get(t.caseId) ?? NO_FACTS, t.id), 'tafel.read').allowed)
        .map((t) => t.id),
    );
  }

  /**
   * Several actions on one tafel decided by the table from one query — the tafel, the caller's name and
   * relationships (the live room's join and re-check); null for a tafel that does not exist. With `log`,
   * one access-log entry: the first of `log` that is allowed, else the refusal of the first, committed
   * (together with other callers' rows, `recordShared`) before this resolves.
   */
  async onTafel(
    user: AuthUser,
    tafelId: string,
    actions: readonly TafelActionName[],
    log: readonly TafelActionName[] = [],
  ): Promise<TafelAccess | null> {
    const [row] = await this.tafelRows([{ user, tafelId }]);
    if (!row) return null;
    const { access, facts, relationships } = tafelAccess(user, tafelId, row, actions);
    const logged = log.find((action) => access.allowed.has(action)) ?? log[0];
    const decision = logged ? decide(relationships, logged) : null;
    if (logged && decision)
      await this.accessLog.recordShared(user, {
        event: logged,
        action: ACCESS_ACTIONS[logged],
        caseId: row.caseId,
        personId: facts.member?.id ?? null,
        onBehalfOf: access.seat?.confidantForMemberId ?? null,
        authorised: decision.allowed,
        relationship: decision.relationship ?? 'none',
        emergency: decision.allowed && decision.emergency,
      });
    return { ...access, relationship: decision?.relationship ?? access.relationship };
  }

  /**
   * `onTafel` without logging for many (caller, tafel) pairs in one query — the live room's periodic
   * re-check of every open connection —, in the order given; null where the tafel does not exist.
   */
  async onTafels(
    pairs: { user: AuthUser; tafelId: string }[],
    actions: readonly TafelActionName[],
  ): Promise<(TafelAccess | null)[]> {
    const rows = await this.tafelRows(pairs);
    return pairs.map(({ user, tafelId }, i) => {
      const row = rows[i];
      return row ? tafelAccess(user, tafelId, row, actions).access : null;
    });
  }

  /**
   * What a professional carries, in numbers only (for the administrator, who sees no family): the
   * families they are the active coordinator of, the open tafels (not cancelled, verslag not adopted)
   * they chair or minute, and whether they are a member of any case at all (family members too).
   */
  async responsibilities(userId: string): Promise<UserResponsibilities & { member: boolean }> {
    const [row] = await this.dataSource.query<(UserResponsibilities & { member: boolean })[]>(
      `SELECT (SELECT count(*) FROM coordinator_assignment a WHERE a.user_id = $1 AND a.ended_at IS NULL)::int AS families,
              ${OPEN_SEATS("'chair'")} AS "tafelsToChair", ${OPEN_SEATS("'secretary'")} AS "tafelsToMinute",
              EXISTS (${PROFESSIONAL_MEMBERSHIPS('$1')}
                      UNION SELECT m.case_id FROM case_member m WHERE m.user_id = $1) AS member`,
      [userId],
    );
    return row as UserResponsibilities & { member: boolean };
  }

  /**
   * Logs a read of several cases at once (a list), each as its own row. `relationship`: the caller
   * reads them through another relationship than a membership (the organisation an overdracht is
   * addressed to; the administrator toward closed cases past their retention term).
   */
  async logRead(
    user: AuthUser,
    caseIds: string[],
    event: ListReadEvent,
    relationship?: 'receiving_organisation' | 'archive',
  ): Promise<void> {
    if (caseIds.length === 0) return;
    // A case listed only through a running emergency access is an emergency read.
    const members = relationship
      ? new Set(caseIds)
      : isProfessionalRole(user.role)
        ? new Set(
            (
              await this.dataSource.query<{ case_id: string }[]>(
                `SELECT v.case_id FROM (${PROFESSIONAL_MEMBERSHIPS('$1')}) v WHERE v.case_id = ANY($2)`,
                [user.id, caseIds],
              )
            ).map((r) => r.case_id),
          )
        : new Set(caseIds);
    await this.accessLog.record(
      user,
      caseIds.map((caseId) => ({
        event,
        action: 'R',
        caseId,
        authorised: true,
        relationship: members.has(caseId) ? (relationship ?? 'listed') : 'emergency',
        emergency: !members.has(caseId),
      })),
    );
  }

  /**
   * Narrows a query over `family_case` (alias `c`) to the cases the caller may list: a case the
   * caller is a member of or holds a running emergency access to. A network member lists no case
   * (only the tafel they are invited to) unless `tafels` is set.
   */
  restrict<T extends object>(
    query: SelectQueryBuilder<T>,
    user: AuthUser,
    scope: 'cases' | 'tafels' = 'cases',
  ): SelectQueryBuilder<T> {
    const relations = this.relations(user, ':viewerId', scope);
    return relations
      ? query.andWhere(`c.id IN (${relations})`, { viewerId: user.id })
      : query.andWhere('1 = 0');
  }

  private async check(
    user: AuthUser,
    caseId: string,
    action: AccessActionName,
    facts: AccessFacts,
    relationships: Relationship[],
    seat: Seat | null,
    concerning: Concerning,
    notFound: () => DomainError,
  ): Promise<CaseGrant> {
    const decision = decide(relationships, action);
    const exists = relationships.length > 0 || (await this.caseExists(caseId));
    if (!exists) throw notFound();
    const entry: WriteEntry = {
      event: action,
      action: ACCESS_ACTIONS[action],
      caseId,
      // The person whose data it is: named by the caller, else the family member reading their own file.
      personId: concerning.personId ?? facts.member?.id ?? null,
      onBehalfOf: concerning.onBehalfOf ?? null,
      authorised: decision.allowed,
      relationship: decision.relationship ?? 'none',
      emergency: decision.allowed && decision.emergency,
    };
    if (decision.allowed && entry.action !== 'R') await deferUntilOutcome(user, entry, this.accessLog);
    else await this.accessLog.record(user, [entry]);
    if (!decision.allowed) throw decision.relationship ? forbidden(action) : notFound();
    return {
      caseId,
      relationship: decision.relationship,
      emergency: decision.emergency,
      member: facts.member,
      seat,
      relationships,
    };
  }

  private async caseExists(caseId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM family_case WHERE id = $1', [caseId]);
    return rows.length > 0;
  }

  /** The tafel, the caller's name and access facts for each pair, in one query; undefined: no such tafel. */
  private async tafelRows(pairs: { user: AuthUser; tafelId: string }[]): Promise<(TafelRow | undefined)[]> {
    if (pairs.length === 0) return [];
    const rows: (TafelRow & { i: string })[] = await this.dataSource.query(
      `SELECT q.i, room.id, room.case_id AS "caseId", room.moment_type AS "momentType", room.status,
              (SELECT u.display_name FROM app_user u WHERE u.id = q.user_id) AS name,
              ${FACTS('room.case_id', 'q.user_id', 'q.professional')}
         FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) WITH ORDINALITY AS q(tafel_id, user_id, professional, i)
         JOIN tafel room ON room.id = q.tafel_id`,
      [
        pairs.map((p) => p.tafelId),
        pairs.map((p) => p.user.id),
        pairs.map((p) => isProfessionalRole(p.user.role)),
      ],
    );
    const byPair = new Map(rows.map((row) => [Number(row.i), row]));
    return pairs.map((_, i) => byPair.get(i + 1));
  }

  /** What the database knows about the caller and the case, in one query. */
  private async facts(manager: EntityManager, user: AuthUser, caseId: string): Promise<AccessFacts> {
    if (user.role === 'admin') return this.adminFacts(manager, caseId);
    if (!isProfessionalRole(user.role) && !isClientRole(user.role)) return NO_FACTS;
    const [row]: AccessFacts[] = await manager.query(`SELECT ${FACTS('$1')}`, [
      caseId,
      user.id,
      isProfessionalRole(user.role),
    ]);
    return row as AccessFacts;
  }

  /** The administrator's relationships: to an orphaned family (hand-over), to a closed case (retention). */
  private async adminFacts(manager: EntityManager, caseId: string): Promise<AccessFacts> {
    const [row]: { orphaned: boolean; closed: boolean }[] = await manager.query(
      `SELECT EXISTS (${ORPHANED_CASES} AND a.case_id = $1) AS orphaned,
              EXISTS (SELECT 1 FROM family_case c WHERE c.id = $1 AND c.phase = 'closed') AS closed`,
      [caseId],
    );
    return { ...NO_FACTS, orphaned: row?.orphaned ?? false, closed: row?.closed ?? false };
  }

  /** The cases whose active coordinator is this deactivated user (none while the user is active). */
  async orphanedCases(userId: string): Promise<string[]> {
    const rows: { case_id: string }[] = await this.dataSource.query(`${ORPHANED_CASES} AND a.user_id = $1`, [
      userId,
    ]);
    return rows.map((r) => r.case_id);
  }

  /** SQL of the ids of the cases the caller may list; the user id is the parameter `param`. */
  private relations(user: AuthUser, param: string, scope: 'cases' | 'tafels'): string | null {
    if (isProfessionalRole(user.role)) {
      return `${PROFESSIONAL_MEMBERSHIPS(param)}
              UNION SELECT e.case_id FROM emergency_access e WHERE e.user_id = ${param} AND e.expires_at > now()`;
    }
    if (isClientRole(user.role)) {
      const members = scope === 'cases' ? "AND m.kind <> 'network'" : '';
      return `SELECT m.case_id FROM case_member m WHERE m.user_id = ${param} ${members}`;
    }
    return null;
  }
}

/** A row of `tafelRows`: the tafel, the caller's display name and the access facts. */
type TafelRow = AccessFacts & TafelAccess['tafel'] & { name: string | null };

/** What a row allows for the actions asked (no logging), with the facts and relationships behind it. */
function tafelAccess(user: AuthUser, tafelId: string, row: TafelRow, actions: readonly TafelActionName[]) {
  const facts = isProfessionalRole(user.role) || isClientRole(user.role) ? row : NO_FACTS;
  const seat =
    facts.seats.find((s) => s.tafelId === tafelId && (!facts.member || s.memberId === facts.member.id)) ??
    null;
  const relationships = relationshipsOf(facts, tafelId);
  const access: TafelAccess = {
    tafel: { id: row.id, caseId: row.caseId, momentType: row.momentType, status: row.status },
    name: row.name ?? '',
    allowed: new Set(actions.filter((action) => decide(relationships, action).allowed)),
    relationship: relationships[0] ?? null,
    seat,
  };
  return { access, facts, relationships };
}
