import fc from 'fast-check';
import { durationStats, mergeAscending } from './durations';
import { percentileCont } from './metric-definitions';

const ascending = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

describe('durations: median and P90 from the months’ ascending durations', () => {
  it('interpolates between the two durations around p × (n − 1), as percentile_cont does', () => {
    // n = 5: the median is the third; the P90 lies at 3.6, between 28 (index 3) and 40 (index 4).
    expect(percentileCont([7, 14, 14, 28, 40], 0.5)).toBe(14);
    expect(percentileCont([7, 14, 14, 28, 40], 0.9)).toBeCloseTo(28 + 0.6 * 12, 10);
    expect(percentileCont([3.5], 0.9)).toBe(3.5);
    expect(percentileCont([1, 2], 0.5)).toBe(1.5);
  });

  it('merges ascending arrays into one ascending array', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }))), (parts) => {
        const merged = Array.from(mergeAscending(parts.map(ascending)));
        expect(merged).toEqual(ascending(parts.flat()));
      }),
    );
  });

  it('gives each gemeente and the region per month, quarter and year the percentiles of all its spans', () => {
    const month = fc.integer({ min: 1, max: 12 }).map((m) => `2024-${String(m).padStart(2, '0')}`);
    const span = fc.record({
      gemeente: fc.constantFrom('Enschede', 'Hengelo', 'Almelo'),
      month,
      duration: fc.integer({ min: 0, max: 40_000 }).map((c) => c / 100),
    });
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 300 }), (spans) => {
        const byMonth = new Map<string, number[]>();
        for (const s of spans)
          byMonth.set(`${s.gemeente}|${s.month}`, [
            ...(byMonth.get(`${s.gemeente}|${s.month}`) ?? []),
            s.duration,
          ]);
        const stats = durationStats(
          [...byMonth].map(([key, durations]) => {
            const [gemeente = '', m = ''] = key.split('|');
            return { gemeente, month: m, durations: ascending(durations) };
          }),
        );
        // Each group straight from the spans: every span in its gemeente's and the region's month, quarter, year.
        const groups = new Map<string, number[]>();
        for (const s of spans) {
          const q = `2024-Q${Math.ceil(Number(s.month.slice(5)) / 3)}`;
          for (const area of [s.gemeente, 'regio'])
            for (const period of [s.month, q, '2024'])
              groups.set(`${area}|${period}`, [...(groups.get(`${area}|${period}`) ?? []), s.duration]);
        }
        expect(new Set(stats.keys())).toEqual(new Set(groups.keys()));
        for (const [key, durations] of groups) {
          const sorted = ascending(durations);
          expect(stats.get(key)).toEqual({
            n: sorted.length,
            median: percentileCont(sorted, 0.5),
            p90: percentileCont(sorted, 0.9),
          });
        }
      }),
    );
  });
});
