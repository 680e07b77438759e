import { CLIENT_ROLES, Role, TafelStatus, TafelSummary } from '@tafel/shared/contracts';
import { dutchDate } from '@tafel/shared/util';

/**
 * Whether the live room (/tafels/:id/kamer) is there to go to: `open` while the tafel is in session
 * and on the day it is scheduled (the chair opens it that day, as the API allows), `later` before that
 * day, and null when the tafel is not (or no longer) to be held there.
 */
export function roomEntry(
  tafel: Pick<TafelSummary, 'status' | 'startsAt'>,
  now = new Date(),
): 'open' | 'later' | null {
  if (tafel.status === 'in_session') return 'open';
  if (tafel.status !== 'scheduled' || !tafel.startsAt) return null;
  return dutchDate(now) < dutchDate(new Date(tafel.startsAt)) ? 'later' : 'open';
}

/**
 * Whether the reader has a verslag of the tafel to read (as the API decides it): professionals follow
 * the draft from the decision on (`concluded`), the family reads the verslag once it is adopted. Whose
 * view holds no documents gets none either way (`TafelDetail.documentsWithheld`).
 */
export function hasVerslag(status: TafelStatus, role: Role | undefined): boolean {
  const family = role !== undefined && (CLIENT_ROLES as readonly Role[]).includes(role);
  return status === 'minutes_adopted' || (status === 'concluded' && !family);
}
