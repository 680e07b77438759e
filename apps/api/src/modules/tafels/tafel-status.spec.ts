import { TAFEL_STATUSES, TafelStatus } from '@tafel/shared/contracts';
import {
  HOLDS_SLOT_SQL,
  TAFEL_STATUS_ALLOWS,
  canMoveTafel,
  requireTafelMove,
  tafelAllows,
} from './tafel-status';

/** The whole machine, written out as pairs: anything not listed is refused. */
const MOVES: [TafelStatus, TafelStatus][] = [
  ['requested', 'scheduled'],
  ['requested', 'postponed'],
  ['requested', 'cancelled'],
  ['scheduled', 'scheduled'],
  ['scheduled', 'in_session'],
  ['scheduled', 'concluded'],
  ['scheduled', 'postponed'],
  ['scheduled', 'cancelled'],
  ['in_session', 'concluded'],
  ['in_session', 'postponed'],
  ['concluded', 'minutes_adopted'],
  ['postponed', 'scheduled'],
  ['postponed', 'cancelled'],
];

describe('the tafel status machine', () => {
  const pairs = TAFEL_STATUSES.flatMap((from) => TAFEL_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s is allowed exactly when listed', (from, to) => {
    expect(canMoveTafel(from, to)).toBe(MOVES.some(([f, t]) => f === from && t === to));
  });

  it('ends in cancelled and minutes_adopted', () => {
    for (const to of TAFEL_STATUSES) {
      expect(canMoveTafel('cancelled', to)).toBe(false);
      expect(canMoveTafel('minutes_adopted', to)).toBe(false);
    }
  });

  it("refuses a move with a 409 in the caller's words", () => {
    expect(() => requireTafelMove('concluded', 'cancelled', 'A concluded tafel cannot be cancelled')).toThrow(
      expect.objectContaining({ code: 'invalid_state', detail: 'A concluded tafel cannot be cancelled' }),
    );
    expect(() => requireTafelMove('requested', 'cancelled', 'never')).not.toThrow();
  });

  const EXPECTED_USES: Record<keyof typeof TAFEL_STATUS_ALLOWS, TafelStatus[]> = {
    participants: ['requested', 'scheduled'],
    invitationsOpen: ['requested'],
    attendance: ['scheduled', 'in_session', 'concluded'],
    rsvp: ['scheduled'],
    mail: ['scheduled'],
    awaitsSlot: ['requested', 'postponed'],
    holdsSlot: ['scheduled', 'in_session'],
    onAgenda: ['scheduled', 'in_session', 'concluded', 'minutes_adopted'],
    notes: ['requested', 'scheduled', 'in_session', 'postponed'],
  };

  it.each(Object.entries(EXPECTED_USES))('allows %s in exactly %j', (use, statuses) => {
    for (const status of TAFEL_STATUSES) {
      expect(tafelAllows(status, use as keyof typeof TAFEL_STATUS_ALLOWS)).toBe(statuses.includes(status));
    }
  });

  it('gives the slot index its SQL list', () => {
    expect(HOLDS_SLOT_SQL).toBe("'scheduled', 'in_session'");
  });
});
