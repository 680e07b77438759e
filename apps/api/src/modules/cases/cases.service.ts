import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Not, Repository, SelectQueryBuilder } from 'typeorm';
import {
  CHAIN_PHASES,
  CaseDetail,
  CaseProfessional,
  CaseSummary,
  ChainEvent,
  FileViewing,
  Page,
  RegieChangeRequest,
  decidesOwnConsent,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { AccessLogQueriesService } from '../audit/access-log-queries.service';
import { DomainError } from '../../common/problem/domain-error';
import { Transactions } from '../../common/events/unit-of-work';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { decide } from './access/case-access.policy';
import { CaseAccessService, CaseGrant } from './case-access.service';
import { MemberAccounts } from './member-accounts.port';
import { Viewer, isRestrictedParent } from './case-view.policy';
import { PROFESSIONAL_VIEWER, timelineForViewer, viewerOf } from './viewer.policy';
import { nextCaseNumber } from './case-number';
import { CasesApi } from './cases.api';
import { toCaseDetail, toCaseMember, toCaseSummary } from './case.mapper';
import {
  caseNotFound,
  consentNotApplicable,
  emptyUpdate,
  memberNotFound,
  memberRuleBroken,
  regieUnchanged,
} from './cases.errors';
import { ChainEventsService } from './chain-events.service';
import { CreateCaseDto, ListCasesQuery, UpdateCaseDto } from './dto/case.dto';
import { AddMemberDto, ConsentDto } from './dto/member.dto';
import { CaseMemberEntity } from './entities/case-member.entity';
import { CaseProfessionalEntity } from './entities/case-professional.entity';
import { CoordinatorAssignmentEntity } from './entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from './entities/family-case.entity';

const DEFAULT_PAGE_SIZE = 20;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The list's order: by the chosen column (the phase in the chain's order; needing action first when
 * ascending, then the last changed), else the last changed first.
 */
function orderList(
  qb: SelectQueryBuilder<FamilyCaseEntity>,
  query: ListCasesQuery,
): SelectQueryBuilder<FamilyCaseEntity> {
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  switch (query.sort) {
    case 'needsAction':
      return qb
        .addSelect('c.id = ANY(:needing)', 'needs_action')
        .orderBy('needs_action', direction === 'ASC' ? 'DESC' : 'ASC')
        .addOrderBy('c.updated_at', 'DESC');
    case 'caseNumber':
      return qb.orderBy('c.case_number', direction);
    case 'familyName':
      return qb.orderBy('lower(c.family_name)', direction).addOrderBy('c.case_number', direction);
    case 'phase':
      return qb
        .addSelect('array_position(:phases::text[], c.phase::text)', 'phase_order')
        .setParameter('phases', [...CHAIN_PHASES])
        .orderBy('phase_order', direction);
    case 'lastActivity':
      return qb.orderBy('c.updated_at', direction);
    case undefined:
      return qb.orderBy('c.updated_at', 'DESC');
  }
}

@Injectable()
export class CasesService {
  constructor(
    private readonly transactions: Transactions,
    @InjectRepository(FamilyCaseEntity) private readonly cases: Repository<FamilyCaseEntity>,
    private readonly access: CaseAccessService,
    private readonly events: ChainEventsService,
    private readonly api: CasesApi,
    private readonly viewingsOf: AccessLogQueriesService,
    private readonly memberAccounts: MemberAccounts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The families the caller may see, a page at a time. `needing` are those that need the caller's
   * action now (decided above this module, see `dashboard/case-list.service.ts`): the `needsAction`
   * filter and order use them.
   */
  async list(
    user: AuthUser,
    query: ListCasesQuery,
    needing: readonly string[] = [],
  ): Promise<Page<CaseSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const qb = this.access.restrict(this.cases.createQueryBuilder('c'), user);
    qb.setParameter('needing', needing);
    if (query.needsAction) qb.andWhere('c.id = ANY(:needing)');
    if (query.gemeente) qb.andWhere('c.gemeente = :gemeente', { gemeente: query.gemeente });
    if (query.phase) qb.andWhere('c.phase = :phase', { phase: query.phase });
    const text = query.q?.trim();
    if (text) {
      qb.andWhere('(c.family_name ILIKE :text OR c.case_number ILIKE :text)', {
        text: `%${escapeLike(text)}%`,
      });
    }
    const [rows, total] = await orderList(qb, query)
      .addOrderBy('c.id')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const coordinators = await this.activeAssignments(
      this.cases.manager,
      rows.map((r) => r.id),
    );
    await this.access.logRead(
      user,
      rows.map((r) => r.id),
      'case.list',
    );
    return { items: rows.map((r) => toCaseSummary(r, coordinators.get(r.id))), total };
  }

