import type { ChainPhase, MemberKind, RegieMode } from './case';
import type { Gemeente, OrganisationType } from './organisation';
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
  'melding_received',
  'tafel_requested',
  'tafel_scheduled',
  'tafel_rescheduled',
  'tafel_cancelled',
  'tafel_held',
  'decision_recorded',
  'handover_sent',
  'verslag_adopted',
  'vto_sent',
  'investigation_started',
  'investigation_finished',
  'court_order',
  'jeugdbeschermer_assigned',
  'plan_adopted',
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
  melding_received: NoDetails;
  tafel_requested: { tafelId: string | null; momentType: MomentType | null };
  tafel_scheduled: { tafelId: string; startsAt: string };
  tafel_rescheduled: { tafelId: string; startsAt: string; reason: string | null };
  tafel_cancelled: { tafelId: string; reason: string };
  tafel_held: { tafelId: string | null; momentType: MomentType | null };
  decision_recorded: {
    tafelId: string;
    momentType: MomentType;
    decision: Decision;
    childHeard: ChildHeard;
    parentsView: ParentsView;
  };
  handover_sent: { giOrganisationId: string | null };
  verslag_adopted: { tafelId: string | null };
  vto_sent: { tafelId: string | null };
  investigation_started: NoDetails;
  investigation_finished: NoDetails;
  court_order: NoDetails;
  jeugdbeschermer_assigned: NoDetails;
  plan_adopted: NoDetails;
  measure_ended: { reason: string };
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
};
