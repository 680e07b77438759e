import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid } from '../../common/problem/domain-error';
import { Breakdown, Granularity, MetricTable, TableRow } from '@tafel/shared/contracts';
import { MetricDefinition, bucketsOf, isSpanMetric, metricById } from './metric-definitions';
import { AREAS, REGION, RawCount, buildGrid, cellKey, monthKey, quarterKey, yearKey } from './grid';
import { SUPPRESSED, THRESHOLD, shown, suppress } from './suppression';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface MetricQuery {
  metric: string;
  granularity: Granularity;
  from: string;
  to: string;
  by: Breakdown;
  gemeente?: string;
}

/** The periods a query asks for, in order: months, quarters or years from `from` to `to` (months). */
export function periodsOf(granularity: Granularity, from: string, to: string): string[] {
  if (!MONTH.test(from) || !MONTH.test(to))
    throw invalid([{ name: 'from', reason: 'from and to are months (YYYY-MM)' }]);
  if (from > to) throw invalid([{ name: 'to', reason: 'the period ends before it starts' }]);
  const months: string[] = [];
  for (
    let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5))];
    `${y}-${String(m).padStart(2, '0')}` <= to;

  ) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  if (months.length > 120) throw invalid([{ name: 'from', reason: 'at most ten years at a time' }]);
  const key = granularity === 'month' ? monthKey : granularity === 'quarter' ? quarterKey : yearKey;
  return [...new Set(months.map(key))];
}

