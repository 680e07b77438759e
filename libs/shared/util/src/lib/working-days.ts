import { toIsoDate } from './age';
import { dutchDate } from './dutch-time';

/** Easter Sunday (Gregorian, anonymous algorithm) as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/**
 * Dutch public holidays as ISO dates: Nieuwjaarsdag, Goede Vrijdag, Pasen, Koningsdag (26 April when
 * the 27th is a Sunday), Bevrijdingsdag (every year, as the government's own collective agreement has
 * it), Hemelvaartsdag, Pinksteren and Kerstmis.
 */
export function dutchPublicHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const kingsDay = new Date(Date.UTC(year, 3, 27));
  const days = [
    new Date(Date.UTC(year, 0, 1)),
    plusDays(easter, -2),
    easter,
    plusDays(easter, 1),
    kingsDay.getUTCDay() === 0 ? plusDays(kingsDay, -1) : kingsDay,
    new Date(Date.UTC(year, 4, 5)),
    plusDays(easter, 39),
    plusDays(easter, 49),
    plusDays(easter, 50),
    new Date(Date.UTC(year, 11, 25)),
    new Date(Date.UTC(year, 11, 26)),
  ];
  return new Set(days.map(toIsoDate));
}

export function isWorkingDay(date: Date): boolean {
  const day = date.getUTCDay();
  return day !== 0 && day !== 6 && !dutchPublicHolidays(date.getUTCFullYear()).has(toIsoDate(date));
}

/** Working days after the Dutch day of `from` up to and including that of `to`; 0 when `to` is not later. */
export function workingDaysBetween(from: Date, to: Date): number {
  let count = 0;
  const end = dutchDate(to);
  for (
    let d = plusDays(new Date(`${dutchDate(from)}T00:00:00Z`), 1);
    toIsoDate(d) <= end;
    d = plusDays(d, 1)
  ) {
    if (isWorkingDay(d)) count++;
  }
  return count;
}

/** The date (UTC midnight) `n` working days after the Dutch day of `from`. */
export function addWorkingDays(from: Date, n: number): Date {
  let d = new Date(`${dutchDate(from)}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    d = plusDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
