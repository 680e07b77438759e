import { ChainEventType } from '@tafel/shared/contracts';

/** Dutch descriptions of the chain events on a family's timeline. */
export const EVENT_LABELS: Readonly<Record<ChainEventType, string>> = {
  case_opened: $localize`:@@event.caseOpened:Gezin aangemeld in Tafel`,
  member_added: $localize`:@@event.memberAdded:Gezinslid toegevoegd`,
  phase_changed: $localize`:@@event.phaseChanged:Fase gewijzigd`,
  gemeente_changed: $localize`:@@event.gemeenteChanged:Gemeente gewijzigd`,
  coordinator_assigned: $localize`:@@event.coordinatorAssigned:Regievoerder toegewezen`,
  coordinator_handed_over: $localize`:@@event.coordinatorHandedOver:Regie overgedragen aan een andere regievoerder`,
  regie_changed: $localize`:@@event.regieChanged:Regie gewijzigd`,
  melding_received: $localize`:@@event.meldingReceived:Melding ontvangen`,
  tafel_requested: $localize`:@@event.tafelRequested:Tafel aangevraagd`,
  tafel_scheduled: $localize`:@@event.tafelScheduled:Tafel gepland`,
  tafel_rescheduled: $localize`:@@event.tafelRescheduled:Tafel verplaatst`,
  tafel_cancelled: $localize`:@@event.tafelCancelled:Tafel geannuleerd`,
  tafel_held: $localize`:@@event.tafelHeld:Tafel gehouden`,
  decision_recorded: $localize`:@@event.decisionRecorded:Besluit van de tafel vastgelegd`,
  handover_sent: $localize`:@@event.handoverSent:Overdracht naar een andere organisatie verstuurd`,
  verslag_adopted: $localize`:@@event.verslagAdopted:Verslag vastgesteld`,
  vto_sent: $localize`:@@event.vtoSent:Verzoek tot onderzoek naar de Raad gestuurd`,
  investigation_started: $localize`:@@event.investigationStarted:Raadsonderzoek gestart`,
  investigation_finished: $localize`:@@event.investigationFinished:Raadsonderzoek afgerond`,
  court_order: $localize`:@@event.courtOrder:Uitspraak van de kinderrechter`,
  jeugdbeschermer_assigned: $localize`:@@event.jeugdbeschermerAssigned:Jeugdbeschermer toegewezen`,
  plan_adopted: $localize`:@@event.planAdopted:Gezinsplan vastgesteld`,
  measure_ended: $localize`:@@event.measureEnded:Maatregel beëindigd`,
  case_closed: $localize`:@@event.caseClosed:Dossier afgesloten`,
};