const percentile = (sorted: readonly number[], p: number) => {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return Math.round(((sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (i - lo)) * 10) / 10;
};

/** Reads the aggregates, suppresses over the canonical table and cuts the caller's view from it. */
@Injectable()
export class MonitorQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The gemeente of a gemeente auditor; null for a regional auditor (all 14). */
  async scopeOf(user: AuthUser): Promise<string | null> {
    const [row] = await this.db.query<{ gemeente: string | null }[]>(
      'SELECT gemeente FROM organisation WHERE id = $1',
      [user.organisationId],
    );
    return row?.gemeente ?? null;
  }

  metric(id: string): MetricDefinition {
    const found = metricById(id);
    if (!found) throw new DomainError('not_found', `There is no metric ${id}`);
    return found;
  }

  async table(user: AuthUser, q: MetricQuery, now = new Date()): Promise<MetricTable> {
    const metric = this.metric(q.metric);
    const periods = periodsOf(q.granularity, q.from, q.to);
    const scope = await this.scopeOf(user);
    if (q.gemeente && scope && q.gemeente !== scope) {
      throw new DomainError('forbidden', 'An auditor of a gemeente sees that gemeente and the region');
    }
    const areas = q.gemeente ? [q.gemeente, REGION] : scope ? [scope, REGION] : [...AREAS];
    const years = [...new Set(periodsOf('year', `${q.from.slice(0, 4)}-01`, `${q.to.slice(0, 4)}-12`))].map(
      Number,
    );
    const { rows, durations } = await this.read(metric, years, now);
    const { values, equations, breakdowns } = buildGrid(rows, years, bucketsOf(metric));
    const hidden = suppress(values, equations);
    const family = q.by === 'gi' ? 'gi:' : q.by === 'moment_type' ? 'moment:' : 'bucket:';
    const shownBreakdowns = ['total', ...breakdowns.filter((b) => b.startsWith(family))];
    const tableRows: TableRow[] = areas.flatMap((area) =>
      shownBreakdowns.map((breakdown) => ({
        area,
        breakdown,
        cells: periods.map((period) => {
          const k = cellKey(area, breakdown, period);
          const n = values.get(k) ?? 0;
          const cell: TableRow['cells'][number] = { period, n: shown(n, hidden.has(k)) };
          if (breakdown === 'total')
            Object.assign(cell, this.headline(metric, area, period, values, hidden, durations));
          return cell;
        }),
      })),
    );
    return {
      id: metric.id,
      metric: metric.id,
      kind: metric.kind,
      label: metric.label,
      norm: isSpanMetric(metric) && metric.horizonIsNorm ? metric.horizon : null,
      granularity: q.granularity,
      by: q.by,
      periods,
      rows: tableRows,
    };
  }

  /** Share, median and P90 of a total cell, each only when nothing it rests on is hidden. */
  private headline(
    metric: MetricDefinition,
    area: string,
    period: string,
    values: ReadonlyMap<string, number>,
    hidden: ReadonlySet<string>,
    durations: ReadonlyMap<string, number[]>,
  ): Pick<TableRow['cells'][number], 'share' | 'median' | 'p90'> {
    const k = (b: string) => cellKey(area, b, period);
    const out: Pick<TableRow['cells'][number], 'share' | 'median' | 'p90'> = {};
    const numerator = isSpanMetric(metric)
      ? metric.numerator
        ? [metric.numerator]
        : null
      : metric.numerator;
    if (numerator) {
      const denominator = metric.kind === 'cohort_share' ? ['within', 'beyond'] : bucketsOf(metric);
      const cells = [...new Set([...denominator, ...numerator])].map((b) => k(`bucket:${b}`));
      const d = denominator.reduce((s, b) => s + (values.get(k(`bucket:${b}`)) ?? 0), 0);
      const n = numerator.reduce((s, b) => s + (values.get(k(`bucket:${b}`)) ?? 0), 0);
      out.share =
        cells.some((c) => hidden.has(c)) || hidden.has(k('total')) || d === 0
          ? SUPPRESSED
          : Math.round((n / d) * 1000) / 10;
    }
    if (metric.kind === 'duration') {
      const sample = [...(durations.get(`${area}|${period}`) ?? [])].sort((a, b) => a - b);
      const ok = !hidden.has(k('total')) && sample.length >= THRESHOLD;
      out.median = ok ? percentile(sample, 0.5) : SUPPRESSED;
      out.p90 = ok ? percentile(sample, 0.9) : SUPPRESSED;
    }
    return out;
  }

  private async read(metric: MetricDefinition, years: readonly number[], now: Date) {
    const range = [`${Math.min(...years)}-01-01`, `${Math.max(...years)}-12-01`];
    if (!isSpanMetric(metric)) {
      const rows = await this.db.query<RawCount[]>(
        `SELECT gemeente, bucket, gi, moment_type AS "momentType", to_char(month, 'YYYY-MM-DD') AS month, n
           FROM monitor_count WHERE metric = $1 AND month BETWEEN $2 AND $3`,
        [metric.id, ...range],
      );
      return { rows, durations: new Map<string, number[]>() };
    }
    const spans = await this.db.query<(RawCount & { duration: string | null })[]>(
      `SELECT gemeente, gi, moment_type AS "momentType", to_char(month, 'YYYY-MM-DD') AS month, 1 AS n, duration,
              CASE WHEN deadline_at IS NULL THEN (CASE WHEN end_at IS NULL THEN 'pending' ELSE 'ended' END)
                   WHEN end_at IS NULL THEN (CASE WHEN deadline_at <= $4 THEN 'beyond' ELSE 'pending' END)
                   WHEN end_at <= deadline_at THEN 'within' ELSE 'beyond' END AS bucket
         FROM monitor_span WHERE metric = $1 AND month BETWEEN $2 AND $3`,
      [metric.id, ...range, now],
    );
    const durations = new Map<string, number[]>();
    for (const s of spans) {
      if (s.duration === null) continue;
      for (const area of [s.gemeente, REGION]) {
        for (const t of [monthKey(s.month), quarterKey(s.month), yearKey(s.month)]) {
          const key = `${area}|${t}`;
          durations.set(key, [...(durations.get(key) ?? []), Number(s.duration)]);
        }
      }
    }
    return { rows: spans, durations };
  }
}
