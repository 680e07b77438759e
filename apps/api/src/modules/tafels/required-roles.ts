import { InvitationStatus, TafelRole } from '@tafel/shared/contracts';

/** The chair and the secretary come with the sitting of the chosen slot; nobody adds them by hand. */
const SITTING_ROLES: readonly TafelRole[] = ['chair', 'secretary'];

interface Seat {
  role: TafelRole;
  userId: string | null;
  invitation: InvitationStatus;
}

/** A seat that counts for scheduling: a person with an account who is invited and has not declined. */
export const isBookable = (seat: Seat): boolean =>
  !!seat.userId && seat.invitation !== 'not_invited' && seat.invitation !== 'declined';

/** The required roles that no bookable seat fills yet. */
export function missingRoles(required: readonly TafelRole[], seats: readonly Seat[]): TafelRole[] {
  return required.filter((role) => !seats.some((seat) => seat.role === role && isBookable(seat)));
}

/** What must still be added before the tafel can be booked: the missing roles besides the sitting's. */
export const rolesToAdd = (required: readonly TafelRole[], seats: readonly Seat[]): TafelRole[] =>
  missingRoles(required, seats).filter((role) => !SITTING_ROLES.includes(role));
