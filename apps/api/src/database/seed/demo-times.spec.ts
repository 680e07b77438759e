import { addDays, amsterdamWallClock, dutchDate, isWorkingDay } from '@tafel/shared/util';
import { HistoryTafel, stepDaysAgo } from './demo-chain';
import { demoFamilies } from './demo-families';
import { amsterdamTime, heldTafelTimes, pastWorkingDay } from './demo-times';

const DAY_MS = 86_400_000;

describe('amsterdamTime', () => {
  it('gives the instant of an Amsterdam wall-clock time, in winter and in summer', () => {
    expect(amsterdamTime('2026-01-15', 9).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(amsterdamTime('2026-07-15', 14, 30).toISOString()).toBe('2026-07-15T12:30:00.000Z');
    expect(amsterdamTime('2026-03-30', 0).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('pastWorkingDay', () => {
  // Thursday 2026-04-09; Easter 2026 is 5 April (Goede Vrijdag 3 April, Tweede Paasdag 6 April).
  const today = new Date('2026-04-09T10:00:00Z');

  it('keeps a working day and moves a weekend or holiday to the working day before it', () => {
    expect(pastWorkingDay(today, 1)).toBe('2026-04-08');
    expect(pastWorkingDay(today, 13)).toBe('2026-03-27'); // Saturday 28 March → Friday
    expect(pastWorkingDay(today, 12)).toBe('2026-03-27'); // Sunday 29 March → Friday
    expect(pastWorkingDay(today, 3)).toBe('2026-04-02'); // Tweede Paasdag → Thursday before Easter
  });

  it('counts from the Dutch date of today, not the UTC one', () => {
    // 23:30 UTC on Thursday 8 April is already Friday 9 April in Amsterdam.
    expect(pastWorkingDay(new Date('2026-04-08T23:30:00Z'), 1)).toBe('2026-04-08');
  });
});

describe('heldTafelTimes', () => {
  const tafel: HistoryTafel = {
    momentType: 'toeleiding',
    decision: 'request_investigation',
    requestedDaysAgo: 20,
    heldDaysAgo: 10,
    verslagDaysAgo: 7,
  };

  it('takes the first of the hours that the chair has free that day', () => {
    const today = new Date('2026-06-18T12:00:00Z');
    const first = heldTafelTimes(today, tafel);
    const second = heldTafelTimes(today, tafel, [first.startsAt]);
    expect(second.startsAt.getTime()).not.toBe(first.startsAt.getTime());
    expect(dutchDate(second.startsAt)).toBe(dutchDate(first.startsAt));
  });

  it('adopts the verslag an hour after the decision when its day is the tafel day', () => {
    // Held Friday 12 June 2026; the verslag's day is the Saturday after, moved back to that Friday.
    const times = heldTafelTimes(new Date('2026-06-18T12:00:00Z'), {
      ...tafel,
      heldDaysAgo: 6,
      verslagDaysAgo: 5,
    });
    expect(dutchDate(times.startsAt)).toBe('2026-06-12');
    expect(times.adoptedAt.getTime() - times.decidedAt.getTime()).toBe(3_600_000);
  });

  it('dates every tafel of the demo histories like a real one, whatever day and hour the seed runs', () => {
    const problems: string[] = [];
    const start = Date.UTC(2026, 0, 1);
    // The histories are the same on every day (only birth dates follow today).
    const families = demoFamilies(100, new Date(start));
    // Every fourth day of more than a year: each weekday, a DST change, and 100 × 105 tafel days in the past.
    for (let d = 0; d < 400; d += 4) {
      // A different hour every day, so that the seed's own clock time never shows.
      const today = new Date(start + d * DAY_MS + ((d * 7) % 24) * 3_600_000 + 42_000);
      for (const family of families) {
        family.history.forEach((step, i) => {
          if (step.kind !== 'tafel') return;
          const { startsAt, endsAt, decidedAt, adoptedAt } = heldTafelTimes(today, step.tafel);
          const local = amsterdamWallClock(startsAt);
          const requestedAt = today.getTime() - step.tafel.requestedDaysAgo * DAY_MS;
          const next = family.history[i + 1];
          const nextDay = next && addDays(dutchDate(today), -stepDaysAgo(next));
          const wrong = [
            !isWorkingDay(new Date(`${local.date}T00:00:00Z`)) && 'not on a working day',
            (local.time < '08:00' || local.time > '17:00') && `starts at ${local.time}`,
            startsAt.getTime() % 60_000 !== 0 && 'not on a whole minute',
            startsAt.getTime() <= requestedAt && 'not after its request',
            !(decidedAt > startsAt && endsAt >= decidedAt) && 'decided before it started',
            !(adoptedAt > decidedAt) && 'verslag adopted before the decision',
            dutchDate(adoptedAt) >= dutchDate(today) && 'verslag adopted today or later',
            nextDay !== undefined && local.date > nextDay && `after the next step (${next.kind})`,
          ].filter(Boolean);
          if (wrong.length) problems.push(`${today.toISOString()} ${family.familyName}: ${wrong.join(', ')}`);
        });
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
