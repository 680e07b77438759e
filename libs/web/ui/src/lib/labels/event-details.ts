import { ChainEvent } from '@tafel/shared/contracts';
import { formatDate } from '../dates/amsterdam-time';
import { ADVICE_LABELS, MEASURE_TYPE_LABELS } from './measure-labels';

type Names = ChainEvent['names'];

/**
 * A person the event names: "Naam (Organisatie)"; for a family member, who reads no professional's
 * name from the timeline, only the organisation. Null when the server resolved nothing.
 */
function person(names: Names, id: string | null): string | null {
  const found = id ? names.people[id] : undefined;
  if (!found) return null;
  if (found.name === null) return found.organisation;
  return found.organisation ? `${found.name} (${found.organisation})` : found.name;
}

function organisation(names: Names, id: string | null): string | null {
  return (id && names.organisations[id]) || null;
}

/**
 * The second line of a timeline event: from whom to whom regie went, to which organisation an
 * overdracht went, the Raad's advice, the court's measure — from the names the server resolved for
 * the reader. Null when the event has nothing more to say.
 */
export function eventDetail(event: ChainEvent, locale: string): string | null {
  const { names } = event;
  switch (event.type) {
    case 'coordinator_handed_over': {
      const from = person(names, event.data.fromCoordinatorId);
      const to = person(names, event.data.toCoordinatorId);
      if (!to) return null;
      return from
        ? $localize`:@@eventDetail.fromTo:Van ${from}:from: naar ${to}:to:`
        : $localize`:@@eventDetail.to:Naar ${to}:to:`;
    }
    case 'handover_sent': {
      const to = organisation(names, event.data.toOrganisationId ?? event.data.giOrganisationId);
      return to ? $localize`:@@eventDetail.to:Naar ${to}:to:` : null;
    }
    case 'handover_accepted': {
      const to = person(names, event.data.coordinatorId);
      return to ? $localize`:@@eventDetail.regieTo:Regie naar ${to}:to:` : null;
    }
    case 'handover_returned': {
      const by = organisation(names, event.data.toOrganisationId);
      return by ? $localize`:@@eventDetail.returnedBy:Teruggestuurd door ${by}:organisation:` : null;
    }
    case 'jeugdbeschermer_assigned':
      return person(names, event.data.jeugdbeschermerId);
    case 'investigation_finished':
      return event.data.advice ? ADVICE_LABELS[event.data.advice] : null;
    case 'petition_filed':
      return MEASURE_TYPE_LABELS[event.data.measureType];
    case 'court_order': {
      if (!event.data.measureType) return null;
      const parts = [MEASURE_TYPE_LABELS[event.data.measureType]];
      if (event.data.endsOn) {
        const until = formatDate(locale, event.data.endsOn);
        parts.push($localize`:@@eventDetail.until:tot ${until}:date:`);
      }
      const gi = organisation(names, event.data.giOrganisationId);
      if (gi) parts.push($localize`:@@eventDetail.executedBy:uitgevoerd door ${gi}:organisation:`);
      return parts.join(', ');
    }
    case 'measure_extended': {
      const until = formatDate(locale, event.data.endsOn);
      return $localize`:@@eventDetail.extendedUntil:Verlengd tot ${until}:date:`;
    }
    case 'case_opened':
    case 'member_added':
    case 'phase_changed':
    case 'gemeente_changed':
    case 'coordinator_assigned':
    case 'regie_changed':
    case 'consent_changed':
    case 'melding_received':
    case 'tafel_requested':
    case 'tafel_scheduled':
    case 'tafel_rescheduled':
    case 'tafel_cancelled':
    case 'tafel_opened':
    case 'tafel_held':
    case 'decision_recorded':
    case 'verslag_adopted':
    case 'vto_sent':
    case 'safety_assessment_done':
    case 'vtt_investigation_started':
    case 'vtt_investigation_finished':
    case 'vto_received':
    case 'investigation_started':
    case 'plan_van_aanpak_ready':
    case 'help_started':
    case 'plan_adopted':
    case 'plan_published':
    case 'plan_answered':
    case 'measure_ended':
    case 'case_closed':
      return null;
  }
}
