import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DASHBOARD_DRANG_DAYS, DASHBOARD_KINDS, DashboardItem, DashboardKind } from '@tafel/shared/contracts';
import { addDays, dutchDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { HandoversService } from '../chain/handovers.service';
import { MilestonesService } from '../chain/milestones.service';
import { NormsService } from '../chain/norms.service';
import { FamilyAgreementsService } from '../plans/family-agreements.service';
import { PlanAttentionService } from '../plans/plan-attention.service';
import { TafelAgreementsApi } from '../tafels/tafel-agreements.api';

/** The norm id of the alert before a child turns 18 (`chain/norms.ts`). */
const TURNING_18_NORM = 'turning_18';

/** One thing that needs the regie holder's action on one of their families (without the family's name). */
export type Attention = Omit<DashboardItem, 'caseNumber' | 'familyName'>;

/**
 * What needs the caller's action, per family: the one home of that logic, for "Mijn gezinnen" and the case list's cue. Each alert is read from the module that owns it
 * (agreements and plans, the tafels' drang decisions, measures, norms (the child turning 18 among them)
 * and hand-overs of the chain module), never copied. Logs nothing: its callers log what they show.
 */
@Injectable()
export class AttentionService {
  constructor(
    private readonly agreements: FamilyAgreementsService,
    private readonly plans: PlanAttentionService,
    private readonly tafels: TafelAgreementsApi,
    private readonly measures: MilestonesService,
    private readonly norms: NormsService,
    private readonly handovers: HandoversService,
  ) {}

  /**
   * The alerts on `own`, the families the caller coordinates, and the norms the caller's organisation
   * must keep on the families they work on (Veilig Thuis, the RvdK, a GI: whoever must act).
   */
  async forUser(manager: EntityManager, user: AuthUser, own: string[], now: Date): Promise<Attention[]> {
    const today = dutchDate(now);
    const items: Attention[] = [];

    for (const a of await this.agreements.forCases(manager, own, now))
      if (a.agreement.overdue)
        items.push({ kind: 'agreement_overdue', caseId: a.caseId, date: a.agreement.dueDate, label: null });

    for (const p of await this.plans.forCases(manager, own))
      items.push({
        kind: p.kind,
        caseId: p.caseId,
        date: dutchDate(p.since),
        label: `versie ${p.versionNumber}`,
      });

    const drangUntil = addDays(today, DASHBOARD_DRANG_DAYS);
    for (const d of await this.tafels.drangDeadlines(manager, own))
      if (d.deadline >= today && d.deadline <= drangUntil)
        items.push({ kind: 'drang_deadline', caseId: d.caseId, date: d.deadline, label: null });

    for (const m of await this.measures.endingSoon(user, now))
      items.push({ kind: 'measure_ending', caseId: m.caseId, date: m.endsOn, label: m.type });

    // The chain's norms for whoever must act — the coordinator's own (the tafel's, the child turning
    // 18), or their organisation's on a family they work on (the norms module owns both rules); a norm
    // past its deadline is overdue, not about to break.
    for (const n of await this.norms.due(user, now))
      items.push({
        kind: n.normId === TURNING_18_NORM ? 'turning_18' : n.broken ? 'norm_broken' : 'norm_due',
        caseId: n.caseId,
        date: dutchDate(new Date(n.deadline)),
        label: n.label,
      });

    for (const { caseId, sentAt } of await this.handovers.waitingFrom(manager, own))
      items.push({ kind: 'handover_sent', caseId, date: dutchDate(sentAt), label: null });
    return items;
  }
}

/** Per family, the kinds of what needs action on it, each kind once, in the order of `DASHBOARD_KINDS`. */
export function kindsPerCase(items: readonly Attention[]): Map<string, DashboardKind[]> {
  const kinds = new Map<string, Set<DashboardKind>>();
  for (const { caseId, kind } of items) kinds.set(caseId, (kinds.get(caseId) ?? new Set()).add(kind));
  return new Map([...kinds].map(([caseId, set]) => [caseId, DASHBOARD_KINDS.filter((k) => set.has(k))]));
}
