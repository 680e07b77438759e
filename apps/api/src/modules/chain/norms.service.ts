import { Injectable } from '@nestjs/common';
import { NormDueItem } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions } from '../../common/events/unit-of-work';
import { CasesApi } from '../cases/cases.api';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CHAIN_NORMS, normsDue } from './norms';

/**
 * Norms about to break (or broken), for whoever must act: the caller's organisation type owns the
 * norm on a case they may see, or the norm is the tafel's and they coordinate the case.
 */
@Injectable()
export class NormsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly cases: CasesApi,
  ) {}

  async due(user: AuthUser, now = new Date()): Promise<NormDueItem[]> {
    const visible = await this.cases.visibleIds(user);
    return this.transactions.run(async ({ manager }) => {
      const organisation = user.organisationId
        ? await manager.findOneBy(OrganisationEntity, { id: user.organisationId })
        : null;
      const coordinated = new Set(await this.cases.coordinatedIds(manager, user.id));
      const events = await this.cases.timelines(manager, visible);
      const refs = await this.cases.find(manager, visible);
      return visible.flatMap((caseId) =>
        normsDue(
          events.filter((e) => e.caseId === caseId),
          now,
          CHAIN_NORMS,
        )
          .filter((d) => d.actor === organisation?.type || (d.actor === 'tafel' && coordinated.has(caseId)))
          .map((d) => ({
            caseId,
            caseNumber: refs.get(caseId)?.caseNumber ?? '',
            normId: d.normId,
            label: d.label,
            deadline: d.deadline.toISOString(),
            broken: d.broken,
          })),
      );
    });
  }
}
