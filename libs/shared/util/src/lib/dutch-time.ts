/** Tafels happen in the Netherlands: a day rule ("not before the tafel's day", "overdue") counts Dutch days. */
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
  const parts = WALL_CLOCK.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/**
 * The calendar day (yyyy-mm-dd) an instant falls on in Dutch time — "today" for every day rule.
 * Between 00:00 and 01:00 (winter) or 02:00 (summer) Dutch time the UTC day is still yesterday.
 * A date held as UTC midnight keeps its day (Dutch time is always ahead of UTC).
 */
export function dutchDate(instant: Date): string {
  return amsterdamWallClock(instant).date;
}

/** The calendar date (yyyy-mm-dd) `days` after `date`. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The calendar date (yyyy-mm-dd) `years` after `date`; 29 February becomes 28 February, as in PostgreSQL. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y + years, m - 1, d));
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}
