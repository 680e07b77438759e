import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { InvalidParam, MomentType, TafelDetail, TafelRole } from '@tafel/shared/contracts';
import { ageOn } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CaseAccessService } from '../cases/case-access.service';
import { ChainEventsService } from '../cases/chain-events.service';
import { CaseMemberEntity } from '../cases/entities/case-member.entity';
import { FamilyCaseEntity } from '../cases/entities/family-case.entity';
import { UserEntity } from '../users/user.entity';
import { NotInvitedDto, ParticipantDto, TafelRequestDto } from './dto/request.dto';
import { TafelParticipantEntity } from './entities/tafel-participant.entity';
import { TafelEntity } from './entities/tafel.entity';
import { TafelQueriesService } from './tafel-queries.service';
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

@Injectable()
export class TafelRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly events: ChainEventsService,
    private readonly queries: TafelQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Verzoek tot bespreking: parents are invited by default, children from the age threshold. */
  async request(user: AuthUser, dto: TafelRequestDto): Promise<TafelDetail> {
    const missing = missingFields(dto);
    if (missing.length) throw requestIncomplete(missing);
    await this.access.requireAccess(user, dto.caseId, { event: 'tafel.create', action: 'C' });
    return this.dataSource.transaction(async (manager) => {
      const theCase = await manager.findOneOrFail(FamilyCaseEntity, {
        where: { id: dto.caseId },
        lock: { mode: 'pessimistic_write' },
      });
      const tafel = await this.createRequest(manager, theCase, dto, user.id, new Date(), null);
      return this.queries.detail(manager, tafel.id);
    });
  }

  /** Also used for the herbespreking a drang decision schedules. */
  async createRequest(
    manager: EntityManager,
    theCase: FamilyCaseEntity,
    dto: Omit<TafelRequestDto, 'caseId'>,
    requesterId: string,
    now: Date,
    dueDate: string | null,
  ): Promise<TafelEntity> {
    const tafel = await manager.save(
      manager.create(TafelEntity, {
        caseId: theCase.id,
        momentType: dto.momentType,
        requestedById: requesterId,
        requestedAt: now,
        dueDate,
        reason: dto.reason,
        voluntaryHelpTried: dto.voluntaryHelpTried ?? null,
        familiegroepsplanOffered: dto.familiegroepsplanOffered ?? null,
        parentsReaction: dto.parentsReaction ?? null,
        parentsUnreachableReason: dto.parentsUnreachableReason ?? null,
        consentToShare: dto.consentToShare,
      }),
    );
    const members = await manager.find(CaseMemberEntity, { where: { caseId: theCase.id } });
    const family = members.filter(
      (m) =>
        m.kind === 'parent' ||
        (m.kind === 'child' &&
          m.birthDate !== null &&
          ageOn(m.birthDate, now) >= this.config.childAgeThreshold),
    );
    await manager.insert(TafelParticipantEntity, [
      { tafelId: tafel.id, role: 'requester', userId: requesterId },
      ...family.map((m) => ({
        tafelId: tafel.id,
        role: m.kind as TafelRole,
        memberId: m.id,
        userId: m.userId,
      })),
    ]);
    await this.events.record(
      manager,
      theCase.id,
      'tafel_requested',
      requesterId,
      {
        tafelId: tafel.id,
        momentType: dto.momentType,
      },
      now,
    );
    if (theCase.phase === 'signal' && dto.momentType === 'toeleiding') {
      await manager.update(FamilyCaseEntity, theCase.id, { phase: 'toeleiding' });
      await this.events.record(
        manager,
        theCase.id,
        'phase_changed',
        requesterId,
        { from: 'signal', to: 'toeleiding' },
        now,
      );
    }
    return tafel;
  }

  async addParticipant(user: AuthUser, tafelId: string, dto: ParticipantDto): Promise<TafelDetail> {
    return this.dataSource.transaction(async (manager) => {
      const tafel = await this.queries.requireTafel(
        manager,
        user,
        tafelId,
        { event: 'tafel.participant.create', action: 'C' },
        true,
      );
      if (!['requested', 'scheduled'].includes(tafel.status))
        throw invalidState('The tafel no longer takes participants');
      const row = await this.validateParticipant(manager, tafel, dto);
      await manager.insert(TafelParticipantEntity, { tafelId, ...row }).catch(() => {
        throw participantInvalid('participant', 'is already invited to this tafel');
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
    return this.dataSource.transaction(async (manager) => {
      const tafel = await this.queries.requireTafel(
        manager,
        user,
        tafelId,
        { event: 'tafel.participant.update', action: 'U' },
        true,
      );
      if (tafel.status !== 'requested')
        throw invalidState('Invitations are fixed once the tafel is scheduled');
      const participant = await manager.findOneBy(TafelParticipantEntity, { id: participantId, tafelId });
      if (!participant || participant.role !== 'parent')
        throw participantInvalid('participantId', 'must be a parent of this tafel');
      await manager.update(TafelParticipantEntity, participantId, {
        invitation: 'not_invited',
        notInvitedReason: dto.reason,
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
      const member = await manager.findOneBy(CaseMemberEntity, { id: dto.memberId, caseId: tafel.caseId });
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
    member: CaseMemberEntity,
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
