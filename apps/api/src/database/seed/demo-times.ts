import { addDays, amsterdamWallClock, dutchDate, isWorkingDay } from '@tafel/shared/util';
import { HistoryTafel } from './demo-chain';

const HOUR_MS = 3_600_000;

/** The UTC instant at which it is `hour`:`minute` in Amsterdam on the given date (CET or CEST). */
export function amsterdamTime(isoDate: string, hour: number, minute = 0): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  const wanted = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, hour - offset, minute));
    const local = amsterdamWallClock(candidate);
    if (local.date === isoDate && local.time === wanted) return candidate;
  }
  throw new Error(`no Amsterdam time for ${isoDate} ${wanted}`);
}

/**
 * The Dutch working day of a history step `daysAgo` days before today: that day, or — on a weekend or
 * public holiday — the last working day before it (the Friday before a weekend). Never a later day: it
 * stays in the past, and never passes the step that follows it in the history (a VTO received the next
 * day, a hand-over returned the day after).
 */
export function pastWorkingDay(today: Date, daysAgo: number): string {
  let date = addDays(dutchDate(today), -daysAgo);
  while (!isWorkingDay(new Date(`${date}T00:00:00Z`))) date = addDays(date, -1);
  return date;
}

/** The hours at which the demo chair holds a tafel (Amsterdam time): an hour each, mornings and afternoons. */
export const HELD_TAFEL_SLOTS: readonly (readonly [number, number])[] = [
  [9, 0],
  [10, 0],
  [11, 0],
  [13, 30],
  [14, 30],
  [15, 30],
];

/** When the verslag is adopted, when it is not adopted on the tafel's own day. */
const ADOPTED_AT_HOUR = 16;

export interface HeldTafelTimes {
  startsAt: Date;
  /** An hour after the start: the tafel ends with its decision. */
  endsAt: Date;
  decidedAt: Date;
  /** On the history's verslag day (at 16:00), or later on the tafel's day when that is the same day. */
  adoptedAt: Date;
}

/**
 * When a held tafel of the history took place, as a real one does: on a working day at one of the
 * chair's hours (whole minutes, Amsterdam time), the first one of that day not in `taken` (the chair's
 * other tafels), varied by the tafel's day; decided at its end, an hour later; its verslag adopted on
 * the history's verslag day (moved to a working day) or, when that is the tafel's own day, an hour after
 * the decision. Depends on the date of `today` only, not on the hour the seed runs.
 */
export function heldTafelTimes(
  today: Date,
  tafel: HistoryTafel,
  taken: readonly Date[] = [],
): HeldTafelTimes {
  const day = pastWorkingDay(today, tafel.heldDaysAgo);
  const busy = new Set(taken.map((t) => t.getTime()));
  const slot = (i: number) => {
    const [hour, minute] = HELD_TAFEL_SLOTS[(tafel.heldDaysAgo + i) % HELD_TAFEL_SLOTS.length];
    return amsterdamTime(day, hour, minute);
  };
  let startsAt = slot(0);
  for (let i = 1; busy.has(startsAt.getTime()) && i < HELD_TAFEL_SLOTS.length; i++) startsAt = slot(i);
  const decidedAt = new Date(startsAt.getTime() + HOUR_MS);
  const verslagDay = pastWorkingDay(today, tafel.verslagDaysAgo);
  const adoptedAt =
    verslagDay > day ? amsterdamTime(verslagDay, ADOPTED_AT_HOUR) : new Date(decidedAt.getTime() + HOUR_MS);
  return { startsAt, endsAt: decidedAt, decidedAt, adoptedAt };
}
