import { Inject, Injectable } from '@nestjs/common';
import { NormDueItem } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions } from '../../common/events/unit-of-work';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CasesApi } from '../cases/cases.api';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ConfiguredNorms, NormDue, configuredNorms, normsDue, turning18Due } from './norms';

/**
 * Norms about to break (or broken), for whoever must act: the caller's organisation type owns the
 * norm on a case they may see, or the norm is the tafel's or the coordinator's and they coordinate
 * the case. The one source of norms for the dashboards.
 */
@Injectable()
export class NormsService {
  readonly norms: ConfiguredNorms;

  constructor(
    private readonly transactions: Transactions,
    private readonly cases: CasesApi,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.norms = configuredNorms(config.chainNorms);
  }

  async due(user: AuthUser, now = new Date()): Promise<NormDueItem[]> {
    const visible = await this.cases.visibleIds(user);
    return this.transactions.run(async ({ manager }) => {
      const organisation = user.organisationId
        ? await manager.findOneBy(OrganisationEntity, { id: user.organisationId })
        : null;
      const coordinated = new Set(await this.cases.coordinatedIds(manager, user.id));
      const events = await this.cases.timelines(manager, visible);
      const children = await this.cases.childrenBirthDates(manager, [...coordinated]);
      const refs = await this.cases.find(manager, visible);
      // Each case's timeline, gathered once (this runs on every case list and dashboard).
      const timelineOf = new Map<string, typeof events>();
      for (const e of events) {
        const timeline = timelineOf.get(e.caseId);
        if (timeline) timeline.push(e);
        else timelineOf.set(e.caseId, [e]);
      }
      const mine = (caseId: string, d: NormDue) =>
        d.actor === organisation?.type ||
        ((d.actor === 'tafel' || d.actor === 'coordinator') && coordinated.has(caseId));
      return visible.flatMap((caseId) => {
        const timeline = normsDue(timelineOf.get(caseId) ?? [], now, this.norms.chain);
        const turning18 = children
          .filter((c) => c.caseId === caseId)
          .map((c) => turning18Due(c.birthDate, now, this.norms.turning18Months))
          .filter((d): d is NormDue => d !== null);
        return [...timeline, ...turning18]
          .filter((d) => mine(caseId, d))
          .map((d) => ({
            caseId,
            caseNumber: refs.get(caseId)?.caseNumber ?? '',
            normId: d.normId,
            label: d.label,
            deadline: d.deadline.toISOString(),
            broken: d.broken,
          }));
      });
    });
  }
}
