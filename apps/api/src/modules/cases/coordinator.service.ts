import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Not, Repository } from 'typeorm';
import { CaseDetail, CoordinatorCandidate, PROFESSIONAL_ROLES } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions, UnitOfWork } from '../../common/events/unit-of-work';
import { notFound } from '../../common/problem/domain-error';
import { UserEntity } from '../users/user.entity';
import { CaseAccessService } from './case-access.service';
import { CasesApi } from './cases.api';
import { CasesService } from './cases.service';
import {
  caseNotFound,
  coordinatorNotEligible,
  coordinatorNotRemovable,
  coordinatorStillActive,
  handedOverMeanwhile,
  professionalNotEligible,
  sameCoordinator,
} from './cases.errors';
import { ChainEventsService } from './chain-events.service';
import { HandoverDto } from './dto/coordinator.dto';
import { CaseProfessionalEntity } from './entities/case-professional.entity';
import { CoordinatorAssignmentEntity } from './entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from './entities/family-case.entity';
import { PROFESSIONAL_VIEWER } from './viewer.policy';

/** Who coordinates a case and who else works on it: one active coordinator, hand-overs as one step. */
@Injectable()
export class CoordinatorService {
  constructor(
    private readonly transactions: Transactions,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly access: CaseAccessService,
    private readonly cases: CasesService,
    private readonly api: CasesApi,
    private readonly events: ChainEventsService,
  ) {}

  /**
   * Ends the current assignment and starts the new one in one transaction. The case row lock
   * makes concurrent hand-overs take turns; the partial unique index would refuse a second
   * active coordinator even without it. The former coordinator stays on as an added
   * professional (warm hand-over).
   */
  async handover(user: AuthUser, caseId: string, dto: HandoverDto): Promise<CaseDetail> {
    await this.access.requireAccess(user, caseId, 'case.handover');
    const next = await this.eligible(dto.coordinatorId);
    return this.transactions.run(async (uow) => {
      await this.handOverIn(uow, user, caseId, next.id, dto.reason);
      return this.cases.detail(uow.manager, caseId);
    });
  }

  /**
   * The families of a deactivated coordinator, handed by the administrator to another coordinator in
   * one transaction (all or none), each as a hand-over of its own with its chain event. The
   * administrator reads nothing of them: the answer is how many. Refused while the person is active.
   */
  async handOverOrphaned(admin: AuthUser, fromUserId: string, dto: HandoverDto): Promise<number> {
    const from = await this.users.findOne({ where: { id: fromUserId } });
    if (!from) throw notFound('User');
    if (from.active) throw coordinatorStillActive();
    const next = await this.eligible(dto.coordinatorId);
    const caseIds = await this.access.orphanedCases(fromUserId);
    for (const caseId of caseIds) await this.access.requireAccess(admin, caseId, 'case.handover.orphaned');
    return this.transactions.run(async (uow) => {
      for (const caseId of caseIds)
        await this.handOverIn(uow, admin, caseId, next.id, dto.reason, fromUserId);
      return caseIds.length;
    });
  }

  private async eligible(coordinatorId: string): Promise<UserEntity> {
    const next = await this.users.findOne({
      where: { id: coordinatorId, role: 'coordinator', active: true },
    });
    if (!next) throw coordinatorNotEligible();
    return next;
  }

