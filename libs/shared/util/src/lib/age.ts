/** Whole years between an ISO birth date (yyyy-mm-dd) and a reference date, in calendar terms. */
export function ageOn(birthDate: string, on: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  const years = on.getUTCFullYear() - y;
  const month = on.getUTCMonth() + 1;
  const hadBirthday = month > m || (month === m && on.getUTCDate() >= d);
  return hadBirthday ? years : years - 1;
}

/** True when the string is a real calendar date in ISO form (rejects 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * ISO date (yyyy-mm-dd) of a Date that holds a calendar date as UTC midnight. For the day of a moment
 * (now, a tafel's start) use `dutchDate`: the UTC day lags the Dutch day around midnight.
 */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
