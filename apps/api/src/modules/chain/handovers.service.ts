import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Handover } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions, UnitOfWork } from '../../common/events/unit-of-work';
import { DomainError, invalid, notFound } from '../../common/problem/domain-error';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseRef, CasesApi } from '../cases/cases.api';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { AcceptHandoverDto, ReturnHandoverDto, SendHandoverDto } from './handover.dto';
import { HandoverEntity } from './handover.entity';
import { TafelDecisions } from './tafel-decisions';

/** Where an overdracht may go: to a GI, or back to a wijkteam at afschaling. */
const RECEIVERS = ['gi', 'wijkteam'] as const;
/** Who may take regie in the receiving organisation: its coordinators and (a GI's) jeugdbeschermers. */
const REGIE_ROLES = ['coordinator', 'professional'] as const;

const handoverNotFound = () => notFound('The hand-over');

/**
 * Overdrachten between organisations: sent by the case's coordinator, accepted (with the receiving
 * organisation's own coordinator, through `CasesApi.assignCoordinator`) or returned with a reason by
 * the receiving organisation. Sent, accepted and returned are chain events (the ketenwacht).
 */
@Injectable()
export class HandoversService {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    private readonly decisions: TafelDecisions,
  ) {}

  async send(user: AuthUser, caseId: string, dto: SendHandoverDto, now = new Date()): Promise<Handover> {
    await this.access.requireAccess(user, caseId, 'case.overdracht.send');
    return this.transactions.run(async (uow) => {
      const row = await this.sendIn(uow, caseId, user.organisationId, dto.toOrganisationId, user.id, now);
      return (await this.view(uow.manager, [row]))[0] as Handover;
    });
  }

  /**
   * A tafel's `handover_to_gi` decision: the overdracht goes from the organisation of the case's
   * coordinator to the GI and waits for its acceptance (the sender keeps regie until then). Nothing
   * to hand over when the coordinator already works at that GI.
   */
  async sendForDecision(
    uow: UnitOfWork,
    caseId: string,
    tafelId: string,
    giOrganisationId: string,
    actorId: string,
    now: Date,
  ): Promise<void> {
    const coordinatorId = await this.cases.activeCoordinatorId(uow.manager, caseId);
    const coordinator = coordinatorId ? await uow.manager.findOneBy(UserEntity, { id: coordinatorId }) : null;
    const from = coordinator?.organisationId ?? null;
    if (from === giOrganisationId) return;
    await this.sendIn(uow, caseId, from, giOrganisationId, actorId, now, tafelId);
  }

  /** Sends an overdracht inside the caller's unit of work (the API, a tafel's decision, the demo history). */
  async sendIn(
    uow: UnitOfWork,
    caseId: string,
    fromOrganisationId: string | null,
    toOrganisationId: string,
    actorId: string,
    now: Date,
    tafelId: string | null = null,
  ): Promise<HandoverEntity> {
    const { manager } = uow;
    await this.cases.lock(manager, caseId);
    const to = await manager.findOneBy(OrganisationEntity, {
      id: toOrganisationId,
      type: In([...RECEIVERS]),
    });
    if (!to) throw invalid([{ name: 'toOrganisationId', reason: 'must be a GI or a wijkteam' }]);
    if (to.id === fromOrganisationId) {
      throw invalid([{ name: 'toOrganisationId', reason: 'must be another organisation' }]);
    }
    if (await manager.existsBy(HandoverEntity, { caseId, status: 'sent' })) {
      throw new DomainError('conflict', 'This case already has a hand-over waiting for acceptance');
    }
    const row = await manager.save(
      manager.create(HandoverEntity, {
        caseId,
        fromOrganisationId,
        toOrganisationId: to.id,
        status: 'sent',
        sentAt: now,
        sentById: actorId,
        tafelId,
        decidedAt: null,
        decidedById: null,
        reason: null,
      }),
    );
    await this.cases.record(
      uow,
      caseId,
      {
        type: 'handover_sent',
        data: {
          giOrganisationId: to.type === 'gi' ? to.id : null,
          handoverId: row.id,
          toOrganisationId: to.id,
        },
      },
      actorId,
      now,
    );
    return row;
  }

  /** The hand-overs these cases sent that wait for the receiving organisation (at most one per case). */
  async waitingFrom(
    manager: EntityManager,
    caseIds: string[],
  ): Promise<Pick<HandoverEntity, 'caseId' | 'sentAt'>[]> {
    if (caseIds.length === 0) return [];
    return manager.find(HandoverEntity, {
      select: { caseId: true, sentAt: true },
      where: { caseId: In(caseIds), status: 'sent' },
    });
  }

  /**
   * The hand-overs waiting for the caller's organisation, with what it needs to decide (the family's
   * name and gemeente, the sender, the tafel decision): a read of each case, logged (NEN 7513).
   */
  async incoming(user: AuthUser): Promise<Handover[]> {
    if (!user.organisationId) return [];
    const organisationId = user.organisationId;
    const handovers = await this.transactions.run(async ({ manager }) => {
      const rows = await manager.find(HandoverEntity, {
        where: { toOrganisationId: organisationId, status: 'sent' },
        order: { sentAt: 'ASC' },
      });
      return this.view(manager, rows);
    });
    await this.access.logRead(
      user,
      handovers.map((h) => h.caseId),
      'handover.list',
      'receiving_organisation',
    );
    return handovers;
  }

  async accept(user: AuthUser, id: string, dto: AcceptHandoverDto, now = new Date()): Promise<Handover> {
    return this.transactions.run(async (uow) => {
      const row = await this.open(uow.manager, user, id);
      await this.acceptIn(uow, row, dto.coordinatorId, user.id, now);
      return (await this.view(uow.manager, [{ ...row, status: 'accepted', decidedAt: now }]))[0] as Handover;
    });
  }

  /**
   * The receiving organisation accepts a waiting hand-over (locked by the caller): its worker takes
   * regie through the one hand-over of the coordinator role.
   */
  async acceptIn(
    uow: UnitOfWork,
    row: HandoverEntity,
    coordinatorId: string,
    actorId: string,
    now: Date,
  ): Promise<void> {
    const { manager } = uow;
    const coordinator = await manager.findOneBy(UserEntity, {
      id: coordinatorId,
      organisationId: row.toOrganisationId,
      role: In([...REGIE_ROLES]),
      active: true,
    });
    if (!coordinator) {
      throw invalid([{ name: 'coordinatorId', reason: 'must be a worker of the receiving organisation' }]);
    }
    await manager.update(HandoverEntity, row.id, {
      status: 'accepted',
      decidedAt: now,
      decidedById: actorId,
    });
    await this.cases.record(
      uow,
      row.caseId,
      {
        type: 'handover_accepted',
        data: { handoverId: row.id, toOrganisationId: row.toOrganisationId, coordinatorId: coordinator.id },
      },
      actorId,
      now,
    );
    await this.cases.assignCoordinator(
      uow,
      row.caseId,
      coordinator.id,
      'Overdracht geaccepteerd',
      actorId,
      now,
    );
  }

  async return(user: AuthUser, id: string, dto: ReturnHandoverDto, now = new Date()): Promise<Handover> {
    return this.transactions.run(async (uow) => {
      const row = await this.open(uow.manager, user, id);
      await this.returnIn(uow, row, dto.reason, user.id, now);
      return (
        await this.view(uow.manager, [{ ...row, status: 'returned', decidedAt: now, reason: dto.reason }])
      )[0] as Handover;
    });
  }

  /** The receiving organisation returns a waiting hand-over (locked by the caller); the sender keeps regie. */
  async returnIn(uow: UnitOfWork, row: HandoverEntity, reason: string, actorId: string, now: Date) {
    await uow.manager.update(HandoverEntity, row.id, {
      status: 'returned',
      decidedAt: now,
      decidedById: actorId,
      reason,
    });
    await this.cases.record(
      uow,
      row.caseId,
      {
        type: 'handover_returned',
        data: { handoverId: row.id, toOrganisationId: row.toOrganisationId, reason },
      },
      actorId,
      now,
    );
  }

  /** A hand-over still waiting, addressed to the caller's organisation (else not found), locked. */
  private async open(manager: EntityManager, user: AuthUser, id: string): Promise<HandoverEntity> {
    const row = await manager.findOne(HandoverEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row || row.toOrganisationId !== user.organisationId) throw handoverNotFound();
    if (row.status !== 'sent')
      throw new DomainError('invalid_state', `This hand-over was already ${row.status}`);
    await this.cases.lock(manager, row.caseId);
    return row;
  }

  private async view(manager: EntityManager, rows: HandoverEntity[]): Promise<Handover[]> {
    if (rows.length === 0) return [];
    const caseIds = rows.map((r) => r.caseId);
    const cases = await this.cases.find(manager, caseIds);
    const organisations = await manager.findBy(OrganisationEntity, {
      id: In(rows.flatMap((r) => [r.toOrganisationId, r.fromOrganisationId ?? []])),
    });
    const senders = await manager.findBy(UserEntity, { id: In(rows.map((r) => r.sentById)) });
    const decisions = await this.decisions.of(
      manager,
      rows.flatMap((r) => r.tafelId ?? []),
    );
    const names = new Map([
      ...organisations.map((o) => [o.id, o.name] as const),
      ...senders.map((u) => [u.id, u.displayName] as const),
    ]);
    const tafel = (r: HandoverEntity) => {
      const decision = r.tafelId ? decisions.get(r.tafelId) : undefined;
      return decision ? { momentType: decision.momentType, heldOn: toIsoDate(decision.heldAt) } : null;
    };
    return rows.map((r) => {
      const theCase = cases.get(r.caseId) as CaseRef;
      return {
        id: r.id,
        caseId: r.caseId,
        caseNumber: theCase.caseNumber,
        fromOrganisationId: r.fromOrganisationId,
        toOrganisationId: r.toOrganisationId,
        toOrganisationName: names.get(r.toOrganisationId) ?? '',
        status: r.status,
        sentAt: r.sentAt.toISOString(),
        decidedAt: r.decidedAt?.toISOString() ?? null,
        reason: r.reason,
        details: {
          familyName: theCase.familyName,
          gemeente: theCase.gemeente,
          sentByName: names.get(r.sentById) ?? '',
          fromOrganisationName: (r.fromOrganisationId && names.get(r.fromOrganisationId)) ?? null,
          tafel: tafel(r),
        },
      };
    });
  }
}
