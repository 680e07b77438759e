import { SPAN_BUCKETS, SpanBucket } from '@tafel/shared/contracts';
import { DURATION_PERCENTILES, percentileCont } from './metric-definitions';
import { REGION, RawCount, monthKey, quarterKey, yearKey } from './grid';

/** The durations of the ended spans of one gemeente and month (`YYYY-MM`), in ascending order. */
export interface MonthDurations {
  gemeente: string;
  month: string;
  durations: ArrayLike<number>;
}

/** A duration figure of one area and period: how many ended spans, their median and P90. */
export interface DurationStats {
  n: number;
  median: number;
  p90: number;
}

/**
 * A span read's row (`SPAN_ROWS_SQL`): how many spans of one gemeente, GI, moment type and month fall in
 * each bucket, and — for a duration — the durations of the ended ones among them, ascending.
 */
export type SpanRow = Omit<RawCount, 'bucket' | 'n'> &
  Record<SpanBucket, number> & { durations: Uint8Array | null };

/** Durations as `monitor_span_month` keeps them (big-endian doubles, `float8send`) as numbers. */
export function doublesOf(bytes: Uint8Array): Float64Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float64Array(bytes.byteLength >> 3);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat64(i << 3);
  return out;
}

/**
 * The spans of one metric ($1) and months ($2–$3) counted per gemeente, GI, moment type, month and bucket,
 * and when $5 the ended ones' durations: the ended spans as kept in `monitor_span_month` (their bucket and
 * duration no longer change: a few thousand rows a year of one metric at 10M events, instead of grouping
 * its 65,000 spans), and beside them the open spans, grouped from `monitor_span` (partial index), each
 * `beyond` once its deadline has passed at $4 and `pending` before. A cell can so have two rows.
 */
export const SPAN_ROWS_SQL = `SELECT gemeente, gi, moment_type AS "momentType", to_char(month, 'YYYY-MM-DD') AS month,
          within, beyond, 0 AS pending, ended, CASE WHEN $5::boolean THEN durations END AS durations
     FROM monitor_span_month WHERE metric = $1 AND month BETWEEN $2 AND $3
   UNION ALL
   SELECT gemeente, gi, moment_type, to_char(month, 'YYYY-MM-DD'), 0,
          count(*) FILTER (WHERE deadline_at <= $4)::int, count(*) FILTER (WHERE deadline_at IS NULL OR deadline_at > $4)::int,
          0, NULL
     FROM monitor_span WHERE metric = $1 AND month BETWEEN $2 AND $3 AND end_at IS NULL
    GROUP BY month, gemeente, gi, moment_type`;

/** The counts of the span rows, one per bucket a span falls in (as `buildGrid` reads them). */
export const spanCounts = (rows: readonly SpanRow[]): RawCount[] =>
  rows.flatMap(({ gemeente, gi, momentType, month, ...n }) =>
    SPAN_BUCKETS.filter((bucket) => n[bucket] > 0).map((bucket) => ({
      gemeente,
      gi,
      momentType,
      month,
      bucket,
      n: n[bucket],
    })),
  );

/** Each gemeente's months' durations, ascending, from the span rows (each row's merged into its month's). */
export function monthDurations(rows: readonly SpanRow[]): MonthDurations[] {
  const months = new Map<string, { gemeente: string; month: string; parts: Float64Array[] }>();
  for (const r of rows) {
    if (!r.durations) continue;
    const durations = doublesOf(r.durations);
    const month = monthKey(r.month);
    const key = `${r.gemeente}|${month}`;
    const found = months.get(key);
    if (found) found.parts.push(durations);
    else months.set(key, { gemeente: r.gemeente, month, parts: [durations] });
  }
  return [...months.values()].map(({ gemeente, month, parts }) => ({
    gemeente,
    month,
    durations: mergeAscending(parts),
  }));
}

/** Two ascending arrays as one. */
function merge(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

/** Ascending arrays as one ascending array, merged two by two (each value is moved log₂ k times). */
export function mergeAscending(parts: readonly ArrayLike<number>[]): ArrayLike<number> {
  let level = parts;
  while (level.length > 1) {
    const next: ArrayLike<number>[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const [a, b] = [level[i] as ArrayLike<number>, level[i + 1]];
      next.push(b ? merge(a, b) : a);
    }
    level = next;
  }
  return level[0] ?? [];
}

interface Group {
  area: string;
  period: string;
  durations: ArrayLike<number>;
}

/** The groups one level up (`to` names a group's area and period there), each the merge of its parts. */
function rollUp(groups: readonly Group[], to: (g: Group) => [string, string]): Group[] {
  const up = new Map<string, { area: string; period: string; parts: ArrayLike<number>[] }>();
  for (const g of groups) {
    const [area, period] = to(g);
    const key = `${area}|${period}`;
    const found = up.get(key);
    if (found) found.parts.push(g.durations);
    else up.set(key, { area, period, parts: [g.durations] });
  }
  return [...up.values()].map(({ area, period, parts }) => ({
    area,
    period,
    durations: mergeAscending(parts),
  }));
}

/**
 * Median and P90 (`percentileCont`, exact) per area — each gemeente and the region — and month, quarter
 * and year, keyed `area|period`: a gemeente's months merged into its quarters and those into its year,
 * the gemeenten's months into the region's, and those into the region's quarters and year.
 */
export function durationStats(months: readonly MonthDurations[]): Map<string, DurationStats> {
  const own = months.map((m) => ({ area: m.gemeente, period: m.month, durations: m.durations }));
  const quarters = rollUp(own, (g) => [g.area, quarterKey(g.period)]);
  const region = rollUp(own, (g) => [REGION, g.period]);
  const regionQuarters = rollUp(region, (g) => [REGION, quarterKey(g.period)]);
  const groups = [
    ...own,
    ...quarters,
    ...rollUp(quarters, (g) => [g.area, yearKey(g.period)]),
    ...region,
    ...regionQuarters,
    ...rollUp(regionQuarters, (g) => [REGION, yearKey(g.period)]),
  ];
  return new Map(
    groups.map(({ area, period, durations }) => [
      `${area}|${period}`,
      {
        n: durations.length,
        median: percentileCont(durations, DURATION_PERCENTILES.median),
        p90: percentileCont(durations, DURATION_PERCENTILES.p90),
      },
    ]),
  );
}
