import type { ChainPhase, MemberKind, RegieMode } from './case';
import type { InvestigationAdvice, MeasureFollowUp, MeasureType } from './chain';
import type { Gemeente, OrganisationType } from './organisation';
import type { PlanAnswerKind, PlanSection } from './plan';
import type { Role } from './roles';
import type { ChildHeard, Decision, MomentType, ParentsView } from './tafel';

/** Every timestamp the ketenmonitor needs is one of these immutable events. */
export const CHAIN_EVENT_TYPES = [
  'case_opened',
  'member_added',
  'phase_changed',
  'gemeente_changed',
  'coordinator_assigned',
  'coordinator_handed_over',
  'regie_changed',
  'consent_changed',
  'melding_received',
  'tafel_requested',
  'tafel_scheduled',
  'tafel_rescheduled',
  'tafel_cancelled',
  'tafel_opened',
  'tafel_held',
  'decision_recorded',
  'handover_sent',
  'handover_accepted',
  'handover_returned',
  'verslag_adopted',
  'vto_sent',
  'safety_assessment_done',
  'vtt_investigation_started',
  'vtt_investigation_finished',
  'vto_received',
  'investigation_started',
  'investigation_finished',
  'petition_filed',
  'court_order',
  'jeugdbeschermer_assigned',
  'plan_van_aanpak_ready',
  'help_started',
  'measure_extended',
  'plan_adopted',
  'plan_published',
  'plan_answered',
  'measure_ended',
  'case_closed',
] as const;
export type ChainEventType = (typeof CHAIN_EVENT_TYPES)[number];

/** An event that carries nothing beyond its type, time and attribution. */
export type NoDetails = Record<string, never>;

/**
 * The payload of each event type: plain facts and ids, no free case content beyond what the event
 * needs. A `tafelId` of null marks an event from before Tafel (imported history).
 */
