import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { EmergencyAccess } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AccessLogService } from '../audit/access-log.service';
import { CaseAccessService } from './case-access.service';
import { caseNotFound } from './cases.errors';
import { EmergencyAccessEntity } from './entities/emergency-access.entity';
import { FamilyCaseEntity } from './entities/family-case.entity';

/** Break the glass: access without membership, with a reason, for a few hours, always reviewed. */
@Injectable()
export class EmergencyAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly accessLog: AccessLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(user: AuthUser, caseId: string, reason: string): Promise<EmergencyAccess> {
    const theCase = await this.dataSource.manager.findOneBy(FamilyCaseEntity, { id: caseId });
    if (!theCase) throw caseNotFound();
    if (await this.access.hasRelationship(user, caseId)) {
      throw new DomainError('conflict', 'You already have access to this case; no emergency access needed');
    }
    const now = new Date();
    const saved = await this.dataSource.manager.save(
      this.dataSource.manager.create(EmergencyAccessEntity, {
        caseId,
        userId: user.id,
        reason,
        grantedAt: now,
        expiresAt: new Date(now.getTime() + this.config.emergencyAccessHours * 3_600_000),
      }),
    );
    await this.accessLog.record(user, [
      {
        event: 'case.emergency-access',
        action: 'C',
        caseId,
        authorised: true,
        relationship: 'emergency',
        emergency: true,
      },
    ]);
    return (await this.list(saved.id))[0];
  }

  /** For the privacy officer: emergency accesses, the unreviewed first. */
  async list(id?: string, unreviewedOnly = false): Promise<EmergencyAccess[]> {
    const rows = await this.dataSource.manager.find(EmergencyAccessEntity, {
      where: { ...(id ? { id } : {}), ...(unreviewedOnly ? { reviewedAt: IsNull() } : {}) },
      relations: { user: true, case: true },
      order: { reviewedAt: { direction: 'DESC', nulls: 'FIRST' }, grantedAt: 'DESC' },
      take: 500,
    });
    return rows.map((r) => ({
      id: r.id,
      caseId: r.caseId,
      caseNumber: r.case.caseNumber,
      userId: r.userId,
      userName: r.user.displayName,
      reason: r.reason,
      grantedAt: r.grantedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      reviewNote: r.reviewNote,
    }));
  }

  async review(reviewer: AuthUser, id: string, note: string): Promise<EmergencyAccess> {
    const result = await this.dataSource.manager.update(
      EmergencyAccessEntity,
      { id, reviewedAt: IsNull() },
      { reviewedAt: new Date(), reviewedById: reviewer.id, reviewNote: note },
    );
    if (!result.affected) throw new DomainError('not_found', 'No unreviewed emergency access with this id');
    return (await this.list(id))[0];
  }
}
