import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  ChainEventBody,
  ChainPhase,
  DECISIONS_BY_MOMENT,
  Decision,
  MomentType,
  TafelDetail,
} from '@tafel/shared/contracts';
import { dutchDate, toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions, UnitOfWork } from '../../common/events/unit-of-work';
import { invalid } from '../../common/problem/domain-error';
import { CasesApi } from '../cases/cases.api';
import { HandoversService } from '../chain/handovers.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { AgreementDto, AttendanceListDto, DecisionDto } from './dto/outcome.dto';
import { RsvpDto } from './dto/schedule.dto';
import { AgreementEntity } from './entities/agreement.entity';
import { TafelParticipantEntity } from './entities/tafel-participant.entity';
import { PlanGoalsPort } from './plan-goals.port';
import { TafelEntity } from './entities/tafel.entity';
import { dutchDay } from './tafel-mails.service';
import { TafelQueriesService } from './tafel-queries.service';
import { TafelRequestsService } from './tafel-requests.service';
import { requireTafelAllows, requireTafelMove } from './tafel-status';
import { decisionInvalid, notAParticipant, tafelNotFound } from './tafels.errors';
import { heldAt, refuseBeforeTheDay } from './tafel-day';
import { viewerOf } from '../cases/viewer.policy';

/**
 * Where a decision moves the case in the chain; null: nowhere — the chain's own milestones move it
 * (a VTO keeps the case in toeleiding until the RvdK starts; an overdracht leaves it in the
 * investigation until the kinderrechter rules; only the kinderrechter extends a measure).
 */
const PHASE_AFTER: Record<Decision, ChainPhase | null> = {
  no_investigation: 'signal',
  conditional: 'drang',
  request_investigation: 'toeleiding',
  handover_to_gi: null,
  no_measure_requested: 'signal',
  end_measure_agreed: 'step_down',
  request_extension: null,
};

/**
 * Whether a parent was at the tafel, and whether the parents were heard at all (present, through a
 * confidant or in writing) — for the ketenmonitor; null while no parent's attendance is recorded.
 */
async function parentsAttendance(manager: EntityManager, tafelId: string) {
  const parents = await manager.find(TafelParticipantEntity, { where: { tafelId, role: 'parent' } });
  const recorded = parents.filter((p) => p.attendance !== null);
  if (recorded.length === 0) return { parentsPresent: null, parentsHeard: null };
  return {
    parentsPresent: recorded.some((p) => p.attendance === 'present'),
    parentsHeard: recorded.some((p) => p.attendance !== 'absent'),
  };
}

const MAX_DRANG_MONTHS = 6;

