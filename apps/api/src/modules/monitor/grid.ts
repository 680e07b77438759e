import { GEMEENTEN } from '@tafel/shared/contracts';
import { Equation } from './suppression';

/**
 * The canonical table of one metric over whole years: every area (the 14 gemeenten and the region)
 * × every breakdown (total, each bucket, each GI, each moment type) × every month, quarter and year,
 * with the additive relations between them. Suppression runs over this whole table once, so every
 * view cut from it (a gemeente, a period, a breakdown) hides the same cells.
 */
export const REGION = 'regio';
export const AREAS = [...GEMEENTEN, REGION] as const;

export interface RawCount {
  gemeente: string;
  bucket: string;
  gi: string;
  momentType: string;
  month: string;
  n: number;
}

export const monthKey = (month: string) => month.slice(0, 7);
export const quarterKey = (month: string) =>
  `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
export const yearKey = (month: string) => month.slice(0, 4);

export function monthsOfYears(years: readonly number[]): string[] {
  return years.flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`));
}

export const breakdownKeys = (r: Pick<RawCount, 'bucket' | 'gi' | 'momentType'>) => [
  'total',
  `bucket:${r.bucket}`,
  `gi:${r.gi || 'none'}`,
  `moment:${r.momentType || 'none'}`,
];

export const cellKey = (area: string, breakdown: string, time: string) => `${area}|${breakdown}|${time}`;

/**
 * `cellKey` (after `prefix`) made once per cell: a cell is named in its table and in every equation it
 * is in, and one string is hashed once (the suppression of a stock's ten-year table looks its cells up
 * some 400,000 times).
 */
export function cellKeys(prefix = ''): typeof cellKey {
  const made = new Map<string, Map<string, Map<string, string>>>();
  return (area, breakdown, time) => {
    let byBreakdown = made.get(area);
    if (!byBreakdown) made.set(area, (byBreakdown = new Map()));
    let byTime = byBreakdown.get(breakdown);
    if (!byTime) byBreakdown.set(breakdown, (byTime = new Map()));
    let key = byTime.get(time);
    if (key === undefined) byTime.set(time, (key = prefix + cellKey(area, breakdown, time)));
    return key;
  };
}

export function buildGrid(
  rows: readonly RawCount[],
  years: readonly number[],
  buckets: readonly string[],
  key = cellKeys(),
) {
  const given = ['total', ...buckets.map((b) => `bucket:${b}`)];
  const met = new Set(given);
  // Summed per gemeente, breakdown and month first (the rows also differ by the breakdowns not shown
  // beside each other), then each sum added to its month, quarter and year, and to the region's.
  const perMonth = new Map<string, { gemeente: string; breakdown: string; month: string; n: number }>();
  for (const r of rows) {
    for (const b of breakdownKeys(r)) {
      met.add(b);
      const k = `${r.gemeente}|${b}|${r.month}`;
      const found = perMonth.get(k);
      if (found) found.n += r.n;
      else perMonth.set(k, { gemeente: r.gemeente, breakdown: b, month: r.month, n: r.n });
    }
  }
  // The breakdowns in one order whatever the rows' order (the database gives none): the equations and
  // their parts follow it, and so does which cell complementary suppression hides among equals — two
  // reads of the same counts must hide the same cells, or one could be worked out from the other.
  const breakdowns = [...given, ...[...met].filter((b) => !given.includes(b)).sort()];
  const values = new Map<string, number>();
  const add = (k: string, n: number) => values.set(k, (values.get(k) ?? 0) + n);
  for (const { gemeente, breakdown, month, n } of perMonth.values())
    for (const area of [gemeente, REGION])
      for (const t of [monthKey(month), quarterKey(month), yearKey(month)]) add(key(area, breakdown, t), n);
  const months = monthsOfYears(years);
  const times = [...months, ...new Set(months.map(quarterKey)), ...years.map(String)];
  for (const area of AREAS)
    for (const b of breakdowns)
      for (const t of times) {
        const k = key(area, b, t);
        if (!values.has(k)) values.set(k, 0);
      }

  const equations: Equation[] = [];
  const families = ['bucket:', 'gi:', 'moment:'];
  for (const b of breakdowns) {
    for (const t of times)
      equations.push({ total: key(REGION, b, t), parts: GEMEENTEN.map((g) => key(g, b, t)) });
  }
  const byFamily = families
    .map((f) => breakdowns.filter((b) => b.startsWith(f)))
    .filter((parts) => parts.length > 0);
  const monthsOfQuarter = new Map<string, string[]>();
  for (const m of months)
    monthsOfQuarter.set(quarterKey(m), [...(monthsOfQuarter.get(quarterKey(m)) ?? []), m]);
  for (const area of AREAS) {
    for (const t of times) {
      for (const parts of byFamily)
        equations.push({ total: key(area, 'total', t), parts: parts.map((b) => key(area, b, t)) });
    }
    for (const b of breakdowns) {
      for (const y of years) {
        const quarters = [1, 2, 3, 4].map((q) => `${y}-Q${q}`);
        equations.push({
          total: key(area, b, String(y)),
          parts: quarters.map((q) => key(area, b, q)),
        });
        for (const q of quarters) {
          const qm = monthsOfQuarter.get(q) ?? [];
          equations.push({ total: key(area, b, q), parts: qm.map((m) => key(area, b, m)) });
        }
      }
    }
  }
  return { values, equations, breakdowns };
}
