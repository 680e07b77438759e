import { ChainEventBody, ChainEventType } from '@tafel/shared/contracts';
import { PHASE_LABELS } from './phase-labels';

/** Dutch descriptions of the chain events on a family's timeline. */
export const EVENT_LABELS: Readonly<Record<ChainEventType, string>> = {
  case_opened: $localize`:@@event.caseOpened:Gezin aangemeld in Tafel`,
  member_added: $localize`:@@event.memberAdded:Gezinslid toegevoegd`,
  phase_changed: $localize`:@@event.phaseChanged:Fase gewijzigd`,
  gemeente_changed: $localize`:@@event.gemeenteChanged:Gemeente gewijzigd`,
  coordinator_assigned: $localize`:@@event.coordinatorAssigned:Regievoerder toegewezen`,
  coordinator_handed_over: $localize`:@@event.coordinatorHandedOver:Regie overgedragen aan een andere regievoerder`,
  regie_changed: $localize`:@@event.regieChanged:Regie gewijzigd`,
  consent_changed: $localize`:@@event.consentChanged:Toestemming van een jongere (16+) gewijzigd`,
  melding_received: $localize`:@@event.meldingReceived:Melding ontvangen`,
  tafel_requested: $localize`:@@event.tafelRequested:Tafel aangevraagd`,
  tafel_scheduled: $localize`:@@event.tafelScheduled:Tafel gepland`,
  tafel_rescheduled: $localize`:@@event.tafelRescheduled:Tafel verplaatst`,
  tafel_cancelled: $localize`:@@event.tafelCancelled:Tafel geannuleerd`,
  tafel_opened: $localize`:@@event.tafelOpened:Tafel geopend`,
  tafel_held: $localize`:@@event.tafelHeld:Tafel gehouden`,
  decision_recorded: $localize`:@@event.decisionRecorded:Besluit van de tafel vastgelegd`,
  handover_sent: $localize`:@@event.handoverSent:Overdracht naar een andere organisatie verstuurd`,
  handover_accepted: $localize`:@@event.handoverAccepted:Overdracht geaccepteerd`,
  handover_returned: $localize`:@@event.handoverReturned:Overdracht teruggestuurd`,
  verslag_adopted: $localize`:@@event.verslagAdopted:Verslag vastgesteld`,
  vto_sent: $localize`:@@event.vtoSent:Verzoek tot onderzoek naar de Raad gestuurd`,
  safety_assessment_done: $localize`:@@event.safetyAssessmentDone:Veiligheidsbeoordeling Veilig Thuis afgerond`,
  vtt_investigation_started: $localize`:@@event.vttInvestigationStarted:Onderzoek Veilig Thuis gestart`,
  vtt_investigation_finished: $localize`:@@event.vttInvestigationFinished:Onderzoek Veilig Thuis afgerond`,
  vto_received: $localize`:@@event.vtoReceived:Verzoek tot onderzoek ontvangen door de Raad`,
  investigation_started: $localize`:@@event.investigationStarted:Raadsonderzoek gestart`,
  investigation_finished: $localize`:@@event.investigationFinished:Raadsonderzoek afgerond`,
  petition_filed: $localize`:@@event.petitionFiled:Verzoekschrift bij de kinderrechter ingediend`,
  court_order: $localize`:@@event.courtOrder:Uitspraak van de kinderrechter`,
  jeugdbeschermer_assigned: $localize`:@@event.jeugdbeschermerAssigned:Jeugdbeschermer toegewezen`,
  plan_van_aanpak_ready: $localize`:@@event.planVanAanpakReady:Plan van aanpak jeugdbescherming gereed`,
  help_started: $localize`:@@event.helpStarted:Hulp gestart`,
  measure_extended: $localize`:@@event.measureExtended:Maatregel verlengd door de kinderrechter`,
  plan_adopted: $localize`:@@event.planAdopted:Gezinsplan vastgesteld`,
  plan_published: $localize`:@@event.planPublished:Nieuwe versie van het gezinsplan gedeeld`,
  plan_answered: $localize`:@@event.planAnswered:Reactie op het gezinsplan`,
  measure_ended: $localize`:@@event.measureEnded:Maatregel beëindigd`,
  case_closed: $localize`:@@event.caseClosed:Dossier afgesloten`,
};

const CONSENT_GIVEN = $localize`:@@event.consentGiven:Jongere (16+) geeft toestemming: ouders mogen zijn of haar gegevens zien`;
const CONSENT_WITHDRAWN = $localize`:@@event.consentWithdrawn:Jongere (16+) trekt toestemming in: ouders zien zijn of haar gegevens niet meer`;

const TAFEL_REQUESTED_BY_DECISION = $localize`:@@event.tafelRequestedByDecision:Tafel aangevraagd na het besluit van een eerdere tafel`;

/**
 * How one event reads on a timeline: its type's label; for a consent whether it was given or withdrawn,
 * for a new phase from which to which, for a tafel a decision asked for (the herbespreking of drang) that
 * it follows from that decision.
 */
export function eventLabel(event: ChainEventBody): string {
  if (event.type === 'consent_changed')
    return event.data.sharesWithParents ? CONSENT_GIVEN : CONSENT_WITHDRAWN;
  if (event.type === 'phase_changed') {
    const from = PHASE_LABELS[event.data.from];
    const to = PHASE_LABELS[event.data.to];
    return $localize`:@@event.phaseChangedFromTo:Fase gewijzigd van ${from}:from: naar ${to}:to:`;
  }
  if (event.type === 'tafel_requested' && event.data.followsTafelId) return TAFEL_REQUESTED_BY_DECISION;
  return EVENT_LABELS[event.type];
}
