import { weekStart } from './agenda-week';

describe('weekStart', () => {
  it('opens on the Monday of the week in the URL', () => {
    expect(weekStart('2026-04-16', '2026-04-01')).toBe('2026-04-13');
  });

  it('opens on this week on a working day, and on the coming week on a Saturday or Sunday', () => {
    expect(weekStart(null, '2026-04-17')).toBe('2026-04-13');
    expect(weekStart(null, '2026-04-18')).toBe('2026-04-20');
    expect(weekStart(null, '2026-04-19')).toBe('2026-04-20');
  });

  it('ignores a week parameter that is no date', () => {
    expect(weekStart('morgen', '2026-04-15')).toBe('2026-04-13');
  });
});
