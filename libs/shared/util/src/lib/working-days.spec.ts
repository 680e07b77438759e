import {
  addWorkingDays,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

const d = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('Dutch public holidays', () => {
  it('computes Easter', () => {
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05');
    expect(easterSunday(2027).toISOString().slice(0, 10)).toBe('2027-03-28');
  });

  it('lists the 2026 holidays, with Koningsdag moved when the 27th is a Sunday', () => {
    const h = dutchPublicHolidays(2026);
    for (const day of [
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]) {
      expect(h.has(day)).toBe(true);
    }
    expect(dutchPublicHolidays(2025).has('2025-04-26')).toBe(true);
    expect(dutchPublicHolidays(2025).has('2025-04-27')).toBe(false);
  });
});

describe('working days', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay(d('2026-11-23'))).toBe(true);
    expect(isWorkingDay(d('2026-11-22'))).toBe(false);
    expect(isWorkingDay(d('2026-12-25'))).toBe(false);
  });

  it('counts working days across a weekend', () => {
    expect(workingDaysBetween(d('2026-11-20'), d('2026-11-23'))).toBe(1);
    expect(workingDaysBetween(d('2026-11-23'), d('2026-12-07'))).toBe(10);
  });

  it('counts across Christmas and New Year', () => {
    expect(workingDaysBetween(d('2026-12-18'), d('2027-01-04'))).toBe(9);
    expect(addWorkingDays(d('2026-12-18'), 10).toISOString().slice(0, 10)).toBe('2027-01-05');
  });

  it('is zero when the end is not later', () => {
    expect(workingDaysBetween(d('2026-11-23'), d('2026-11-23'))).toBe(0);
    expect(workingDaysBetween(d('2026-11-23'), d('2026-11-20'))).toBe(0);
  });
});
