/** Tafels happen in Twente: every date and time is shown and entered in Dutch time. */
export const TIME_ZONE = 'Europe/Amsterdam';

const WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Amsterdam calendar date (yyyy-mm-dd) and wall-clock time (HH:mm) of an instant. */
export function amsterdamWallClock(instant: Date): { date: string; time: string } {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    WALL_CLOCK.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

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

/** The calendar date (yyyy-mm-dd) `days` after `date`. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
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
