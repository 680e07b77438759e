import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Dashboard, DashboardItem, isProfessionalRole, TafelToSchedule } from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/problem/domain-error';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseRef, CasesApi } from '../cases/cases.api';
import { HandoversService } from '../chain/handovers.service';
import { TafelAgreementsApi, TafelToScheduleRef } from '../tafels/tafel-agreements.api';
import { Attention, AttentionService } from './attention.service';

/**
 * "Mijn gezinnen": what needs the caller now (`AttentionService`): on the families they coordinate,
 * and the norms their organisation must keep on the families they work on (Veilig Thuis, the RvdK,
 * a GI: whoever must act), plus the hand-overs addressed to their organisation (by case number only)
 * and the tafels of the families they coordinate that wait to be scheduled; each family shown is one
 * `dashboard.read` in the access log.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    private readonly attention: AttentionService,
    private readonly handovers: HandoversService,
    private readonly tafels: TafelAgreementsApi,
  ) {}

  async read(user: AuthUser, now = new Date()): Promise<Dashboard> {
    const manager = this.dataSource.manager;
    if (!isProfessionalRole(user.role))
      throw new DomainError('forbidden', 'Mijn gezinnen is for the professionals of the chain');
    const own = await this.cases.coordinatedIds(manager, user.id);
    const mine = new Set(own);
    const items = await this.attention.forUser(manager, user, own, now);
    const waiting = await this.tafels.toSchedule(manager, own);
    const shownIds = [...new Set([...items, ...waiting].map((i) => i.caseId))];
    const refs = await this.cases.find(manager, shownIds);
    const incoming = (await this.handovers.incoming(user)).filter((h) => !mine.has(h.caseId));
    await this.access.logRead(user, shownIds, 'dashboard.read');
    const shown: DashboardItem[] = [
      ...items.map((i) => withFamily(i, refs.get(i.caseId))),
      ...incoming.map(
        (h): DashboardItem => ({
          kind: 'handover_incoming',
          caseId: h.caseId,
          caseNumber: h.caseNumber,
          familyName: null,
          date: dutchDate(new Date(h.sentAt)),
          // Who sent it: an organisation's name, not the family's.
          label: h.details.fromOrganisationName,
        }),
      ),
    ];
    return {
      items: shown.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')),
      tafelsToSchedule: waiting.map((w) => toSchedule(w, refs.get(w.caseId), now)),
    };
  }
}

const toSchedule = (tafel: TafelToScheduleRef, ref: CaseRef | undefined, now: Date): TafelToSchedule => ({
  tafelId: tafel.tafelId,
  caseId: tafel.caseId,
  caseNumber: ref?.caseNumber ?? '',
  familyName: ref?.familyName ?? '',
  momentType: tafel.momentType,
  requestedAt: tafel.requestedAt.toISOString(),
  waitingDays: Math.max(0, Math.floor((now.getTime() - tafel.requestedAt.getTime()) / 86_400_000)),
  holdBefore: tafel.holdBefore,
});

const withFamily = (item: Attention, ref: CaseRef | undefined): DashboardItem => ({
  ...item,
  caseNumber: ref?.caseNumber ?? '',
  familyName: ref?.familyName ?? '',
});
