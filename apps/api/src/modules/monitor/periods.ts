/** Calendar arithmetic of the ketenmonitor: months and weekdays in Dutch time (Europe/Amsterdam). */

const DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
});

const HOUR = 3_600_000;
/** Dutch date and weekday per UTC hour (the offset to Amsterdam only changes on the hour): formatting is slow. */
const byHour = new Map<number, { date: string; weekday: string }>();

function parts(at: Date): { date: string; weekday: string } {
  const hour = Math.floor(at.getTime() / HOUR);
  const known = byHour.get(hour);
  if (known) return known;
  const p = Object.fromEntries(DATE.formatToParts(new Date(hour * HOUR)).map((x) => [x.type, x.value]));
  const found = { date: `${p['year']}-${p['month']}-${p['day']}`, weekday: p['weekday'] ?? '' };
  if (byHour.size > 200_000) byHour.clear();
  byHour.set(hour, found);
  return found;
}

/** The first day of the event's month in Dutch time, as `YYYY-MM-01`. */
export function monthOf(at: Date): string {
  return `${parts(at).date.slice(0, 7)}-01`;
}

const DAY = 86_400_000;
const isWorkday = (at: Date) => !['Sat', 'Sun'].includes(parts(at).weekday);

/** Monday to Friday between the two dates in Dutch time: after the start date, up to and including the end date. */
export function workingDaysBetween(start: Date, end: Date): number {
  const last = parts(end).date;
  let count = 0;
  for (let at = new Date(start.getTime() + DAY); parts(at).date <= last; at = new Date(at.getTime() + DAY)) {
    if (isWorkday(at)) count++;
  }
  return count;
}

/** The moment `n` working days after `start` (same clock time). */
export function addWorkingDays(start: Date, n: number): Date {
  let at = start;
  for (let left = n; left > 0; ) {
    at = new Date(at.getTime() + DAY);
    if (isWorkday(at)) left--;
  }
  return at;
}

/** `n` calendar months after `start` (UTC calendar; the 31st clamps to the month's last day). */
export function addMonths(start: Date, n: number): Date {
  const target = new Date(start.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + n);
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target;
}

export const addDays = (start: Date, n: number) => new Date(start.getTime() + n * DAY);
export const daysBetween = (start: Date, end: Date) =>
  Math.round(((end.getTime() - start.getTime()) / DAY) * 100) / 100;
