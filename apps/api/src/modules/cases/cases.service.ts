import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import {
  CaseDetail,
  CaseSummary,
  ChainEvent,
  FileViewing,
  Page,
  RegieChangeRequest,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { AccessLogQueriesService } from '../audit/access-log-queries.service';
import { DomainError } from '../../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CaseAccessService } from './case-access.service';
import { Viewer, isRestrictedParent } from './case-view.policy';
import { nextCaseNumber } from './case-number';
import { toCaseDetail, toCaseSummary } from './case.mapper';
import { caseNotFound, emptyUpdate, memberRuleBroken, regieUnchanged } from './cases.errors';
import { ChainEventsService } from './chain-events.service';
import { CreateCaseDto, ListCasesQuery, UpdateCaseDto } from './dto/case.dto';
import { AddMemberDto } from './dto/member.dto';
import { CaseMemberEntity } from './entities/case-member.entity';
import { CoordinatorAssignmentEntity } from './entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from './entities/family-case.entity';

const DEFAULT_PAGE_SIZE = 20;
const PROFESSIONAL_VIEW: Viewer = { kind: 'professional' };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(FamilyCaseEntity) private readonly cases: Repository<FamilyCaseEntity>,
    private readonly access: CaseAccessService,
    private readonly events: ChainEventsService,
    private readonly viewingsOf: AccessLogQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, query: ListCasesQuery): Promise<Page<CaseSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const qb = this.access.restrict(this.cases.createQueryBuilder('c'), user);
    if (query.gemeente) qb.andWhere('c.gemeente = :gemeente', { gemeente: query.gemeente });
    if (query.phase) qb.andWhere('c.phase = :phase', { phase: query.phase });
    const text = query.q?.trim();
    if (text) {
      qb.andWhere('(c.family_name ILIKE :text OR c.case_number ILIKE :text)', {
        text: `%${escapeLike(text)}%`,
      });
    }
    const [rows, total] = await qb
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const coordinators = await this.activeAssignments(
      this.dataSource.manager,
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
    const relationship = await this.access.requireAccess(user, caseId, { event: 'case.read', action: 'R' });
    return this.detail(this.dataSource.manager, caseId, await this.viewer(user, caseId, relationship));
  }

  async create(user: AuthUser, dto: CreateCaseDto): Promise<CaseDetail> {
    return this.dataSource.transaction(async (manager) => {
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
      await this.events.record(manager, created.id, 'case_opened', user.id, { gemeente: dto.gemeente }, now);
      await this.events.record(
        manager,
        created.id,
        'coordinator_assigned',
        user.id,
        { coordinatorId: user.id },
        now,
      );
      return this.detail(manager, created.id);
    });
  }

  async update(user: AuthUser, caseId: string, dto: UpdateCaseDto): Promise<CaseDetail> {
    if (dto.familyName === undefined && dto.gemeente === undefined && dto.phase === undefined)
      throw emptyUpdate();
    await this.access.requireAccess(user, caseId, { event: 'case.update', action: 'U' });
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockCase(manager, caseId);
      const changes: Partial<FamilyCaseEntity> = {};
      if (dto.familyName !== undefined) changes.familyName = dto.familyName;
      if (dto.gemeente !== undefined) changes.gemeente = dto.gemeente;
      if (dto.phase !== undefined && dto.phase !== current.phase) {
        changes.phase = dto.phase;
        await this.events.record(manager, caseId, 'phase_changed', user.id, {
          from: current.phase,
          to: dto.phase,
        });
      }
      await manager.update(FamilyCaseEntity, caseId, changes);
      return this.detail(manager, caseId);
    });
  }

  async addMember(user: AuthUser, caseId: string, dto: AddMemberDto): Promise<CaseDetail> {
    if (dto.custody !== undefined && dto.kind !== 'parent')
      throw memberRuleBroken('custody', 'only a parent holds custody');
    await this.access.requireAccess(user, caseId, { event: 'case.member.create', action: 'C' });
    return this.dataSource.transaction(async (manager) => {
      await this.lockCase(manager, caseId);
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
      await this.events.record(manager, caseId, 'member_added', user.id, { kind: dto.kind });
      await manager.update(FamilyCaseEntity, caseId, { updatedAt: new Date() });
      return this.detail(manager, caseId);
    });
  }

  /** Switching regie needs a reason; it is on the timeline, so the family sees it. */
  async changeRegie(user: AuthUser, caseId: string, dto: RegieChangeRequest): Promise<CaseDetail> {
    await this.access.requireAccess(user, caseId, { event: 'case.regie.update', action: 'U' });
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockCase(manager, caseId);
      if (current.regieMode === dto.mode) throw regieUnchanged();
      await manager.update(FamilyCaseEntity, caseId, { regieMode: dto.mode });
      await this.events.record(manager, caseId, 'regie_changed', user.id, {
        from: current.regieMode,
        to: dto.mode,
        reason: dto.reason,
      });
      return this.detail(manager, caseId);
    });
  }

  async timeline(user: AuthUser, caseId: string): Promise<ChainEvent[]> {
    const relationship = await this.access.requireAccess(user, caseId, {
      event: 'case.events.read',
      action: 'R',
    });
    const viewer = await this.viewer(user, caseId, relationship);
    if (isRestrictedParent(viewer, this.config.nonCustodialView)) {
      throw new DomainError('forbidden', 'The timeline is not part of the view for a parent without custody');
    }
    return this.events.list(caseId);
  }

  /** "Who looked at my file": for a parent or child, about their own case only. */
  async viewings(user: AuthUser, caseId: string): Promise<FileViewing[]> {
    const relationship = await this.access.requireAccess(user, caseId, {
      event: 'case.access-log.read',
      action: 'R',
    });
    if (relationship !== 'own_case') throw caseNotFound();
    return this.viewingsOf.viewings(caseId, user.id);
  }

  /** Row lock on the case: concurrent writes to one case take turns. */
  async lockCase(manager: EntityManager, caseId: string): Promise<FamilyCaseEntity> {
    const found = await manager.findOne(FamilyCaseEntity, {
      where: { id: caseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw caseNotFound();
    return found;
  }

  /** A family member sees the case through their own membership; everyone else as a professional. */
  private async viewer(user: AuthUser, caseId: string, relationship: string): Promise<Viewer> {
    if (relationship !== 'own_case') return PROFESSIONAL_VIEW;
    const member = await this.dataSource.manager.findOneByOrFail(CaseMemberEntity, {
      caseId,
      userId: user.id,
    });
    return { kind: 'family', memberId: member.id, memberKind: member.kind, custody: member.custody };
  }

  async detail(
    manager: EntityManager,
    caseId: string,
    viewer: Viewer = PROFESSIONAL_VIEW,
  ): Promise<CaseDetail> {
    const entity = await manager.findOne(FamilyCaseEntity, { where: { id: caseId } });
    if (!entity) throw caseNotFound();
    const members = await manager.find(CaseMemberEntity, { where: { caseId }, order: { birthDate: 'ASC' } });
    const coordinators = await this.activeAssignments(manager, [caseId]);
    return toCaseDetail(entity, coordinators.get(caseId), members, viewer, this.config.nonCustodialView);
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