export interface ChainEventPayloads {
  case_opened: { gemeente: Gemeente };
  member_added: { kind: MemberKind };
  phase_changed: { from: ChainPhase; to: ChainPhase };
  gemeente_changed: { from: Gemeente; to: Gemeente };
  coordinator_assigned: { coordinatorId: string };
  coordinator_handed_over: { fromCoordinatorId: string | null; toCoordinatorId: string; reason: string };
  regie_changed: { from: RegieMode; to: RegieMode; reason: string };
  /**
   * A child of 16 or older gave (true) or withdrew (false) consent to the parents seeing their part;
   * who recorded it (the child, or the coordinator on their behalf) is the event's actor.
   */
  consent_changed: { memberId: string; sharesWithParents: boolean };
  melding_received: NoDetails;
  /**
   * With the toeleiding audit's facts about the request — whether it holds the parents' reaction,
   * offered a familiegroepsplan and describes the voluntary help tried — never their text;
   * null: not said (imported history). `followsTafelId`: the tafel whose decision asked for this one
   * (the herbespreking of a drang decision, recorded by that tafel's chair); null: a person asked.
   */
  tafel_requested: {
    tafelId: string | null;
    momentType: MomentType | null;
    parentsReaction: boolean | null;
    familiegroepsplanOffered: boolean | null;
    voluntaryHelpDescribed: boolean | null;
    followsTafelId: string | null;
  };
  tafel_scheduled: { tafelId: string; startsAt: string };
  tafel_rescheduled: { tafelId: string; startsAt: string; reason: string | null };
  tafel_cancelled: { tafelId: string; reason: string };
  /** The chair opened the room: the tafel is in session. */
  tafel_opened: { tafelId: string };
  tafel_held: { tafelId: string | null; momentType: MomentType | null };
  decision_recorded: {
    tafelId: string;
    momentType: MomentType;
    decision: Decision;
    childHeard: ChildHeard;
    parentsView: ParentsView;
    /** A parent was at the tafel; null: no parent's attendance recorded. */
    parentsPresent: boolean | null;
    /** The parents were heard: present, through a confidant or in writing; null: not recorded. */
    parentsHeard: boolean | null;
  };
  /** An overdracht was sent (to a GI, or back to a wijkteam); null handover: imported history. */
  handover_sent: {
    giOrganisationId: string | null;
    handoverId: string | null;
    toOrganisationId: string | null;
  };
  /** The receiving organisation accepted the overdracht and assigned its own coordinator. */
  handover_accepted: { handoverId: string; toOrganisationId: string; coordinatorId: string };
  /** The receiving organisation returned the overdracht; the sender keeps regie. */
  handover_returned: { handoverId: string; toOrganisationId: string; reason: string };
  verslag_adopted: { tafelId: string | null };
  vto_sent: { tafelId: string | null };
  /** Veilig Thuis finished its safety assessment. */
  safety_assessment_done: NoDetails;
  /** Veilig Thuis started its own investigation (onderzoek, at most 10 weeks). */
  vtt_investigation_started: NoDetails;
  vtt_investigation_finished: NoDetails;
  /** The RvdK received the verzoek tot onderzoek. */
  vto_received: NoDetails;
  investigation_started: NoDetails;
  /** The raadsonderzoek ended with its advice; null: imported history. */
  investigation_finished: { advice: InvestigationAdvice | null };
  /** The RvdK filed a verzoekschrift with the kinderrechter. */
  petition_filed: { measureType: MeasureType };
  /** The kinderrechter's ruling; null fields: imported history. */
  court_order: {
    measureId: string | null;
    measureType: MeasureType | null;
    startsOn: string | null;
    endsOn: string | null;
    giOrganisationId: string | null;
  };
  jeugdbeschermer_assigned: { jeugdbeschermerId: string | null };
  plan_van_aanpak_ready: NoDetails;
  help_started: NoDetails;
  /** The kinderrechter extended a measure (on the GI's request) to a new end date. */
  measure_extended: { measureId: string; endsOn: string };
  plan_adopted: NoDetails;
  /** A plan version was published (made immutable and visible to the family). */
  plan_published: { versionNumber: number };
  /** A family member answered one section of a published version; the text stays in the plan. */
  plan_answered: { versionNumber: number; section: PlanSection; answer: PlanAnswerKind; memberId: string };
  /** `reason` is free text in imported history, else a MeasureEndReason; `followUp` null: imported. */
  measure_ended: { reason: string; measureId: string | null; followUp: MeasureFollowUp | null };
  case_closed: NoDetails;
}

/** One event type with its own payload: `{ type: 'phase_changed', data: { from, to } }`. */
export type ChainEventBody = {
  [T in ChainEventType]: { type: T; data: ChainEventPayloads[T] };
}[ChainEventType];

/**
 * Who and where an event belongs to, as it was when the event happened: the case's gemeente, the
 * organisation and role of who recorded it, and — for events about a tafel — the organisation type
 * of the requester; the GI the case is with, when it is with one.
 */
export interface ChainEventAttribution {
  gemeente: Gemeente;
  organisationId: string | null;
  actorRole: Role | null;
  requesterType: OrganisationType | null;
  giOrganisationId: string | null;
}

/** An event on a case's timeline, as the API returns it. */
export type ChainEvent = ChainEventBody & {
  id: string;
  occurredAt: string;
  /** Display name of who recorded it; null for the system. */
  actor: string | null;
  attribution: ChainEventAttribution;
  /** The names behind the ids in `data`, resolved for this reader when the timeline is listed. */
  names: ChainEventNames;
};

/**
 * Names of the people and organisations an event's data refers to, by id. A family member reads the
 * organisations but no professional's name (`name: null`) beyond what the timeline already shows.
 */
export interface ChainEventNames {
  people: Readonly<Partial<Record<string, { name: string | null; organisation: string | null }>>>;
  organisations: Readonly<Partial<Record<string, string>>>;
}
