import { toIsoDate } from '@tafel/shared/util';
import { beforeTheDay } from './tafels.errors';

/** Attendance and a decision are recorded on the tafel's day or later, never ahead of it. */
export function refuseBeforeTheDay(
  tafel: { startsAt: Date | null },
  now: Date,
  what: 'attendance' | 'decision',
): void {
  if (tafel.startsAt && toIsoDate(now) < toIsoDate(tafel.startsAt)) {
    throw beforeTheDay(
      `The tafel is on ${toIsoDate(tafel.startsAt)}: its ${what} is recorded from that day on`,
    );
  }
}