  async get(user: AuthUser, caseId: string): Promise<CaseDetail> {
    const grant = await this.access.requireAccess(user, caseId, 'case.read');
    return this.detail(this.cases.manager, caseId, viewerOf(grant.member), grant);
  }

  async create(user: AuthUser, dto: CreateCaseDto): Promise<CaseDetail> {
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const caseNumber = await nextCaseNumber(manager);
      const created = await manager.save(
        manager.create(FamilyCaseEntity, { caseNumber, familyName: dto.familyName, gemeente: dto.gemeente }),
      );
      const now = new Date();
      await manager.insert(CoordinatorAssignmentEntity, {
        caseId: created.id,
        userId: user.id,
        startedAt: now,
        reason: 'Casus geopend',
        assignedById: user.id,
      });
      const opened = { type: 'case_opened', data: { gemeente: dto.gemeente } } as const;
      await this.events.record(uow, created.id, opened, user.id, now);
      const assigned = { type: 'coordinator_assigned', data: { coordinatorId: user.id } } as const;
      await this.events.record(uow, created.id, assigned, user.id, now);
      uow.publish('case.changed', { caseId: created.id, change: 'opened' });
      return this.detail(manager, created.id);
    });
  }

  async update(user: AuthUser, caseId: string, dto: UpdateCaseDto): Promise<CaseDetail> {
    if (dto.familyName === undefined && dto.gemeente === undefined && dto.phase === undefined)
      throw emptyUpdate();
    const grant = await this.access.requireAccess(user, caseId, 'case.update');
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const current = await this.api.lock(manager, caseId);
      const changes: Partial<FamilyCaseEntity> = {};
      if (dto.familyName !== undefined) changes.familyName = dto.familyName;
      if (dto.gemeente !== undefined) changes.gemeente = dto.gemeente;
      if (Object.keys(changes).length) await manager.update(FamilyCaseEntity, caseId, changes);
      if (dto.gemeente !== undefined && dto.gemeente !== current.gemeente) {
        const changed = {
          type: 'gemeente_changed',
          data: { from: current.gemeente, to: dto.gemeente },
        } as const;
        await this.events.record(uow, caseId, changed, user.id);
      }
      if (dto.phase !== undefined) await this.api.movePhase(uow, caseId, dto.phase, user.id);
      uow.publish('case.changed', { caseId, change: 'updated' });
      return this.detail(manager, caseId, PROFESSIONAL_VIEWER, grant);
    });
  }

  async addMember(user: AuthUser, caseId: string, dto: AddMemberDto): Promise<CaseDetail> {
    if (dto.custody !== undefined && dto.kind !== 'parent')
      throw memberRuleBroken('custody', 'only a parent holds custody');
    const grant = await this.access.requireAccess(user, caseId, 'case.member.add');
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      await this.api.lock(manager, caseId);
      await manager.insert(CaseMemberEntity, {
        caseId,
        kind: dto.kind,
        firstName: dto.firstName,
        lastName: dto.lastName,
        birthDate: dto.birthDate ?? null,
        address: dto.address ?? null,
        custody: dto.kind === 'parent' ? (dto.custody ?? true) : null,
        addressConfidential: dto.addressConfidential ?? false,
      });
      await this.events.record(uow, caseId, { type: 'member_added', data: { kind: dto.kind } }, user.id);
      await manager.update(FamilyCaseEntity, caseId, { updatedAt: new Date() });
      uow.publish('case.changed', { caseId, change: 'member_added' });
      return this.detail(manager, caseId, PROFESSIONAL_VIEWER, grant);
    });
  }

  /**
   * A child of 16 or older gives or withdraws consent to the parents seeing their part: the child
   * for themselves, or the coordinator recording it on their behalf. Each change is a
   * `consent_changed` event on the timeline, attributed to whoever recorded it (the same answer
   * again changes nothing). A member of another family is answered like no member at all.
   */
  async consent(user: AuthUser, caseId: string, memberId: string, dto: ConsentDto): Promise<CaseDetail> {
    const member = await this.cases.manager.findOne(CaseMemberEntity, { where: { id: memberId, caseId } });
    const grant = await this.access.requireAccess(user, caseId, 'case.member.consent', {
      personId: member?.id ?? null,
    });
    if (!member) throw memberNotFound();
    if (grant.relationship === 'youth' && grant.member?.id !== member.id) {
      throw new DomainError('forbidden', 'A child gives or withdraws only their own consent');
    }
    if (!decidesOwnConsent(toCaseMember(member, new Date()))) throw consentNotApplicable();
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      await this.api.lock(manager, caseId);
      const current = await manager.findOneByOrFail(CaseMemberEntity, { id: member.id });
      if (current.sharesWithParents !== dto.sharesWithParents) {
        await manager.update(CaseMemberEntity, member.id, { sharesWithParents: dto.sharesWithParents });
        const changed = { memberId: member.id, sharesWithParents: dto.sharesWithParents };
        await this.events.record(uow, caseId, { type: 'consent_changed', data: changed }, user.id);
        await manager.update(FamilyCaseEntity, caseId, { updatedAt: new Date() });
        uow.publish('case.changed', { caseId, change: 'consent_changed' });
      }
      return this.detail(manager, caseId, viewerOf(grant.member), grant);
    });
  }

  /** Switching regie needs a reason; it is on the timeline, so the family sees it. */
  async changeRegie(user: AuthUser, caseId: string, dto: RegieChangeRequest): Promise<CaseDetail> {
    const grant = await this.access.requireAccess(user, caseId, 'case.regie');
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const current = await this.api.lock(manager, caseId);
      if (current.regieMode === dto.mode) throw regieUnchanged();
      await manager.update(FamilyCaseEntity, caseId, { regieMode: dto.mode });
      const changed = { from: current.regieMode, to: dto.mode, reason: dto.reason };
      await this.events.record(uow, caseId, { type: 'regie_changed', data: changed }, user.id);
      uow.publish('case.changed', { caseId, change: 'regie_changed' });
      return this.detail(manager, caseId, PROFESSIONAL_VIEWER, grant);
    });
  }

  async timeline(user: AuthUser, caseId: string): Promise<ChainEvent[]> {
    const grant = await this.access.requireAccess(user, caseId, 'case.events.read');
    const viewer = viewerOf(grant.member);
    if (isRestrictedParent(viewer, this.config.nonCustodialView)) {
      throw new DomainError('forbidden', 'The timeline is not part of the view for a parent without custody');
    }
    return timelineForViewer(await this.events.list(caseId), viewer);
  }

  /**
   * "Who looked at my file": for a parent or child, about their own case only; a parent under the
   * restricted view sees the uses of their own data, not those of the children's (as the timeline).
   */
  async viewings(user: AuthUser, caseId: string): Promise<FileViewing[]> {
    const grant = await this.access.requireAccess(user, caseId, 'case.access-log.read');
    const restricted = isRestrictedParent(viewerOf(grant.member), this.config.nonCustodialView);
    return this.viewingsOf.viewings(caseId, user.id, restricted ? grant.member?.id : undefined);
  }

  /**
   * The case as the viewer sees it. With a grant whose relationships allow `case.invite`, the parents
   * and children carry their account state (with the invitation's address): the caller can invite.
   */
  async detail(
    manager: EntityManager,
    caseId: string,
    viewer: Viewer = PROFESSIONAL_VIEWER,
    grant?: CaseGrant,
  ): Promise<CaseDetail> {
    const entity = await manager.findOne(FamilyCaseEntity, { where: { id: caseId } });
    if (!entity) throw caseNotFound();
    const members = await manager.find(CaseMemberEntity, { where: { caseId }, order: { birthDate: 'ASC' } });
    const coordinators = await this.activeAssignments(manager, [caseId]);
    const accounts =
      grant && decide(grant.relationships, 'case.invite').allowed
        ? await this.accounts(manager, members)
        : undefined;
    const { nonCustodialView } = this.config;
    const detail = toCaseDetail(
      entity,
      coordinators.get(caseId),
      members,
      viewer,
      nonCustodialView,
      accounts,
    );
    if (!grant || !decide(grant.relationships, 'case.professional.remove').allowed) return detail;
    return { ...detail, professionals: await this.professionals(manager, caseId, coordinators.get(caseId)) };
  }

  /** The added professionals whose membership has not ended, oldest first, without the active coordinator. */
  private async professionals(
    manager: EntityManager,
    caseId: string,
    coordinator: CoordinatorAssignmentEntity | undefined,
  ): Promise<CaseProfessional[]> {
    const rows = await manager.find(CaseProfessionalEntity, {
      where: { caseId, removedAt: IsNull(), ...(coordinator ? { userId: Not(coordinator.userId) } : {}) },
      relations: { user: { organisation: true } },
      order: { addedAt: 'ASC' },
    });
    return rows.map((r) => ({
      userId: r.userId,
      displayName: r.user.displayName,
      organisation: r.user.organisation?.name ?? null,
      since: r.addedAt.toISOString(),
    }));
  }

  private accounts(manager: EntityManager, members: CaseMemberEntity[]) {
    return this.memberAccounts.of(
      manager,
      members.filter((m) => m.kind !== 'network'),
    );
  }

  private async activeAssignments(
    manager: EntityManager,
    caseIds: string[],
  ): Promise<Map<string, CoordinatorAssignmentEntity>> {
    if (caseIds.length === 0) return new Map();
    const rows = await manager.find(CoordinatorAssignmentEntity, {
      where: { caseId: In(caseIds), endedAt: IsNull() },
      relations: { user: { organisation: true } },
    });
    return new Map(rows.map((r) => [r.caseId, r]));
  }
}
