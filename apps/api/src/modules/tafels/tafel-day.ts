import { dutchDate } from '@tafel/shared/util';
import { beforeTheDay } from './tafels.errors';

/** Attendance and a decision are recorded on the tafel's day or later, never ahead of it. */
export function refuseBeforeTheDay(
  tafel: { startsAt: Date | null },
  now: Date,
  what: 'attendance' | 'decision',
): void {
  if (tafel.startsAt && dutchDate(now) < dutchDate(tafel.startsAt)) {
    throw beforeTheDay(
      `The tafel is on ${dutchDate(tafel.startsAt)}: its ${what} is recorded from that day on`,
    );
  }
}

/**
 * When a tafel was held, as its timeline tells it: its start, unless that is still to come when the
 * decision is recorded (`decidedAt`); then the moment of the decision.
 */
export function heldAt(tafel: { startsAt: Date | null }, decidedAt: Date): Date {
  return tafel.startsAt && tafel.startsAt < decidedAt ? tafel.startsAt : decidedAt;
}
