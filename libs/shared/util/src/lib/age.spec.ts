import { ageOn, isCalendarDate, toIsoDate } from './age';

describe('ageOn', () => {
  const on = new Date('2026-06-15T10:00:00Z');
  it('counts a birthday that has passed this year', () => expect(ageOn('2012-06-15', on)).toBe(14));
  it('does not count a birthday still to come', () => expect(ageOn('2012-06-16', on)).toBe(13));
  it('handles a leap-day birth date in a non-leap year', () =>
    expect(ageOn('2008-02-29', new Date('2026-02-28T00:00:00Z'))).toBe(17));
});

describe('isCalendarDate', () => {
  it.each(['2023-02-28', '2024-02-29', '2010-12-31'])('accepts %s', (v) =>
    expect(isCalendarDate(v)).toBe(true),
  );
  it.each(['2023-02-30', '2023-13-01', '2023-1-01', 'gisteren', '2023-02-28T00:00:00Z'])('rejects %s', (v) =>
    expect(isCalendarDate(v)).toBe(false),
  );
});

describe('toIsoDate', () => {
  it('formats in UTC', () => expect(toIsoDate(new Date('2026-01-02T23:30:00Z'))).toBe('2026-01-02'));
});
