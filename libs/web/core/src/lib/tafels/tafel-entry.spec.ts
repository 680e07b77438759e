import { hasVerslag, roomEntry } from './tafel-entry';

describe('roomEntry', () => {
  const now = new Date('2026-11-30T09:30:00Z');

  it('opens the room on the day of a scheduled tafel, also before its hour', () => {
    expect(roomEntry({ status: 'scheduled', startsAt: '2026-11-30T13:00:00Z' }, now)).toBe('open');
  });

  it('says the room opens later for a tafel on another day', () => {
    expect(roomEntry({ status: 'scheduled', startsAt: '2026-12-03T09:00:00Z' }, now)).toBe('later');
  });

  it('counts the Dutch day: at 00:30 in Amsterdam (23:30 UTC) the tafel later that day is today', () => {
    const justAfterMidnight = new Date('2026-12-01T23:30:00Z');
    expect(roomEntry({ status: 'scheduled', startsAt: '2026-12-02T09:00:00Z' }, justAfterMidnight)).toBe(
      'open',
    );
    const lateEvening = new Date('2026-12-01T22:45:00Z');
    expect(roomEntry({ status: 'scheduled', startsAt: '2026-12-01T23:30:00Z' }, lateEvening)).toBe('later');
  });

  it('keeps the room open while the tafel is in session', () => {
    expect(roomEntry({ status: 'in_session', startsAt: '2026-11-29T09:00:00Z' }, now)).toBe('open');
  });

  it.each(['requested', 'postponed', 'cancelled', 'concluded', 'minutes_adopted'] as const)(
    'offers no room for a %s tafel',
    (status) => {
      expect(roomEntry({ status, startsAt: '2026-11-30T13:00:00Z' }, now)).toBeNull();
    },
  );
});

describe('hasVerslag', () => {
  it('gives professionals the draft once the tafel is concluded', () => {
    expect(hasVerslag('concluded', 'chair')).toBe(true);
    expect(hasVerslag('minutes_adopted', 'secretary')).toBe(true);
  });

  it('gives the family the verslag only once it is adopted', () => {
    expect(hasVerslag('concluded', 'parent')).toBe(false);
    expect(hasVerslag('concluded', 'child')).toBe(false);
    expect(hasVerslag('minutes_adopted', 'parent')).toBe(true);
  });

  it.each(['requested', 'scheduled', 'in_session', 'postponed', 'cancelled'] as const)(
    'has none for a %s tafel',
    (status) => {
      expect(hasVerslag(status, 'chair')).toBe(false);
    },
  );
});
