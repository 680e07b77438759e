import {
  addDays,
  amsterdamInstant,
  amsterdamWallClock,
  formatDate,
  formatSlot,
  formatTimeRange,
  mondayOf,
} from './amsterdam-time';

describe('Amsterdam time', () => {
  it('turns Dutch wall-clock time into the right instant in winter and in summer', () => {
    expect(amsterdamInstant('2026-01-13', '09:00').toISOString()).toBe('2026-01-13T08:00:00.000Z');
    expect(amsterdamInstant('2026-04-14', '09:30').toISOString()).toBe('2026-04-14T07:30:00.000Z');
    // The night the clocks go forward (29 March 2026, 02:00 → 03:00).
    expect(amsterdamInstant('2026-03-29', '12:00').toISOString()).toBe('2026-03-29T10:00:00.000Z');
  });

  it('reads the Dutch date and time of an instant', () => {
    expect(amsterdamWallClock(new Date('2026-04-13T22:30:00Z'))).toEqual({
      date: '2026-04-14',
      time: '00:30',
    });
  });

  it('finds the Monday of a week and counts days', () => {
    expect(mondayOf('2026-04-16')).toBe('2026-04-13');
    expect(mondayOf('2026-04-13')).toBe('2026-04-13');
    expect(mondayOf('2026-04-19')).toBe('2026-04-13');
    expect(addDays('2026-04-13', 7)).toBe('2026-04-20');
  });

  it('writes a sitting across midnight with both days, not as two numeric dates', () => {
    const [start, end] = ['2026-11-30T22:00:00Z', '2026-11-30T23:00:00Z'];
    expect(formatTimeRange('nl', start, end)).toBe('30 november 23:00 – 1 december 00:00');
    expect(formatSlot('nl', start, end)).toBe('30 november 23:00 – 1 december 00:00');
    expect(formatTimeRange('en-GB', start, end)).toBe('30 November 23:00 – 1 December 00:00');
    // One Dutch day, although the UTC days differ: one date, two times.
    expect(formatSlot('nl', '2026-11-30T22:30:00Z', '2026-11-30T22:50:00Z')).toBe(
      'maandag 30 november 2026, 23:30–23:50',
    );
    expect(formatTimeRange('nl', '2026-11-30T23:10:00Z', '2026-12-01T00:10:00Z')).toBe('00:10–01:10');
  });

  it('writes slots and dates in Dutch', () => {
    expect(formatSlot('nl', '2026-04-14T07:00:00Z', '2026-04-14T08:00:00Z')).toBe(
      'dinsdag 14 april 2026, 09:00–10:00',
    );
    expect(formatTimeRange('nl', '2026-04-14T07:00:00Z', '2026-04-14T08:00:00Z')).toBe('09:00–10:00');
    expect(formatDate('nl', '2026-04-14')).toBe('14 april 2026');
    expect(formatDate('nl', '2026-04-14', true)).toBe('dinsdag 14 april 2026');
  });

  it('keeps the 24-hour clock in English too (no AM/PM)', () => {
    expect(formatTimeRange('en-US', '2026-04-14T12:00:00Z', '2026-04-14T13:00:00Z')).toMatch(
      /^14:00\s?–\s?15:00$/,
    );
    expect(formatSlot('en-US', '2026-04-14T12:00:00Z')).not.toMatch(/AM|PM/);
  });
});
