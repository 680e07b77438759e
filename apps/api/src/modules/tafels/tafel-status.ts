import type { TafelStatus } from '@tafel/shared/contracts';
import { invalidState } from './tafels.errors';

/**
 * The tafel's status machine, in one table: from each status, the statuses it may move to.
 * `requested → scheduled → in_session → concluded → minutes_adopted`; a scheduled tafel can be
 * moved (`scheduled → scheduled`), postponed or cancelled; a postponed one is scheduled again or
 * cancelled. `cancelled` and `minutes_adopted` are final.
 */
export const TAFEL_STATUS_TRANSITIONS: Readonly<Record<TafelStatus, readonly TafelStatus[]>> = {
  requested: ['scheduled', 'postponed', 'cancelled'],
  scheduled: ['scheduled', 'in_session', 'concluded', 'postponed', 'cancelled'],
  in_session: ['concluded', 'postponed'],
  concluded: ['minutes_adopted'],
  minutes_adopted: [],
  postponed: ['scheduled', 'cancelled'],
  cancelled: [],
};

/** What a tafel takes in which status, besides moving: the other status checks, in one place too. */
export const TAFEL_STATUS_ALLOWS = {
  /** Participants can still be added. */
  participants: ['requested', 'scheduled'],
  /** Invitations are not yet fixed: a parent can still be left out, with a reason. */
  invitationsOpen: ['requested'],
  /** Attendance can be recorded. */
  attendance: ['scheduled', 'in_session', 'concluded'],
  /** Participants answer the invitation. */
  rsvp: ['scheduled'],
  /** The invitation and the reminder go out. */
  mail: ['scheduled'],
  /** The live notes can be written; from `concluded` on they are the draft verslag, and frozen. */
  notes: ['requested', 'scheduled', 'in_session', 'postponed'],
  /** Waits for a slot: requested or postponed, the regie holder schedules it ("Mijn gezinnen"). */
  awaitsSlot: ['requested', 'postponed'],
  /** The tafel holds its slot of a sitting (and its bookings). */
  holdsSlot: ['scheduled', 'in_session'],
  /** The agenda shows the tafel in its slot: while it holds it, and once it was held. */
  onAgenda: ['scheduled', 'in_session', 'concluded', 'minutes_adopted'],
} as const satisfies Record<string, readonly TafelStatus[]>;

export type TafelStatusUse = keyof typeof TAFEL_STATUS_ALLOWS;

export function canMoveTafel(from: TafelStatus, to: TafelStatus): boolean {
  return TAFEL_STATUS_TRANSITIONS[from].includes(to);
}

export function tafelAllows(status: TafelStatus, use: TafelStatusUse): boolean {
  return (TAFEL_STATUS_ALLOWS[use] as readonly TafelStatus[]).includes(status);
}

/** Refuses (409) a move the table does not allow, with the caller's words for it. */
export function requireTafelMove(from: TafelStatus, to: TafelStatus, refusal: string): void {
  if (!canMoveTafel(from, to)) throw invalidState(refusal);
}

/** Refuses (409) a use the status does not allow. */
export function requireTafelAllows(status: TafelStatus, use: TafelStatusUse, refusal: string): void {
  if (!tafelAllows(status, use)) throw invalidState(refusal);
}

/** SQL list of the statuses that hold a slot, for the partial unique index `uq_tafel_slot`. */
export const HOLDS_SLOT_SQL = TAFEL_STATUS_ALLOWS.holdsSlot.map((s) => `'${s}'`).join(', ');
