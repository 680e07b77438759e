import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ChainPhase, DECISIONS_BY_MOMENT, Decision, MomentType, TafelDetail } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { invalid } from '../../common/problem/domain-error';
import { CaseAccessService } from '../cases/case-access.service';
import { ChainEventsService } from '../cases/chain-events.service';
import { CaseMemberEntity } from '../cases/entities/case-member.entity';
import { CoordinatorAssignmentEntity } from '../cases/entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from '../cases/entities/family-case.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { AgreementDto, AttendanceListDto, DecisionDto } from './dto/outcome.dto';
import { RsvpDto } from './dto/schedule.dto';
import { AgreementEntity } from './entities/agreement.entity';
import { TafelParticipantEntity } from './entities/tafel-participant.entity';
import { TafelEntity } from './entities/tafel.entity';
import { TafelQueriesService } from './tafel-queries.service';
import { TafelRequestsService } from './tafel-requests.service';
import { decisionInvalid, invalidState, notAParticipant, notTheChair, tafelNotFound } from './tafels.errors';

/** Where a decision moves the case in the chain. */
const PHASE_AFTER: Record<Decision, ChainPhase> = {
  no_investigation: 'signal',
  conditional: 'drang',
  request_investigation: 'investigation',
  handover_to_gi: 'measure',
  no_measure_requested: 'signal',
  end_measure_agreed: 'step_down',
  extend_measure: 'measure',
};

const MAX_DRANG_MONTHS = 6;

function monthsAhead(from: Date, months: number): string {
  const d = new Date(from);
  d.setUTCMonth(d.getUTCMonth() + months);
  return toIsoDate(d);
}

