import { addDays, amsterdamWallClock, TIME_ZONE } from '@tafel/shared/util';

export { addDays, amsterdamWallClock, TIME_ZONE } from '@tafel/shared/util';

/** The instant at which the Amsterdam wall clock shows `time` (HH:mm) on `date` (yyyy-mm-dd). */
export function amsterdamInstant(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  // Two rounds settle the offset, also on the days the clocks change.
  for (let round = 0; round < 2; round++) {
    const shown = amsterdamWallClock(new Date(guess));
    guess = wanted - (Date.parse(`${shown.date}T${shown.time}:00Z`) - guess);
  }
  return new Date(guess);
}

/** The Monday (yyyy-mm-dd) of the week that holds `date`. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** "dinsdag 14 april 2026, 09:00–10:00" (or "…, 09:00" without an end), in Dutch time, 24-hour clock. */
export function formatSlot(locale: string, startsAt: string, endsAt?: string | null): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  });
  const start = new Date(startsAt);
  return endsAt ? format.formatRange(start, new Date(endsAt)) : format.format(start);
}

/** "09:00–10:00" in Dutch time, on a 24-hour clock in every language. */
export function formatTimeRange(locale: string, startsAt: string, endsAt: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** "14 april 2026" for a calendar date (yyyy-mm-dd) or an instant. */
export function formatDate(locale: string, value: string, weekday = false): string {
  const instant = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale, {
    ...(weekday ? { weekday: 'long' as const } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(instant);
}
