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

export function buildGrid(rows: readonly RawCount[], years: readonly number[], buckets: readonly string[]) {
  const values = new Map<string, number>();
  const breakdowns = new Set(['total', ...buckets.map((b) => `bucket:${b}`)]);
  const add = (k: string, n: number) => values.set(k, (values.get(k) ?? 0) + n);
  for (const r of rows) {
    for (const b of breakdownKeys(r)) {
      breakdowns.add(b);
      for (const area of [r.gemeente, REGION]) {
        for (const t of [monthKey(r.month), quarterKey(r.month), yearKey(r.month)])
          add(cellKey(area, b, t), r.n);
      }
    }
  }
  const months = monthsOfYears(years);
  const times = [...months, ...new Set(months.map(quarterKey)), ...years.map(String)];
  for (const area of AREAS) for (const b of breakdowns) for (const t of times) add(cellKey(area, b, t), 0);

  const equations: Equation[] = [];
  const families = ['bucket:', 'gi:', 'moment:'];
  for (const b of breakdowns) {
    for (const t of times)
      equations.push({ total: cellKey(REGION, b, t), parts: GEMEENTEN.map((g) => cellKey(g, b, t)) });
  }
  const byFamily = families
    .map((f) => [...breakdowns].filter((b) => b.startsWith(f)))
    .filter((parts) => parts.length > 0);
  const monthsOfQuarter = new Map<string, string[]>();
  for (const m of months)
    monthsOfQuarter.set(quarterKey(m), [...(monthsOfQuarter.get(quarterKey(m)) ?? []), m]);
  for (const area of AREAS) {
    for (const t of times) {
      for (const parts of byFamily)
        equations.push({ total: cellKey(area, 'total', t), parts: parts.map((b) => cellKey(area, b, t)) });
    }
    for (const b of breakdowns) {
      for (const y of years) {
        const quarters = [1, 2, 3, 4].map((q) => `${y}-Q${q}`);
        equations.push({
          total: cellKey(area, b, String(y)),
          parts: quarters.map((q) => cellKey(area, b, q)),
        });
        for (const q of quarters) {
          const qm = monthsOfQuarter.get(q) ?? [];
          equations.push({ total: cellKey(area, b, q), parts: qm.map((m) => cellKey(area, b, m)) });
        }
      }
    }
  }
  return { values, equations, breakdowns: [...breakdowns] };
}
