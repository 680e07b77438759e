import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import { ChainEventBody, ChainPhase, Gemeente, MemberKind, RegieMode } from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/problem/domain-error';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CaseAccessService } from './case-access.service';
import { caseNotFound } from './cases.errors';
import { canMovePhase, phaseAfterMilestone } from './chain-phase';
import { ChainEventsService } from './chain-events.service';
import { CaseMemberEntity } from './entities/case-member.entity';
import { ChainEventEntity } from './entities/chain-event.entity';
import { CoordinatorAssignmentEntity } from './entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from './entities/family-case.entity';
import { CaseRetention } from './retention/case-retention';

/** What another module may know about a case. */
export interface CaseRef {
  id: string;
  caseNumber: string;
  familyName: string;
  gemeente: Gemeente;
  phase: ChainPhase;
  regieMode: RegieMode;
}

/** What another module may know about a person of a case. */
export interface MemberRef {
  id: string;
  caseId: string;
  kind: MemberKind;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  userId: string | null;
  /** Parents only: holds gezag. */
  custody: boolean | null;
  /** A child of 16 or older: shares their part with the parents (their consent). */
  sharesWithParents: boolean;
}

const toCaseRef = (c: FamilyCaseEntity): CaseRef => ({
  id: c.id,
  caseNumber: c.caseNumber,
  familyName: c.familyName,
  gemeente: c.gemeente,
  phase: c.phase,
  regieMode: c.regieMode,
});

const toMemberRef = (m: CaseMemberEntity): MemberRef => ({
  id: m.id,
  caseId: m.caseId,
  kind: m.kind,
  firstName: m.firstName,
  lastName: m.lastName,
  birthDate: m.birthDate,
  userId: m.userId,
  custody: m.custody,
  sharesWithParents: m.sharesWithParents,
});

export const phaseRefused = (from: ChainPhase, to: ChainPhase) =>
  new DomainError('invalid_state', `A case in ${from} cannot move to ${to}`);

/**
 * The cases module's public API. Other modules never import its entities or write its tables:
 * they lock a case, move its phase, record chain events and read what they need through here,
 * always inside their own unit of work (or with their manager, for reads).
 */
