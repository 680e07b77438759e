import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { InvalidParam, MomentType, TafelDetail, TafelRole } from '@tafel/shared/contracts';
import { ageOn } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions, UnitOfWork } from '../../common/events/unit-of-work';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseRef, CasesApi, MemberRef } from '../cases/cases.api';
import { UserEntity } from '../users/user.entity';
import { NotInvitedDto, ParticipantDto, TafelRequestDto } from './dto/request.dto';
import { TafelParticipantEntity } from './entities/tafel-participant.entity';
import { TafelEntity } from './entities/tafel.entity';
import { TafelQueriesService } from './tafel-queries.service';
import { requireTafelAllows } from './tafel-status';
import { invalidState, participantInvalid, requestIncomplete } from './tafels.errors';

/** Organisation type a chain role must come from. */
const CHAIN_ROLE_ORGANISATION: Partial<Record<TafelRole, string>> = {
  raad: 'raad',
  vtt: 'veilig_thuis',
  gi: 'gi',
};

/** Which request fields each moment type needs, beyond the reason and the consent. */
function missingFields(dto: TafelRequestDto): InvalidParam[] {
  const missing: InvalidParam[] = [];
  const needsHelpHistory: MomentType[] = ['toeleiding', 'herbespreking'];
  if (needsHelpHistory.includes(dto.momentType) && !dto.voluntaryHelpTried) {
    missing.push({ name: 'voluntaryHelpTried', reason: `is required for a ${dto.momentType}` });
  }
  if (dto.momentType === 'toeleiding' && dto.familiegroepsplanOffered === undefined) {
    missing.push({ name: 'familiegroepsplanOffered', reason: 'is required for a toeleiding' });
  }
  if (!dto.parentsReaction && !dto.parentsUnreachableReason) {
    missing.push({
      name: 'parentsReaction',
      reason: "the parents' own reaction is required (or parentsUnreachableReason)",
    });
  }
  return missing;
}

/**
 * A tafel another tafel's decision asks for (the herbespreking of drang): that tafel, the date it must
 * be held by, and who takes the requester's seat to present the family (the coordinator).
 */
export interface FollowUp {
  tafelId: string;
  dueDate: string;
  presenterId: string;
}

