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

const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE } as const;

/** A span that ends on another Dutch day than it starts (across midnight): "30 november 23:00 – 1 december 00:00". */
function acrossDays(locale: string, start: Date, end: Date): string {
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: TIME_ZONE });
  const time = new Intl.DateTimeFormat(locale, CLOCK);
  return `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}

const sameDay = (start: Date, end: Date) => amsterdamWallClock(start).date === amsterdamWallClock(end).date;

/**
 * "dinsdag 14 april 2026, 09:00–10:00" (or "…, 09:00" without an end), in Dutch time, 24-hour clock;
 * a span across midnight reads "30 november 23:00 – 1 december 00:00".
 */
export function formatSlot(locale: string, startsAt: string, endsAt?: string | null): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...CLOCK,
  });
  const start = new Date(startsAt);
  if (!endsAt) return format.format(start);
  const end = new Date(endsAt);
  return sameDay(start, end) ? format.formatRange(start, end) : acrossDays(locale, start, end);
}

/**
 * "09:00–10:00" in Dutch time, on a 24-hour clock in every language (where the day is said around it);
 * a span across midnight names both days: "30 november 23:00 – 1 december 00:00".
 */
export function formatTimeRange(locale: string, startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  return sameDay(start, end)
    ? new Intl.DateTimeFormat(locale, CLOCK).formatRange(start, end)
    : acrossDays(locale, start, end);
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
