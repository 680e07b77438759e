import { Injectable } from '@nestjs/common';
import { FamilyHome, isClientRole, PlanVersion, roleHasPermission } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/problem/domain-error';
import { CasesService } from '../cases/cases.service';
import { MilestonesService } from '../chain/milestones.service';
import { ListCasesQuery } from '../cases/dto/case.dto';
import { FamilyAgreementsService } from '../plans/family-agreements.service';
import { PlansService } from '../plans/plans.service';
import { TafelQueriesService } from '../tafels/tafel-queries.service';

const NO_FAMILY: FamilyHome = {
  family: null,
  tafels: [],
  overview: null,
  version: null,
  agreements: [],
  measures: [],
};

/**
 * "Mijn gezin" in one request instead of four rounds from the phone (the family's case; its details,
 * tafels, plan, agreements and measures; the newest plan version). Each part comes from its owner's service, as
 * the separate endpoints give it: the same access checks, viewer policy and access-log rows.
 */
@Injectable()
export class FamilyHomeService {
  constructor(
    private readonly cases: CasesService,
    private readonly tafels: TafelQueriesService,
    private readonly plans: PlansService,
    private readonly agreements: FamilyAgreementsService,
    private readonly milestones: MilestonesService,
  ) {}

  async read(user: AuthUser): Promise<FamilyHome> {
    if (!isClientRole(user.role))
      throw new DomainError('forbidden', 'Mijn gezin is for the members of a family');
    // A family member belongs to one family.
    const page = await this.cases.list(user, Object.assign(new ListCasesQuery(), { pageSize: 1 }));
    const caseId = page.items[0]?.id;
    if (!caseId) return NO_FAMILY;
    const readsPlan = roleHasPermission(user.role, 'plan:read');
    const [family, tafels, overview, agreements, measures] = await Promise.all([
      this.cases.get(user, caseId),
      this.tafels.list(user, caseId),
      readsPlan ? this.plans.overview(user, caseId) : null,
      readsPlan ? this.agreements.list(user, caseId) : [],
      this.milestones.measures(user, caseId),
    ]);
    const newest = overview?.versions[0]?.number;
    const version: PlanVersion | null = newest
      ? await this.plans.version(user, caseId, String(newest))
      : null;
    return { family, tafels, overview, version, agreements, measures };
  }
}
