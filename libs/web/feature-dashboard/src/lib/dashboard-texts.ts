import { DashboardKind } from '@tafel/shared/contracts';

/** Each kind of alert: its group heading and what its date means, in the order the page shows them. */
export const DASHBOARD_GROUPS: readonly { kind: DashboardKind; title: string; date: string }[] = [
  {
    kind: 'agreement_overdue',
    title: $localize`:@@dashboard.group.agreementOverdue:Afspraken over de datum`,
    date: $localize`:@@dashboard.date.due:uiterlijk`,
  },
  {
    kind: 'plan_disagreement',
    title: $localize`:@@dashboard.group.planDisagreement:Ouders niet eens met het plan`,
    date: $localize`:@@dashboard.date.since:sinds`,
  },
  {
    kind: 'plan_awaiting_answer',
    title: $localize`:@@dashboard.group.planAwaiting:Plan wacht op antwoord van het gezin`,
    date: $localize`:@@dashboard.date.published:gepubliceerd`,
  },
  {
    kind: 'drang_deadline',
    title: $localize`:@@dashboard.group.drang:Drangtermijn loopt af`,
    date: $localize`:@@dashboard.date.due:uiterlijk`,
  },
  {
    kind: 'norm_due',
    title: $localize`:@@dashboard.group.norm:Normen die bijna verlopen`,
    date: $localize`:@@dashboard.date.deadline:termijn`,
  },
  {
    kind: 'measure_ending',
    title: $localize`:@@dashboard.group.measure:Maatregel loopt binnen 3 maanden af: afschalingstafel?`,
    date: $localize`:@@dashboard.date.ends:eindigt`,
  },
  {
    kind: 'turning_18',
    title: $localize`:@@dashboard.group.turning18:Kind wordt 18: plan de overgang`,
    date: $localize`:@@dashboard.date.birthday:18 op`,
  },
  {
    kind: 'handover_incoming',
    title: $localize`:@@dashboard.group.handoverIncoming:Overdrachten om te accepteren`,
    date: $localize`:@@dashboard.date.sent:verstuurd`,
  },
  {
    kind: 'handover_sent',
    title: $localize`:@@dashboard.group.handoverSent:Overdracht nog niet geaccepteerd`,
    date: $localize`:@@dashboard.date.sent:verstuurd`,
  },
];
