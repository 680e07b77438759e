import { addYears, amsterdamWallClock, dutchDate } from './dutch-time';

describe('dutchDate', () => {
  it('is already the next day at 00:30 Dutch winter time (23:30 UTC)', () => {
    expect(dutchDate(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(dutchDate(new Date('2026-12-01T22:59:59Z'))).toBe('2026-12-01');
    expect(dutchDate(new Date('2026-12-01T23:00:00Z'))).toBe('2026-12-02');
  });

  it('is already the next day at 00:30 Dutch summer time (22:30 UTC)', () => {
    expect(dutchDate(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(dutchDate(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
  });

  it('follows the switch to summer time (29 March 2026, 02:00 → 03:00)', () => {
    expect(dutchDate(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
    expect(dutchDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(amsterdamWallClock(new Date('2026-03-29T00:59:00Z')).time).toBe('01:59');
    expect(amsterdamWallClock(new Date('2026-03-29T01:00:00Z')).time).toBe('03:00');
    expect(dutchDate(new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    expect(dutchDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
  });

  it('follows the switch to winter time (25 October 2026, 03:00 → 02:00)', () => {
    expect(dutchDate(new Date('2026-10-24T21:59:00Z'))).toBe('2026-10-24');
    expect(dutchDate(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(amsterdamWallClock(new Date('2026-10-25T00:30:00Z')).time).toBe('02:30');
    expect(amsterdamWallClock(new Date('2026-10-25T01:30:00Z')).time).toBe('02:30');
    expect(dutchDate(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(dutchDate(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('keeps the day of a date held as UTC midnight', () => {
    expect(dutchDate(new Date('2026-12-02T00:00:00Z'))).toBe('2026-12-02');
    expect(dutchDate(new Date('2026-06-30T00:00:00Z'))).toBe('2026-06-30');
  });

  it('is the same day through the whole Dutch day, up to 23:59', () => {
    expect(dutchDate(new Date('2026-12-02T22:59:00Z'))).toBe('2026-12-02');
  });
});

describe('addYears', () => {
  it('keeps the day and month', () => {
    expect(addYears('2026-12-01', 20)).toBe('2046-12-01');
  });

  it('makes 29 February the 28th in a year without it', () => {
    expect(addYears('2024-02-29', 20)).toBe('2044-02-29');
    expect(addYears('2024-02-29', 30)).toBe('2054-02-28');
  });
});
