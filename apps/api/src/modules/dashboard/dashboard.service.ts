import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Dashboard, DashboardItem, isProfessionalRole } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/problem/domain-error';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseRef, CasesApi } from '../cases/cases.api';
import { HandoversService } from '../chain/handovers.service';
import { Attention, AttentionService } from './attention.service';

/**
 * "Mijn gezinnen": what needs the caller now (`AttentionService`): on the families they coordinate,
 * and the norms their organisation must keep on the families they work on (Veilig Thuis, the RvdK,
 * a GI: whoever must act), plus the hand-overs addressed to their organisation (by case number only);
 * each family shown is one `dashboard.read` in the access log.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    private readonly attention: AttentionService,
    private readonly handovers: HandoversService,
  ) {}

  async read(user: AuthUser, now = new Date()): Promise<Dashboard> {
    const manager = this.dataSource.manager;
    if (!isProfessionalRole(user.role))
      throw new DomainError('forbidden', 'Mijn gezinnen is for the professionals of the chain');
    const own = await this.cases.coordinatedIds(manager, user.id);
    const mine = new Set(own);
    const items = await this.attention.forUser(manager, user, own, now);
    const refs = await this.cases.find(manager, [...new Set(items.map((i) => i.caseId))]);
    const incoming = (await this.handovers.incoming(user)).filter((h) => !mine.has(h.caseId));
    await this.access.logRead(user, [...new Set(items.map((i) => i.caseId))], 'dashboard.read');
    const shown: DashboardItem[] = [
      ...items.map((i) => withFamily(i, refs.get(i.caseId))),
      ...incoming.map(
        (h): DashboardItem => ({
          kind: 'handover_incoming',
          caseId: h.caseId,
          caseNumber: h.caseNumber,
          familyName: null,
          date: h.sentAt.slice(0, 10),
          label: null,
        }),
      ),
    ];
    return { items: shown.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')) };
  }
}

const withFamily = (item: Attention, ref: CaseRef | undefined): DashboardItem => ({
  ...item,
  caseNumber: ref?.caseNumber ?? '',
  familyName: ref?.familyName ?? '',
});
