import type { ChainEventAttribution, ChainEventBody, TafelStatus } from '@tafel/shared/contracts';

/** A chain event as written: its typed body, when, by whom and its attribution. */
export type RecordedChainEvent = ChainEventBody & {
  id: string;
  occurredAt: string;
  actorId: string | null;
  attribution: ChainEventAttribution;
};

/** What changed about a tafel; subscribers reload what they show. */
export type TafelChange =
  | 'requested'
  | 'participants'
  | 'scheduled'
  | 'rescheduled'
  | 'cancelled'
  | 'rsvp'
  | 'attendance'
  | 'opened'
  | 'decision'
  | 'verslag_adopted'
  | 'verslag_reply'
  | 'agreement';

/** What changed about a case. */
export type CaseChange =
  | 'opened'
  | 'updated'
  | 'member_added'
  | 'consent_changed'
  | 'regie_changed'
  | 'coordinator_changed'
  | 'professional_added'
  | 'professional_removed'
  | 'account_linked';

/**
 * The event map of the domain event bus: every name with its payload. Published only after the
 * transaction that made the change commits (see `Transactions`), so a subscriber never sees a
 * change that was rolled back. Payloads carry ids, not case content.
 */
export interface DomainEvents {
  'chain.recorded': { caseId: string; event: RecordedChainEvent };
  'case.changed': { caseId: string; change: CaseChange };
  'tafel.changed': { tafelId: string; caseId: string; change: TafelChange; status: TafelStatus };
  /** A session ended (logout), or every session of a user (deactivation, a reset second factor). */
  'sessions.ended': { sessionId: string } | { userId: string };
}

export type DomainEventName = keyof DomainEvents;

/** One event waiting for its transaction to commit. */
export type PendingEvent = { [K in DomainEventName]: { name: K; payload: DomainEvents[K] } }[DomainEventName];
