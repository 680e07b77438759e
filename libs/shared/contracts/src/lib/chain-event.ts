/** Every timestamp the ketenmonitor needs is one of these immutable events. */
export const CHAIN_EVENT_TYPES = [
  'case_opened',
  'member_added',
  'phase_changed',
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

export interface ChainEvent {
  id: string;
  type: ChainEventType;
  occurredAt: string;
  actor: string | null;
  /** Plain-language details (no free case content beyond what the event needs). */
  data: Record<string, string | number | boolean | null>;
}
