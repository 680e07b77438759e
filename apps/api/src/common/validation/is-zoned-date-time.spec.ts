import { parseZonedDateTime } from './is-zoned-date-time';

describe('parseZonedDateTime', () => {
  it('takes an ISO 8601 date-time with a time zone', () => {
    expect(parseZonedDateTime('2026-03-02T09:00:00+01:00')?.toISOString()).toBe('2026-03-02T08:00:00.000Z');
    expect(parseZonedDateTime('1900-01-01T00:00Z')?.getUTCFullYear()).toBe(1900);
    expect(parseZonedDateTime('2200-12-31T23:59:59.5Z')?.getUTCFullYear()).toBe(2200);
  });

  it.each([
    ['no time zone', '2026-03-02T09:00:00'],
    ['a date that does not exist', '2026-02-30T09:00:00Z'],
    ['the year 0, which the database does not know', '0000-01-01T00:00:00Z'],
    ['a year before 1900', '1899-12-31T23:59:59Z'],
    ['a year after 2200', '2201-01-01T00:00:00Z'],
    ['the year 9999', '9999-12-31T23:59:59Z'],
    ['a number', 20260302],
  ])('refuses %s', (_label, value) => {
    expect(parseZonedDateTime(value)).toBeNull();
  });
});