@Injectable()
export class TafelRequestsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    private readonly queries: TafelQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Verzoek tot bespreking: parents are invited by default, children from the age threshold. */
  async request(user: AuthUser, dto: TafelRequestDto): Promise<TafelDetail> {
    const missing = missingFields(dto);
    if (missing.length) throw requestIncomplete(missing);
    await this.access.requireAccess(user, dto.caseId, 'tafel.request');
    return this.transactions.run(async (uow) => {
      const theCase = await this.cases.lock(uow.manager, dto.caseId);
      if (theCase.phase === 'closed') throw invalidState('A closed case takes no tafel request');
      const tafel = await this.createRequest(uow, theCase, dto, user.id, new Date(), null);
      return this.queries.detail(uow.manager, tafel.id);
    });
  }

  /**
   * Also used for the herbespreking a drang decision asks for (`followUp`): then the requester is the
   * chair who recorded the decision, and the coordinator takes the requester's seat.
   */
  async createRequest(
    uow: UnitOfWork,
    theCase: CaseRef,
    dto: Omit<TafelRequestDto, 'caseId'>,
    requesterId: string,
    now: Date,
    followUp: FollowUp | null,
  ): Promise<TafelEntity> {
    const { manager } = uow;
    const tafel = await manager.save(
      manager.create(TafelEntity, {
        caseId: theCase.id,
        momentType: dto.momentType,
        requestedById: requesterId,
        requestedAt: now,
        dueDate: followUp?.dueDate ?? null,
        followsTafelId: followUp?.tafelId ?? null,
        reason: dto.reason,
        voluntaryHelpTried: dto.voluntaryHelpTried ?? null,
        familiegroepsplanOffered: dto.familiegroepsplanOffered ?? null,
        parentsReaction: dto.parentsReaction ?? null,
        parentsUnreachableReason: dto.parentsUnreachableReason ?? null,
        consentToShare: dto.consentToShare,
      }),
    );
    const members = await this.cases.members(manager, theCase.id);
    const family = members.filter(
      (m) =>
        m.kind === 'parent' ||
        (m.kind === 'child' &&
          m.birthDate !== null &&
          ageOn(m.birthDate, now) >= this.config.childAgeThreshold),
    );
    await manager.insert(TafelParticipantEntity, [
      { tafelId: tafel.id, role: 'requester', userId: followUp?.presenterId ?? requesterId },
      ...family.map((m) => ({
        tafelId: tafel.id,
        role: m.kind as TafelRole,
        memberId: m.id,
        userId: m.userId,
      })),
    ]);
    const requested = {
      type: 'tafel_requested',
      data: {
        tafelId: tafel.id,
        momentType: dto.momentType,
        parentsReaction: Boolean(dto.parentsReaction?.trim()),
        familiegroepsplanOffered: dto.familiegroepsplanOffered ?? null,
        voluntaryHelpDescribed: Boolean(dto.voluntaryHelpTried?.trim()),
        followsTafelId: followUp?.tafelId ?? null,
      },
    } as const;
    await this.cases.record(uow, theCase.id, requested, requesterId, now);
    if (theCase.phase === 'signal' && dto.momentType === 'toeleiding') {
      await this.cases.movePhase(uow, theCase.id, 'toeleiding', requesterId, now);
    }
    uow.publish('tafel.changed', {
      tafelId: tafel.id,
      caseId: theCase.id,
      change: 'requested',
      status: 'requested',
    });
    return tafel;
  }

  async addParticipant(user: AuthUser, tafelId: string, dto: ParticipantDto): Promise<TafelDetail> {
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const tafel = await this.queries.requireTafel(
        manager,
        user,
        tafelId,
        'tafel.participants.manage',
        true,
        {
          personId: dto.memberId ?? null,
        },
      );
      requireTafelAllows(tafel.status, 'participants', 'The tafel no longer takes participants');
      const row = await this.validateParticipant(manager, tafel, dto);
      await manager.insert(TafelParticipantEntity, { tafelId, ...row }).catch((error: unknown) => {
        // Only the unique seat per person means "already invited"; any other failure stays an error.
        const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : null;
        throw code === '23505'
          ? participantInvalid('participant', 'is already invited to this tafel')
          : error;
      });
      uow.publish('tafel.changed', {
        tafelId,
        caseId: tafel.caseId,
        change: 'participants',
        status: tafel.status,
      });
      return this.queries.detail(manager, tafelId);
    });
  }

  /** "Ouders aan tafel, tenzij": not inviting a parent needs a reason, and is visible on the tafel. */
  async excludeParent(
    user: AuthUser,
    tafelId: string,
    participantId: string,
    dto: NotInvitedDto,
  ): Promise<TafelDetail> {
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const tafel = await this.queries.requireTafel(
        manager,
        user,
        tafelId,
        'tafel.participants.manage',
        true,
      );
      requireTafelAllows(
        tafel.status,
        'invitationsOpen',
        'Invitations are fixed once the tafel is scheduled',
      );
      const participant = await manager.findOneBy(TafelParticipantEntity, { id: participantId, tafelId });
      if (!participant || participant.role !== 'parent')
        throw participantInvalid('participantId', 'must be a parent of this tafel');
      await manager.update(TafelParticipantEntity, participantId, {
        invitation: 'not_invited',
        notInvitedReason: dto.reason,
      });
      uow.publish('tafel.changed', {
        tafelId,
        caseId: tafel.caseId,
        change: 'participants',
        status: tafel.status,
      });
      return this.queries.detail(manager, tafelId);
    });
  }

  private async validateParticipant(
    manager: EntityManager,
    tafel: TafelEntity,
    dto: ParticipantDto,
  ): Promise<Partial<TafelParticipantEntity>> {
    const orgType = CHAIN_ROLE_ORGANISATION[dto.role];
    if (dto.role === 'parent' || dto.role === 'child' || dto.role === 'confidant') {
      if (!dto.memberId) throw participantInvalid('memberId', `is required for a ${dto.role}`);
      const member = await this.cases.member(manager, dto.memberId, tafel.caseId);
      const expected = dto.role === 'confidant' ? 'network' : dto.role;
      if (!member || member.kind !== expected)
        throw participantInvalid('memberId', `must be a ${expected} of this case`);
      if (dto.role === 'confidant') return this.confidant(manager, tafel, member, dto.confidantForMemberId);
      return { role: dto.role, memberId: member.id, userId: member.userId };
    }
    if (!dto.userId) throw participantInvalid('userId', `is required for a ${dto.role}`);
    const participant = await manager.findOne(UserEntity, {
      where: { id: dto.userId, active: true },
      relations: { organisation: true },
    });
    if (!participant) throw participantInvalid('userId', 'must be an active user');
    if (orgType && participant.organisation?.type !== orgType) {
      throw participantInvalid('userId', `a ${dto.role} participant must work for a ${orgType} organisation`);
    }
    if ((dto.role === 'chair' || dto.role === 'secretary') && participant.role !== dto.role) {
      throw participantInvalid('userId', `must have the ${dto.role} role`);
    }
    if (['parent', 'child', 'network', 'auditor', 'privacy_officer', 'admin'].includes(participant.role)) {
      throw participantInvalid('userId', 'must be a professional');
    }
    return { role: dto.role, userId: participant.id };
  }

  /** At most one confidant per parent or child. */
  private async confidant(
    manager: EntityManager,
    tafel: TafelEntity,
    member: MemberRef,
    forMemberId: string | undefined,
  ): Promise<Partial<TafelParticipantEntity>> {
    if (!forMemberId) throw participantInvalid('confidantForMemberId', 'names the parent or child supported');
    const supported = await manager.findOneBy(TafelParticipantEntity, {
      tafelId: tafel.id,
      memberId: forMemberId,
    });
    if (!supported || !['parent', 'child'].includes(supported.role)) {
      throw participantInvalid('confidantForMemberId', 'must be a parent or child at this tafel');
    }
    const existing = await manager.countBy(TafelParticipantEntity, {
      tafelId: tafel.id,
      confidantForMemberId: forMemberId,
    });
    if (existing > 0)
      throw participantInvalid('confidantForMemberId', 'already has a confidant at this tafel');
    return {
      role: 'confidant',
      memberId: member.id,
      userId: member.userId,
      confidantForMemberId: forMemberId,
    };
  }
}
