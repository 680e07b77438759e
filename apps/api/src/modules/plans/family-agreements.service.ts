import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AGREEMENT_DUE_SOON_DAYS, FamilyAgreement } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CaseAccessService } from '../cases/case-access.service';
import { viewerOf, withholdsDocuments } from '../cases/viewer.policy';
import { TafelAgreementsApi } from '../tafels/tafel-agreements.api';
import { PlanVersionEntity } from './entities/plan-version.entity';

/**
 * The agreements of a family in one list: those made at its tafels (read through the tafels
 * module's public API) and those of the current plan version, each with its source, ordered by
 * due date. A family member whose view holds no documents sees only the agreements they own.
 */
interface Owned {
  ownerMemberId: string | null;
  agreement: FamilyAgreement;
}

@Injectable()
export class FamilyAgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly tafelAgreements: TafelAgreementsApi,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, caseId: string, today = new Date()): Promise<FamilyAgreement[]> {
    const grant = await this.access.requireAccess(user, caseId, 'plan.read');
    const manager = this.dataSource.manager;
    const day = toIsoDate(today);
    const soon = toIsoDate(new Date(today.getTime() + AGREEMENT_DUE_SOON_DAYS * 86_400_000));
    const flags = (dueDate: string, status: 'open' | 'done') => ({
      overdue: status === 'open' && dueDate < day,
      dueSoon: status === 'open' && dueDate >= day && dueDate <= soon,
    });
    const fromTafels = (await this.tafelAgreements.forCases(manager, [caseId])).map(
      (a): Owned => ({
        ownerMemberId: a.ownerMemberId,
        agreement: {
          source: 'tafel',
          id: a.id,
          owner: a.ownerName,
          what: a.what,
          dueDate: a.dueDate,
          status: a.status,
          ...flags(a.dueDate, a.status),
          tafelId: a.tafelId,
          planVersion: null,
        },
      }),
    );
    const current = await manager.findOne(PlanVersionEntity, {
      where: { caseId },
      order: { number: 'DESC' },
    });
    const fromPlan = (current?.agreements ?? []).map(
      (a, i): Owned => ({
        ownerMemberId: null,
        agreement: {
          source: 'plan',
          id: `plan-${current?.number}-${i}`,
          owner: a.owner,
          what: a.what,
          dueDate: a.dueDate,
          status: 'open',
          ...flags(a.dueDate, 'open'),
          tafelId: null,
          planVersion: current?.number ?? null,
        },
      }),
    );
    const viewer = viewerOf(grant.member, today);
    const all = [...fromTafels, ...fromPlan].filter(
      (a) =>
        !withholdsDocuments(viewer, this.config.nonCustodialView) || a.ownerMemberId === grant.member?.id,
    );
    return all.map((a) => a.agreement).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  }
}