@Injectable()
export class CasesApi {
  constructor(
    @InjectRepository(FamilyCaseEntity) private readonly cases: Repository<FamilyCaseEntity>,
    private readonly access: CaseAccessService,
    private readonly events: ChainEventsService,
    private readonly retention: CaseRetention,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Row lock on the case: concurrent writes to one case take turns. Not found when there is none. */
  async lock(manager: EntityManager, caseId: string): Promise<CaseRef> {
    const found = await manager.findOne(FamilyCaseEntity, {
      where: { id: caseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw caseNotFound();
    return toCaseRef(found);
  }

  async find(manager: EntityManager, caseIds: readonly string[]): Promise<Map<string, CaseRef>> {
    if (caseIds.length === 0) return new Map();
    const rows = await manager.find(FamilyCaseEntity, { where: { id: In([...new Set(caseIds)]) } });
    return new Map(rows.map((c) => [c.id, toCaseRef(c)]));
  }

  /** The ids of the cases the caller may see (need-to-know); only `caseId` when given. */
  async visibleIds(
    user: AuthUser,
    caseId?: string,
    scope?: Parameters<CaseAccessService['restrict']>[2],
  ): Promise<string[]> {
    const qb = this.access.restrict(this.cases.createQueryBuilder('c').select('c.id'), user, scope);
    if (caseId) qb.andWhere('c.id = :caseId', { caseId });
    return (await qb.getMany()).map((c) => c.id);
  }

  /**
   * Moves the case to `to` through the one transition table, with a `phase_changed` event.
   * Staying in the same phase is no move (returns false); a move the table refuses is a 409.
   * Closing fixes the retention term (the closing day in Dutch time, `CaseRetention.end`); reopening
   * clears it.
   */
  async movePhase(uow: UnitOfWork, caseId: string, to: ChainPhase, actorId: string, at = new Date()) {
    const { phase: from } = await this.lock(uow.manager, caseId);
    if (from === to) return false;
    if (!canMovePhase(from, to)) throw phaseRefused(from, to);
    const closedOn = to === 'closed' ? dutchDate(at) : null;
    const retainUntil = closedOn
      ? await this.retention.end(uow.manager, caseId, closedOn, this.config.retentionYears)
      : null;
    await uow.manager.update(FamilyCaseEntity, caseId, {
      phase: to,
      closedOn,
      retainUntil,
      retentionNotifiedAt: null,
    });
    await this.events.record(uow, caseId, { type: 'phase_changed', data: { from, to } }, actorId, at);
    uow.publish('case.changed', { caseId, change: 'updated' });
    return true;
  }

  /**
   * Records a chain milestone and moves the phase where the one transition table says it leads
   * (`phaseAfterMilestone`), at the milestone's own date.
   */
  async recordMilestone(uow: UnitOfWork, caseId: string, event: ChainEventBody, actorId: string, at: Date) {
    await this.events.record(uow, caseId, event, actorId, at);
    const to = phaseAfterMilestone(event);
    if (to) await this.movePhase(uow, caseId, to, actorId, at);
  }

  /** The date of the latest milestone on the case's chain line, or null. */
  async lastMilestoneAt(
    manager: EntityManager,
    caseId: string,
    types: readonly string[],
  ): Promise<Date | null> {
    const [row] = await manager.query<{ at: Date | null }[]>(
      `SELECT max(occurred_at) AS at FROM chain_event WHERE case_id = $1 AND type = ANY($2)`,
      [caseId, types],
    );
    return row?.at ?? null;
  }

  /** When the rooms of these tafels were first opened (their `tafel_opened`), by tafel id: one query. */
  async tafelsOpenedAt(
    manager: EntityManager,
    tafels: readonly { id: string; caseId: string }[],
  ): Promise<Map<string, Date>> {
    if (tafels.length === 0) return new Map();
    const rows = await manager.query<{ tafelId: string; at: Date }[]>(
      `SELECT data->>'tafelId' AS "tafelId", min(occurred_at) AS at FROM chain_event
        WHERE case_id = ANY($1::uuid[]) AND type = 'tafel_opened' AND data->>'tafelId' = ANY($2::text[])
        GROUP BY 1`,
      [[...new Set(tafels.map((t) => t.caseId))], tafels.map((t) => t.id)],
    );
    return new Map(rows.map((r) => [r.tafelId, r.at]));
  }

  /** Appends a typed chain event to the case's timeline, attributed and published after commit. */
  record(uow: UnitOfWork, caseId: string, event: ChainEventBody, actorId: string | null, at?: Date) {
    return this.events.record(uow, caseId, event, actorId, at);
  }

  async members(manager: EntityManager, caseId: string): Promise<MemberRef[]> {
    return (await manager.find(CaseMemberEntity, { where: { caseId } })).map(toMemberRef);
  }

  /** The birth dates of the children of these cases (for the alert before they turn 18). */
  async childrenBirthDates(
    manager: EntityManager,
    caseIds: readonly string[],
  ): Promise<{ caseId: string; birthDate: string }[]> {
    if (caseIds.length === 0) return [];
    const rows = await manager.find(CaseMemberEntity, {
      where: { caseId: In([...caseIds]), kind: 'child', birthDate: Not(IsNull()) },
    });
    return rows.map((m) => ({ caseId: m.caseId, birthDate: m.birthDate as string }));
  }

  /** A person of the case (of any case when `caseId` is null), optionally locked for update. */
  async member(
    manager: EntityManager,
    memberId: string,
    caseId: string | null,
    lock = false,
  ): Promise<MemberRef | null> {
    const found = await manager.findOne(CaseMemberEntity, {
      where: { id: memberId, ...(caseId ? { caseId } : {}) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return found ? toMemberRef(found) : null;
  }

  async membersById(manager: EntityManager, memberIds: readonly string[]): Promise<Map<string, MemberRef>> {
    if (memberIds.length === 0) return new Map();
    const rows = await manager.find(CaseMemberEntity, { where: { id: In([...new Set(memberIds)]) } });
    return new Map(rows.map((m) => [m.id, toMemberRef(m)]));
  }

  /** The accounts of this case's persons that no person of another case uses (a destruction removes them). */
  async accountsOnlyIn(manager: EntityManager, caseId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT DISTINCT m.user_id FROM case_member m WHERE m.case_id = $1 AND m.user_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM case_member o WHERE o.user_id = m.user_id AND o.case_id <> $1)`,
      [caseId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Links a person of a case to their new account (an accepted invitation). */
  async linkAccount(uow: UnitOfWork, member: MemberRef, userId: string): Promise<void> {
    await uow.manager.update(CaseMemberEntity, member.id, { userId });
    uow.publish('case.changed', { caseId: member.caseId, change: 'account_linked' });
  }

  /** Who holds the regie and, when it was switched, the reason given then. */
  async regie(manager: EntityManager, caseId: string): Promise<{ mode: RegieMode; reason: string | null }> {
    const found = await manager.findOneBy(FamilyCaseEntity, { id: caseId });
    if (!found) throw caseNotFound();
    const [switched] = await manager.query<{ reason: string }[]>(
      `SELECT data->>'reason' AS reason FROM chain_event WHERE case_id = $1 AND type = 'regie_changed'
        ORDER BY occurred_at DESC, seq DESC LIMIT 1`,
      [caseId],
    );
    return { mode: found.regieMode, reason: switched?.reason ?? null };
  }

  /**
   * Passes the coordinator role to `userId` (e.g. a GI jeugdbeschermer accepting an overdracht): the
   * current assignment ends and the new one starts in the caller's transaction, under the case lock;
   * the partial unique index keeps one active coordinator. The former coordinator stays on as an
   * added professional (warm hand-over).
   */
  async assignCoordinator(
    uow: UnitOfWork,
    caseId: string,
    userId: string,
    reason: string,
    actorId: string,
    at: Date,
  ) {
    const { manager } = uow;
    await this.lock(manager, caseId);
    const current = await manager.findOneBy(CoordinatorAssignmentEntity, { caseId, endedAt: IsNull() });
    if (current?.userId === userId) return;
    if (current) {
      await manager.update(CoordinatorAssignmentEntity, current.id, { endedAt: at });
      await manager.query(
        `INSERT INTO case_professional (case_id, user_id, added_at, added_by_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (case_id, user_id) WHERE removed_at IS NULL DO NOTHING`,
        [caseId, current.userId, at, actorId],
      );
    }
    await manager.insert(CoordinatorAssignmentEntity, {
      caseId,
      userId,
      startedAt: at,
      reason,
      assignedById: actorId,
    });
    await this.events.record(
      uow,
      caseId,
      {
        type: 'coordinator_handed_over',
        data: { fromCoordinatorId: current?.userId ?? null, toCoordinatorId: userId, reason },
      },
      actorId,
      at,
    );
    uow.publish('case.changed', { caseId, change: 'coordinator_changed' });
  }

  /** The chain timeline of these cases, oldest first (events of the same instant as recorded; for the norms). */
  async timelines(
    manager: EntityManager,
    caseIds: readonly string[],
  ): Promise<
    { caseId: string; type: ChainEventBody['type']; occurredAt: Date; data: Record<string, unknown> }[]
  > {
    if (caseIds.length === 0) return [];
    const rows = await manager.find(ChainEventEntity, {
      where: { caseId: In([...caseIds]) },
      order: { occurredAt: 'ASC', seq: 'ASC' },
    });
    return rows.map((e) => ({
      caseId: e.caseId,
      type: e.type,
      occurredAt: e.occurredAt,
      data: e.data as Record<string, unknown>,
    }));
  }

  /** The cases the user is the active coordinator of. */
  async coordinatedIds(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = await manager.findBy(CoordinatorAssignmentEntity, { userId, endedAt: IsNull() });
    return rows.map((r) => r.caseId);
  }

  async activeCoordinatorId(manager: EntityManager, caseId: string): Promise<string | null> {
    const row = await manager.findOneBy(CoordinatorAssignmentEntity, { caseId, endedAt: IsNull() });
    return row?.userId ?? null;
  }
}
