import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AGREEMENT_DUE_SOON_DAYS, FamilyAgreement } from '@tafel/shared/contracts';
import { addDays, dutchDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CaseAccessService } from '../cases/case-access.service';
import { viewerOf, withholdsDocuments } from '../cases/viewer.policy';
import { TafelAgreementRef, TafelAgreementsApi } from '../tafels/tafel-agreements.api';
import { PlanVersionEntity } from './entities/plan-version.entity';
import { currentVersions } from './current-versions';

/** An agreement of the one list with the family it belongs to and who owns it (for mails and the viewer rule). */
export interface CaseAgreement {
  caseId: string;
  ownerUserId: string | null;
  ownerMemberId: string | null;
  agreement: FamilyAgreement;
}

const dueSoonEnd = (today: Date) => addDays(dutchDate(today), AGREEMENT_DUE_SOON_DAYS);

/**
 * The agreements of a family in one list: those made at its tafels (read through the tafels
 * module's public API) and those of the current plan version, each with its source, ordered by
 * due date. A family member whose view holds no documents sees only the agreements they own.
 * The notifications and the dashboard read the same list, for many families at once.
 */
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
    const all = await this.forCases(this.dataSource.manager, [caseId], today);
    const viewer = viewerOf(grant.member, today);
    return all
      .filter(
        (a) =>
          !withholdsDocuments(viewer, this.config.nonCustodialView) || a.ownerMemberId === grant.member?.id,
      )
      .map((a) => a.agreement);
  }

  /** The one list of several families (no access check: the caller decided which families). */
  async forCases(manager: EntityManager, caseIds: readonly string[], today: Date): Promise<CaseAgreement[]> {
    if (caseIds.length === 0) return [];
    const tafel = await this.tafelAgreements.forCases(manager, caseIds);
    return this.combine(tafel, await currentVersions(manager, caseIds), today);
  }

  /** The open agreements of every family that are due within the warning period or overdue. */
  async dueOrOverdue(manager: EntityManager, today: Date): Promise<CaseAgreement[]> {
    const tafel = await this.tafelAgreements.openDueBy(manager, dueSoonEnd(today));
    const all = this.combine(tafel, await currentVersions(manager, null), today);
    return all.filter((a) => a.agreement.overdue || a.agreement.dueSoon);
  }

  private combine(tafel: TafelAgreementRef[], versions: PlanVersionEntity[], today: Date): CaseAgreement[] {
    const day = dutchDate(today);
    const soon = dueSoonEnd(today);
    const flags = (dueDate: string, status: 'open' | 'done') => ({
      overdue: status === 'open' && dueDate < day,
      dueSoon: status === 'open' && dueDate >= day && dueDate <= soon,
    });
    const fromTafels = tafel.map(
      (a): CaseAgreement => ({
        caseId: a.caseId,
        ownerUserId: a.ownerUserId,
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
          goalId: a.goalId,
        },
      }),
    );
    const fromPlan = versions.flatMap((v) =>
      v.agreements.map(
        (a, i): CaseAgreement => ({
          caseId: v.caseId,
          ownerUserId: null,
          ownerMemberId: null,
          agreement: {
            source: 'plan',
            id: `plan-${v.number}-${i}`,
            owner: a.owner,
            what: a.what,
            dueDate: a.dueDate,
            status: 'open',
            ...flags(a.dueDate, 'open'),
            tafelId: null,
            planVersion: v.number,
            goalId: a.goalId ?? null,
          },
        }),
      ),
    );
    return [...fromTafels, ...fromPlan].sort((a, b) =>
      a.agreement.dueDate.localeCompare(b.agreement.dueDate),
    );
  }
}