  /** One hand-over inside the caller's transaction; with `expectedFrom`, only away from that coordinator. */
  private async handOverIn(
    uow: UnitOfWork,
    user: AuthUser,
    caseId: string,
    nextId: string,
    reason: string,
    expectedFrom?: string,
  ): Promise<void> {
    const { manager } = uow;
    await this.api.lock(manager, caseId);
    const current = await manager.findOne(CoordinatorAssignmentEntity, {
      where: { caseId, endedAt: IsNull() },
    });
    if (current?.userId === nextId) throw sameCoordinator();
    if (expectedFrom && current?.userId !== expectedFrom) throw handedOverMeanwhile();
    const now = new Date();
    if (current) {
      await manager.update(CoordinatorAssignmentEntity, current.id, { endedAt: now });
      await this.addProfessionalIn(manager, caseId, current.userId, user.id, now);
    }
    await manager.insert(CoordinatorAssignmentEntity, {
      caseId,
      userId: nextId,
      startedAt: now,
      reason,
      assignedById: user.id,
    });
    await manager.update(FamilyCaseEntity, caseId, { updatedAt: now });
    await this.events.record(
      uow,
      caseId,
      {
        type: 'coordinator_handed_over',
        data: { fromCoordinatorId: current?.userId ?? null, toCoordinatorId: nextId, reason },
      },
      user.id,
      now,
    );
    uow.publish('case.changed', { caseId, change: 'coordinator_changed' });
  }

  /** Active coordinators other than the current one, for the hand-over dialog. */
  async candidates(user: AuthUser, caseId: string): Promise<CoordinatorCandidate[]> {
    await this.access.requireAccess(user, caseId, 'case.handover.candidates');
    const current = await this.users.manager.findOne(CoordinatorAssignmentEntity, {
      where: { caseId, endedAt: IsNull() },
    });
    const rows = await this.users.find({
      where: { role: 'coordinator', active: true, ...(current ? { id: Not(current.userId) } : {}) },
      relations: { organisation: true },
      order: { displayName: 'ASC' },
    });
    return rows.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      organisation: u.organisation?.name ?? null,
    }));
  }

  async addProfessional(user: AuthUser, caseId: string, professionalId: string): Promise<CaseDetail> {
    const grant = await this.access.requireAccess(user, caseId, 'case.professional.add', {
      personId: professionalId,
    });
    const professional = await this.users.findOne({ where: { id: professionalId, active: true } });
    if (!professional || !(PROFESSIONAL_ROLES as readonly string[]).includes(professional.role)) {
      throw professionalNotEligible();
    }
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      await this.api.lock(manager, caseId);
      await this.addProfessionalIn(manager, caseId, professionalId, user.id, new Date());
      uow.publish('case.changed', { caseId, change: 'professional_added' });
      return this.cases.detail(manager, caseId, PROFESSIONAL_VIEWER, grant);
    });
  }

  /**
   * Ends an added professional's membership when their involvement ends (need-to-know): their active
   * row gets `removed_at`, and the access log names them as the row's person. What else relates them to
   * the case stays: a seat at one of its tafels, an emergency access. Someone who is not an added
   * professional of the case is answered like a case the caller cannot see; the active coordinator
   * (added once as a former coordinator, or by themselves) leaves the family by handing it over.
   * Open live rooms follow at the realtime re-check (`SessionWatch`), like any withdrawn access.
   */
  async removeProfessional(user: AuthUser, caseId: string, professionalId: string): Promise<void> {
    await this.access.requireAccess(user, caseId, 'case.professional.remove', { personId: professionalId });
    await this.transactions.run(async (uow) => {
      const { manager } = uow;
      // Takes turns with a hand-over, which adds the former coordinator as a professional.
      await this.api.lock(manager, caseId);
      const coordinator = await manager.findOne(CoordinatorAssignmentEntity, {
        where: { caseId, endedAt: IsNull() },
      });
      if (coordinator?.userId === professionalId) throw coordinatorNotRemovable();
      const ended = await manager.update(
        CaseProfessionalEntity,
        { caseId, userId: professionalId, removedAt: IsNull() },
        { removedAt: new Date() },
      );
      if (!ended.affected) throw caseNotFound();
      uow.publish('case.changed', { caseId, change: 'professional_removed' });
    });
  }

  private async addProfessionalIn(
    manager: EntityManager,
    caseId: string,
    userId: string,
    actorId: string,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO case_professional (case_id, user_id, added_at, added_by_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id, user_id) WHERE removed_at IS NULL DO NOTHING`,
      [caseId, userId, now, actorId],
    );
  }
}
