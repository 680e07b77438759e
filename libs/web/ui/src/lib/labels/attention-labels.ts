import { DashboardKind } from '@tafel/shared/contracts';

/**
 * What needs the regie holder's action, per kind: the headings of "Mijn gezinnen" and the case
 * list's "Actie nodig" cue.
 */
export const ATTENTION_LABELS: Readonly<Record<DashboardKind, string>> = {
  agreement_overdue: $localize`:@@dashboard.group.agreementOverdue:Afspraken waarvan de datum voorbij is`,
  plan_disagreement: $localize`:@@dashboard.group.planDisagreement:Ouders niet eens met het plan`,
  plan_awaiting_answer: $localize`:@@dashboard.group.planAwaiting:Plan wacht op antwoord van het gezin`,
  drang_deadline: $localize`:@@dashboard.group.drang:Drangtermijn loopt af`,
  norm_broken: $localize`:@@dashboard.group.normBroken:Normen verlopen: de termijn is voorbij`,
  norm_due: $localize`:@@dashboard.group.norm:Normen die bijna verlopen`,
  measure_ending: $localize`:@@dashboard.group.measure:Maatregel loopt binnen 3 maanden af: afschalingstafel?`,
  turning_18: $localize`:@@dashboard.group.turning18:Kind wordt 18: plan de overgang`,
  handover_incoming: $localize`:@@dashboard.group.handoverIncoming:Overdrachten om te accepteren`,
  handover_sent: $localize`:@@dashboard.group.handoverSent:Overdracht nog niet geaccepteerd`,
};