@Injectable()
export class OutcomeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly queries: TafelQueriesService,
    private readonly requests: TafelRequestsService,
    private readonly events: ChainEventsService,
  ) {}

  /** The chair's decision with the parents' view and the agreements; moves the chain phase. */
  async decide(user: AuthUser, tafelId: string, dto: DecisionDto): Promise<TafelDetail> {
    return this.dataSource.transaction(async (manager) => {
      const tafel = await this.queries.requireTafel(
        manager,
        user,
        tafelId,
        { event: 'tafel.decision.create', action: 'C' },
        true,
      );
      const chair = await manager.findOneBy(TafelParticipantEntity, {
        tafelId,
        role: 'chair',
        userId: user.id,
      });
      if (!chair) throw notTheChair();
      if (tafel.status !== 'scheduled' && tafel.status !== 'in_session') {
        throw invalidState(`A ${tafel.status} tafel takes no decision`);
      }
      const now = new Date();
      this.checkDecision(tafel.momentType, dto, now);
      if (dto.decision === 'handover_to_gi') await this.requireGi(manager, dto.giOrganisationId);
      const agreements = await Promise.all(
        dto.agreements.map((a, i) => this.agreementRow(manager, tafel, a, i)),
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
      await this.recordChain(manager, tafel, dto, user.id, now);
      return this.queries.detail(manager, tafelId);
    });
  }

  async recordAttendance(user: AuthUser, tafelId: string, dto: AttendanceListDto): Promise<TafelDetail> {
    return this.dataSource.transaction(async (manager) => {
      const tafel = await this.queries.requireTafel(
        manager,
        user,
        tafelId,
        { event: 'tafel.attendance.update', action: 'U' },
        true,
      );
      const recorder = await manager.findOneBy(TafelParticipantEntity, { tafelId, userId: user.id });
      if (!recorder || (recorder.role !== 'chair' && recorder.role !== 'secretary')) throw notTheChair();
      if (!['scheduled', 'in_session', 'concluded'].includes(tafel.status))
        throw invalidState('Nothing to record yet');
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
      return this.queries.detail(manager, tafelId);
    });
  }

  async rsvp(user: AuthUser, tafelId: string, dto: RsvpDto): Promise<TafelDetail> {
    return this.dataSource.transaction(async (manager) => {
      const tafel = await this.queries.requireTafel(
        manager,
        user,
        tafelId,
        { event: 'tafel.rsvp.update', action: 'U' },
        true,
      );
      if (tafel.status !== 'scheduled') throw invalidState('Only a scheduled tafel can be answered');
      const me = await manager.findOneBy(TafelParticipantEntity, { tafelId, userId: user.id });
      if (!me || me.invitation === 'not_invited') throw notAParticipant();
      await manager.update(TafelParticipantEntity, me.id, { invitation: dto.response });
      return this.queries.detail(manager, tafelId);
    });
  }

  async setAgreementStatus(
    user: AuthUser,
    agreementId: string,
    status: 'open' | 'done',
  ): Promise<TafelDetail> {
    const agreement = await this.dataSource.manager.findOneBy(AgreementEntity, { id: agreementId });
    if (!agreement) throw tafelNotFound();
    await this.access.requireAccess(user, agreement.caseId, { event: 'agreement.update', action: 'U' });
    await this.dataSource.manager.update(AgreementEntity, agreementId, {
      status,
      doneAt: status === 'done' ? new Date() : null,
    });
    return this.queries.detail(this.dataSource.manager, agreement.tafelId);
  }

  private checkDecision(moment: MomentType, dto: DecisionDto, now: Date): void {
    const allowed: readonly Decision[] = DECISIONS_BY_MOMENT[moment];
    if (!allowed.includes(dto.decision)) {
      throw decisionInvalid('decision', `a ${moment} decides one of: ${allowed.join(', ')}`);
    }
    if (dto.decision === 'conditional') {
      const limit = monthsAhead(now, MAX_DRANG_MONTHS);
      if (!dto.conditionsDeadline) throw decisionInvalid('conditionsDeadline', 'drang needs a deadline');
      if (dto.conditionsDeadline <= toIsoDate(now) || dto.conditionsDeadline > limit) {
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

  /** Resolves the owner of an agreement: exactly one of a person of the case, a user or an organisation. */
  private async agreementRow(manager: EntityManager, tafel: TafelEntity, a: AgreementDto, index: number) {
    const owners = [a.ownerUserId, a.ownerMemberId, a.ownerOrganisationId].filter(Boolean);
    const name = `agreements.${index}`;
    if (owners.length !== 1) throw decisionInvalid(`${name}.owner`, 'name exactly one owner');
    let ownerName: string | undefined;
    if (a.ownerMemberId) {
      const m = await manager.findOneBy(CaseMemberEntity, { id: a.ownerMemberId, caseId: tafel.caseId });
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
    };
  }

  private async recordChain(
    manager: EntityManager,
    tafel: TafelEntity,
    dto: DecisionDto,
    actorId: string,
    now: Date,
  ) {
    const caseId = tafel.caseId;
    // Held at its start time, unless the decision is recorded earlier than planned.
    const heldAt = tafel.startsAt && tafel.startsAt < now ? tafel.startsAt : now;
    await this.events.record(
      manager,
      caseId,
      'tafel_held',
      actorId,
      { tafelId: tafel.id, momentType: tafel.momentType },
      heldAt,
    );
    await this.events.record(
      manager,
      caseId,
      'decision_recorded',
      actorId,
      {
        tafelId: tafel.id,
        momentType: tafel.momentType,
        decision: dto.decision,
        childHeard: dto.childHeard,
        parentsView: dto.parentsView,
      },
      now,
    );
    if (dto.decision === 'request_investigation')
      await this.events.record(manager, caseId, 'vto_sent', actorId, { tafelId: tafel.id }, now);
    if (dto.decision === 'handover_to_gi') {
      await this.events.record(
        manager,
        caseId,
        'handover_sent',
        actorId,
        { giOrganisationId: dto.giOrganisationId ?? null },
        now,
      );
    }
    if (dto.decision === 'end_measure_agreed')
      await this.events.record(manager, caseId, 'measure_ended', actorId, { reason: 'afschaling' }, now);
    const theCase = await manager.findOneByOrFail(FamilyCaseEntity, { id: caseId });
    const phase = PHASE_AFTER[dto.decision];
    if (phase !== theCase.phase) {
      await manager.update(FamilyCaseEntity, caseId, { phase });
      await this.events.record(
        manager,
        caseId,
        'phase_changed',
        actorId,
        { from: theCase.phase, to: phase },
        now,
      );
    }
    if (dto.decision === 'conditional' && dto.conditionsDeadline) {
      const coordinator = await manager.findOneBy(CoordinatorAssignmentEntity, { caseId, endedAt: IsNull() });
      await this.requests.createRequest(
        manager,
        theCase,
        {
          momentType: 'herbespreking',
          reason: `Herbespreking aan het einde van de drangperiode (besluit van ${toIsoDate(now)}).`,
          voluntaryHelpTried: tafel.voluntaryHelpTried ?? undefined,
          consentToShare: tafel.consentToShare,
        },
        coordinator?.userId ?? actorId,
        now,
        dto.conditionsDeadline,
      );
    }
  }
}
