import { heldAt } from './tafel-day';

describe('heldAt', () => {
  const startsAt = new Date('2026-12-01T09:00:00Z');
  const decidedAt = new Date('2026-12-01T10:30:00Z');

  it('is the start when the room opened before it, or was never opened', () => {
    expect(heldAt({ startsAt }, decidedAt, new Date('2026-12-01T08:55:00Z'))).toEqual(startsAt);
    expect(heldAt({ startsAt }, decidedAt)).toEqual(startsAt);
  });

  it('is the opening of the room when the tafel began late', () => {
    const opened = new Date('2026-12-01T09:50:00Z');
    expect(heldAt({ startsAt }, decidedAt, opened)).toEqual(opened);
  });

  it('is never a moment after the decision', () => {
    expect(heldAt({ startsAt: new Date('2026-12-01T11:00:00Z') }, decidedAt)).toEqual(decidedAt);
    expect(heldAt({ startsAt: null }, decidedAt)).toEqual(decidedAt);
  });
});
