import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DASHBOARD_DRANG_DAYS, Dashboard, DashboardItem, isProfessionalRole } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/problem/domain-error';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseRef, CasesApi } from '../cases/cases.api';
import { HandoversService } from '../chain/handovers.service';
import { MilestonesService } from '../chain/milestones.service';
import { NormsService } from '../chain/norms.service';
import { FamilyAgreementsService } from '../plans/family-agreements.service';
import { PlanAttentionService } from '../plans/plan-attention.service';
import { TafelAgreementsApi } from '../tafels/tafel-agreements.api';

/** The norm id of the alert before a child turns 18 (`chain/norms.ts`). */
const TURNING_18_NORM = 'turning_18';

type Item = Omit<DashboardItem, 'caseNumber' | 'familyName'>;

/**
 * "Mijn gezinnen": per family the caller coordinates, what needs them now. Each alert is read from
 * the module that owns it (agreements and plans, the tafels' drang decisions, measures, norms (the child
 * turning 18 among them) and hand-overs of the chain module), never copied. The caller's own families
 * appear, plus the norms their organisation must keep on the families they work on (Veilig Thuis,
 * the RvdK, a GI: whoever must act, `NormsService`) and the hand-overs addressed to their
 * organisation (by case number only); each family shown is one `dashboard.read` in the access log.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    private readonly agreements: FamilyAgreementsService,
    private readonly plans: PlanAttentionService,
    private readonly tafels: TafelAgreementsApi,
    private readonly measures: MilestonesService,
    private readonly norms: NormsService,
    private readonly handovers: HandoversService,
  ) {}

  async read(user: AuthUser, now = new Date()): Promise<Dashboard> {
    const manager = this.dataSource.manager;
    if (!isProfessionalRole(user.role))
      throw new DomainError('forbidden', 'Mijn gezinnen is for the professionals of the chain');
    const own = await this.cases.coordinatedIds(manager, user.id);
    const mine = new Set(own);
    const today = toIsoDate(now);
    const items: Item[] = [];

    for (const a of await this.agreements.forCases(manager, own, now))
      if (a.agreement.overdue)
        items.push({ kind: 'agreement_overdue', caseId: a.caseId, date: a.agreement.dueDate, label: null });

    for (const p of await this.plans.forCases(manager, own))
      items.push({
        kind: p.kind,
        caseId: p.caseId,
        date: toIsoDate(p.since),
        label: `versie ${p.versionNumber}`,
      });

    const drangUntil = toIsoDate(new Date(now.getTime() + DASHBOARD_DRANG_DAYS * 86_400_000));
    for (const d of await this.tafels.drangDeadlines(manager, own))
      if (d.deadline >= today && d.deadline <= drangUntil)
        items.push({ kind: 'drang_deadline', caseId: d.caseId, date: d.deadline, label: null });

    for (const m of await this.measures.endingSoon(user, now))
      items.push({ kind: 'measure_ending', caseId: m.caseId, date: m.endsOn, label: m.type });

    // The chain's norms for whoever must act — the coordinator's own (the tafel's, the child turning
    // 18), or their organisation's on a family they work on (the norms module owns both rules).
    for (const n of await this.norms.due(user, now))
      items.push({
        kind: n.normId === TURNING_18_NORM ? 'turning_18' : 'norm_due',
        caseId: n.caseId,
        date: n.deadline.slice(0, 10),
        label: n.label,
      });

    for (const { caseId, sentAt } of await this.handovers.waitingFrom(manager, own))
      items.push({ kind: 'handover_sent', caseId, date: toIsoDate(sentAt), label: null });

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

const withFamily = (item: Item, ref: CaseRef | undefined): DashboardItem => ({
  ...item,
  caseNumber: ref?.caseNumber ?? '',
  familyName: ref?.familyName ?? '',
});