function monthsAhead(from: Date, months: number): string {
  const d = new Date(`${dutchDate(from)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return toIsoDate(d);
}

@Injectable()
export class OutcomeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly queries: TafelQueriesService,
    private readonly requests: TafelRequestsService,
    private readonly cases: CasesApi,
    private readonly handovers: HandoversService,
    private readonly planGoals: PlanGoalsPort,
  ) {}

  /** The chair's decision with the parents' view and the agreements; moves the chain phase. */
  async decide(user: AuthUser, tafelId: string, dto: DecisionDto): Promise<TafelDetail> {
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const tafel = await this.queries.requireTafel(manager, user, tafelId, 'tafel.decide', true);
      requireTafelMove(tafel.status, 'concluded', `A ${tafel.status} tafel takes no decision`);
      const now = new Date();
      refuseBeforeTheDay(tafel, now, 'decision');
      this.checkDecision(tafel.momentType, dto, now);
      if (dto.decision === 'handover_to_gi') await this.requireGi(manager, dto.giOrganisationId);
      const goalIds = dto.agreements.some((a) => a.goalId)
        ? await this.planGoals.goalIds(manager, tafel.caseId)
        : [];
      const agreements = await Promise.all(
        dto.agreements.map((a, i) => this.agreementRow(manager, tafel, a, i, goalIds)),
      );
      await manager.update(TafelEntity, tafelId, {
        status: 'concluded',
        decision: dto.decision,
        decisionRationale: dto.rationale,
        parentsView: dto.parentsView,
        parentsViewText: dto.parentsViewText,
        conditionsDeadline: dto.conditionsDeadline ?? null,
        giOrganisationId: dto.giOrganisationId ?? null,
        childHeard: dto.childHeard,
        decidedAt: now,
        decidedById: user.id,
      });
      if (agreements.length) await manager.insert(AgreementEntity, agreements);
      await this.recordChain(uow, tafel, dto, user.id, now);
      uow.publish('tafel.changed', {
        tafelId,
        caseId: tafel.caseId,
        change: 'decision',
        status: 'concluded',
      });
      return this.queries.detail(manager, tafelId);
    });
  }

  async recordAttendance(user: AuthUser, tafelId: string, dto: AttendanceListDto): Promise<TafelDetail> {
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const tafel = await this.queries.requireTafel(manager, user, tafelId, 'tafel.attendance', true);
      requireTafelAllows(tafel.status, 'attendance', 'Nothing to record yet');
      refuseBeforeTheDay(tafel, new Date(), 'attendance');
      for (const [i, item] of dto.items.entries()) {
        if (item.attendance === 'absent' && !item.absenceReason) {
          throw invalid([{ name: `items.${i}.absenceReason`, reason: 'an absence needs a reason' }]);
        }
        const result = await manager.update(
          TafelParticipantEntity,
          { id: item.participantId, tafelId },
          { attendance: item.attendance, absenceReason: item.absenceReason ?? null },
        );
        if (!result.affected)
          throw invalid([{ name: `items.${i}.participantId`, reason: 'is not a participant of this tafel' }]);
      }
      uow.publish('tafel.changed', {
        tafelId,
        caseId: tafel.caseId,
        change: 'attendance',
        status: tafel.status,
      });
      return this.queries.detail(manager, tafelId);
    });
  }

  async rsvp(user: AuthUser, tafelId: string, dto: RsvpDto): Promise<TafelDetail> {
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const { tafel, grant } = await this.queries.requireTafelGrant(
        manager,
        user,
        tafelId,
        'tafel.rsvp',
        true,
      );
      requireTafelAllows(tafel.status, 'rsvp', 'Only a scheduled tafel can be answered');
      const me = grant.seat;
      if (!me || me.invitation === 'not_invited') throw notAParticipant();
      const declined = dto.response === 'declined';
      await manager.update(TafelParticipantEntity, me.participantId, {
        invitation: dto.response,
        declineReason: (declined && dto.declineReason?.trim()) || null,
        wantsOtherMoment: declined && dto.wantsOtherMoment === true,
      });
      uow.publish('tafel.changed', { tafelId, caseId: tafel.caseId, change: 'rsvp', status: tafel.status });
      return this.queries.detail(manager, tafelId, viewerOf(grant.member));
    });
  }

  async setAgreementStatus(
    user: AuthUser,
    agreementId: string,
    status: 'open' | 'done',
  ): Promise<TafelDetail> {
    const agreement = await this.dataSource.manager.findOneBy(AgreementEntity, { id: agreementId });
    // Another family's agreement answers exactly like one that does not exist.
    if (!agreement) throw tafelNotFound();
    await this.queries.requireTafel(
      this.dataSource.manager,
      user,
      agreement.tafelId,
      'agreement.update',
      false,
      {
        personId: agreement.ownerMemberId,
      },
    );
    return this.transactions.run(async (uow) => {
      await uow.manager.update(AgreementEntity, agreementId, {
        status,
        doneAt: status === 'done' ? new Date() : null,
      });
      const tafel = await uow.manager.findOneByOrFail(TafelEntity, { id: agreement.tafelId });
      uow.publish('tafel.changed', {
        tafelId: tafel.id,
        caseId: tafel.caseId,
        change: 'agreement',
        status: tafel.status,
      });
      return this.queries.detail(uow.manager, agreement.tafelId);
    });
  }

  private checkDecision(moment: MomentType, dto: DecisionDto, now: Date): void {
    const allowed: readonly Decision[] = DECISIONS_BY_MOMENT[moment];
    if (!allowed.includes(dto.decision)) {
      throw decisionInvalid('decision', `a ${moment} decides one of: ${allowed.join(', ')}`);
    }
    if (dto.decision === 'conditional') {
      const limit = monthsAhead(now, MAX_DRANG_MONTHS);
      if (!dto.conditionsDeadline) throw decisionInvalid('conditionsDeadline', 'drang needs a deadline');
      if (dto.conditionsDeadline <= dutchDate(now) || dto.conditionsDeadline > limit) {
        throw decisionInvalid(
          'conditionsDeadline',
          `must be after today and at most ${MAX_DRANG_MONTHS} months ahead (${limit})`,
        );
      }
    } else if (dto.conditionsDeadline) {
      throw decisionInvalid('conditionsDeadline', 'only a conditional (drang) decision has a deadline');
    }
    if (dto.decision === 'handover_to_gi' && !dto.giOrganisationId) {
      throw decisionInvalid('giOrganisationId', 'a hand-over names the GI');
    }
  }

  private async requireGi(manager: EntityManager, id: string | undefined): Promise<void> {
    const gi = id ? await manager.findOneBy(OrganisationEntity, { id, type: 'gi' }) : null;
    if (!gi) throw decisionInvalid('giOrganisationId', 'must be a certified institution (GI)');
  }

  /**
   * Resolves the owner of an agreement: exactly one of a person of the case, a user or an organisation;
   * and the goal it serves, when it names one: a goal of the case's plan as it now stands.
   */
  private async agreementRow(
    manager: EntityManager,
    tafel: TafelEntity,
    a: AgreementDto,
    index: number,
    goalIds: readonly string[],
  ) {
    const owners = [a.ownerUserId, a.ownerMemberId, a.ownerOrganisationId].filter(Boolean);
    const name = `agreements.${index}`;
    if (owners.length !== 1) throw decisionInvalid(`${name}.owner`, 'name exactly one owner');
    if (a.goalId && !goalIds.includes(a.goalId))
      throw decisionInvalid(`${name}.goalId`, 'is not a goal of the plan of this family');
    let ownerName: string | undefined;
    if (a.ownerMemberId) {
      const m = await this.cases.member(manager, a.ownerMemberId, tafel.caseId);
      ownerName = m ? `${m.firstName} ${m.lastName}` : undefined;
    } else if (a.ownerUserId) {
      ownerName = (await manager.findOneBy(UserEntity, { id: a.ownerUserId, active: true }))?.displayName;
    } else if (a.ownerOrganisationId) {
      ownerName = (await manager.findOneBy(OrganisationEntity, { id: a.ownerOrganisationId }))?.name;
    }
    if (!ownerName) throw decisionInvalid(`${name}.owner`, 'is unknown or not part of this case');
    return {
      tafelId: tafel.id,
      caseId: tafel.caseId,
      ownerUserId: a.ownerUserId ?? null,
      ownerMemberId: a.ownerMemberId ?? null,
      ownerOrganisationId: a.ownerOrganisationId ?? null,
      ownerName,
      what: a.what,
      dueDate: a.dueDate,
      planGoalId: a.goalId ?? null,
    };
  }

  private async recordChain(
    uow: UnitOfWork,
    tafel: TafelEntity,
    dto: DecisionDto,
    actorId: string,
    now: Date,
  ) {
    const caseId = tafel.caseId;
    const tafelId = tafel.id;
    // The timeline tells when the tafel was held, not when the chair typed it in: every event of the
    // decision carries the moment the tafel began (never a moment still to come).
    const opened = await this.cases.tafelsOpenedAt(uow.manager, [tafel]);
    const held = heldAt(tafel, now, opened.get(tafelId));
    const record = (event: ChainEventBody) => this.cases.record(uow, caseId, event, actorId, held);
    await record({ type: 'tafel_held', data: { tafelId, momentType: tafel.momentType } });
    await record({
      type: 'decision_recorded',
      data: {
        tafelId,
        momentType: tafel.momentType,
        decision: dto.decision,
        childHeard: dto.childHeard,
        parentsView: dto.parentsView,
        ...(await parentsAttendance(uow.manager, tafelId)),
      },
    });
    if (dto.decision === 'request_investigation') await record({ type: 'vto_sent', data: { tafelId } });
    if (dto.decision === 'handover_to_gi' && dto.giOrganisationId) {
      await this.handovers.sendForDecision(uow, caseId, tafelId, dto.giOrganisationId, actorId, now);
    }
    if (dto.decision === 'end_measure_agreed') {
      await record({
        type: 'measure_ended',
        data: { reason: 'afschaling', measureId: null, followUp: 'step_down' },
      });
    }
    const next = PHASE_AFTER[dto.decision];
    if (next) await this.cases.movePhase(uow, caseId, next, actorId, held);
    // The decision asks for the herbespreking: its chair is the requester, the coordinator presents it.
    if (dto.decision === 'conditional' && dto.conditionsDeadline) {
      const coordinatorId = await this.cases.activeCoordinatorId(uow.manager, caseId);
      const [theCase] = (await this.cases.find(uow.manager, [caseId])).values();
      await this.requests.createRequest(
        uow,
        theCase,
        {
          momentType: 'herbespreking',
          reason: `Herbespreking aan het einde van de drangperiode (besluit van ${dutchDay(held)}).`,
          voluntaryHelpTried: tafel.voluntaryHelpTried ?? undefined,
          consentToShare: tafel.consentToShare,
        },
        actorId,
        now,
        { tafelId, dueDate: dto.conditionsDeadline, presenterId: coordinatorId ?? actorId },
      );
    }
  }
}
