import { DashboardKind } from '@tafel/shared/contracts';
import { ATTENTION_LABELS } from '@tafel/web/ui';

/** Each kind of alert: its group heading (`ATTENTION_LABELS`) and what its date means, in the order the page shows them. */
export const DASHBOARD_GROUPS: readonly { kind: DashboardKind; title: string; date: string }[] = [
  {
    kind: 'agreement_overdue',
    title: ATTENTION_LABELS.agreement_overdue,
    date: $localize`:@@dashboard.date.due:uiterlijk`,
  },
  {
    kind: 'plan_disagreement',
    title: ATTENTION_LABELS.plan_disagreement,
    date: $localize`:@@dashboard.date.since:sinds`,
  },
  {
    kind: 'plan_awaiting_answer',
    title: ATTENTION_LABELS.plan_awaiting_answer,
    date: $localize`:@@dashboard.date.published:gepubliceerd`,
  },
  {
    kind: 'drang_deadline',
    title: ATTENTION_LABELS.drang_deadline,
    date: $localize`:@@dashboard.date.due:uiterlijk`,
  },
  {
    kind: 'norm_broken',
    title: ATTENTION_LABELS.norm_broken,
    date: $localize`:@@dashboard.date.expired:verlopen op`,
  },
  {
    kind: 'norm_due',
    title: ATTENTION_LABELS.norm_due,
    date: $localize`:@@dashboard.date.deadline:termijn`,
  },
  {
    kind: 'measure_ending',
    title: ATTENTION_LABELS.measure_ending,
    date: $localize`:@@dashboard.date.ends:eindigt`,
  },
  {
    kind: 'turning_18',
    title: ATTENTION_LABELS.turning_18,
    date: $localize`:@@dashboard.date.birthday:18 op`,
  },
  {
    kind: 'handover_incoming',
    title: ATTENTION_LABELS.handover_incoming,
    date: $localize`:@@dashboard.date.sent:verstuurd`,
  },
  {
    kind: 'handover_sent',
    title: ATTENTION_LABELS.handover_sent,
    date: $localize`:@@dashboard.date.sent:verstuurd`,
  },
];
