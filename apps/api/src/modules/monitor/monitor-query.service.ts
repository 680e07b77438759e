import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError, invalid } from '../../common/problem/domain-error';
import { Breakdown, Granularity, MetricTable, TableRow, WITHHELD } from '@tafel/shared/contracts';
import {
  MetricDefinition,
  STOCK_METRICS,
  StockMetric,
  bucketsOf,
  isSpanMetric,
  isStockMetric,
  tableKeyOf,
} from './metric-definitions';
import {
  AREAS,
  REGION,
  RawCount,
  SuppressedCells,
  buildGrid,
  cellAt,
  cellsOf,
  monthKey,
  quarterKey,
  yearKey,
} from './grid';
import { MonitorCache } from './monitor-cache';
import { MonitorMetrics } from './monitor-metrics';
import { MONTH } from './monitor.dto';
import { THRESHOLD, shownCount, suppress } from './suppression';
import { StockSuppressor } from './stock-suppressor';
import {
  DurationStats,
  SPAN_ROWS_SQL,
  SpanRow,
  durationStats,
  monthDurations,
  spanCounts,
} from './durations';

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
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - 1;
  if (index(to) - index(from) >= 120)
    throw invalid([{ name: 'from', reason: 'at most ten years at a time' }]);
  const months = Array.from({ length: index(to) - index(from) + 1 }, (_, i) => {
    const n = index(from) + i;
    return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
  const key = granularity === 'month' ? monthKey : granularity === 'quarter' ? quarterKey : yearKey;
  return [...new Set(months.map(key))];
}

/** One metric's canonical table over whole years, suppressed (what the cache keeps). */
interface SuppressedTable {
  cells: SuppressedCells;
  durations: ReadonlyMap<string, DurationStats>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Median and P90 of the ended spans per area and month, quarter and year, to one decimal: each gemeente's
 * months' durations merged into the quarters, years and the region (`durationStats`).
 */
function durationsOf(rows: readonly SpanRow[]): Map<string, DurationStats> {
  const stats = durationStats(monthDurations(rows));
  for (const s of stats.values()) [s.median, s.p90] = [round1(s.median), round1(s.p90)];
  return stats;
}
/** Lets the event loop serve other requests between the steps of computing a table (durations, grid, suppression). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads the aggregates, suppresses over the canonical table and cuts the caller's view from it. */
@Injectable()
export class MonitorQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: MonitorCache,
    private readonly metrics: MonitorMetrics,
    private readonly suppressor: StockSuppressor,
  ) {}

  /** The gemeente of a gemeente auditor; null for a regional auditor (all 14). */
  async scopeOf(user: AuthUser): Promise<string | null> {
    const [row] = await this.db.query<{ gemeente: string | null }[]>(
      'SELECT gemeente FROM organisation WHERE id = $1',
      [user.organisationId],
    );
    return row?.gemeente ?? null;
  }

  async table(user: AuthUser, q: MetricQuery, now = new Date()): Promise<MetricTable> {
    const metric = this.metrics.byId(q.metric);
    const periods = periodsOf(q.granularity, q.from, q.to);
    const scope = await this.scopeOf(user);
    if (q.gemeente && scope && q.gemeente !== scope) {
      throw new DomainError('forbidden', 'An auditor of a gemeente sees that gemeente and the region');
    }
    const areas = q.gemeente ? [q.gemeente, REGION] : scope ? [scope, REGION] : [...AREAS];
    const years = await this.yearsOf(metric, Number(q.from.slice(0, 4)), Number(q.to.slice(0, 4)));
    const tables = await this.kept(metric, years, now);
    const found = tables.get(metric.id);
    if (!found) throw new Error(`No suppressed table of ${metric.id}`);
    const { cells, durations } = found;
    const family = q.by === 'gi' ? 'gi:' : q.by === 'moment_type' ? 'moment:' : 'bucket:';
    const shownBreakdowns = ['total', ...cells.breakdowns.filter((b) => b.startsWith(family))];
    const tableRows: TableRow[] = areas.flatMap((area) =>
      shownBreakdowns.map((breakdown) => ({
        area,
        breakdown,
        cells: periods.map((period) => {
          const { n, hidden } = cellAt(cells, area, breakdown, period);
          const cell: TableRow['cells'][number] = { period, n: shownCount(n, hidden) };
          if (breakdown === 'total')
            Object.assign(cell, this.headline(metric, area, period, cells, durations));
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

  /**
   * One metric's suppressed tables of these whole years, from the cache. A stock and its flow are one
   * suppressed pair, kept under the stock's id. Only spans depend on the clock (an open span passes its
   * deadline), so only their key carries the hour.
   */
  private kept(
    metric: MetricDefinition,
    years: readonly number[],
    now: Date,
    keep = false,
  ): Promise<Map<string, SuppressedTable>> {
    const clock = isSpanMetric(metric) ? `|${now.toISOString().slice(0, 13)}` : '';
    return this.cache.get(
      tableKeyOf(metric.id),
      `${years.join(',')}${clock}`,
      () => this.suppressed(metric, years, now),
      Date.now(),
      keep,
    );
  }

  /**
   * Computes the stock's tables (the slowest to compute: every year with moves) of the current year and
   * keeps them for good, so the first reader after a start does not wait for them. Called by the
   * serving API once it listens.
   */
  async warm(now = new Date()): Promise<void> {
    const year = now.getUTCFullYear();
    for (const stock of STOCK_METRICS)
      await this.kept(stock, await this.yearsOf(stock, year, year), now, true);
  }

  /**
   * The whole years of the canonical table a view is cut from: the years asked; for a stock (and its
   * flow) every year from its first to its last move as well, because each month's stock is tied to
   * the month before — a table of fewer years would leave its first January untied and hide other cells.
   */
  private async yearsOf(metric: MetricDefinition, first: number, last: number): Promise<number[]> {
    const stock = STOCK_METRICS.find((m) => m.id === tableKeyOf(metric.id));
    if (stock) {
      const [span] = await this.db.query<{ first: number | null; last: number | null }[]>(
        `SELECT extract(year FROM min(month))::int AS first, extract(year FROM max(month))::int AS last
           FROM monitor_count WHERE metric = $1`,
        [stock.id],
      );
      first = Math.min(first, span?.first ?? first);
      last = Math.max(last, span?.last ?? last);
    }
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }

  /**
   * Share, median and P90 of a total cell: measures, not counts, so never "<5". A share is withheld when
   * a count it rests on is hidden (it would give that count away), absent without a denominator; a median
   * and P90 are shown for a group of at least 5 ended spans, withheld for 1–4, absent for none.
   */
  private headline(
    metric: MetricDefinition,
    area: string,
    period: string,
    cells: SuppressedCells,
    durations: ReadonlyMap<string, DurationStats>,
  ): Pick<TableRow['cells'][number], 'share' | 'median' | 'p90'> {
    const at = (b: string) => cellAt(cells, area, b, period);
    const out: Pick<TableRow['cells'][number], 'share' | 'median' | 'p90'> = {};
    const numerator = isSpanMetric(metric)
      ? metric.numerator
        ? [metric.numerator]
        : null
      : isStockMetric(metric)
        ? null
        : metric.numerator;
    if (numerator) {
      const denominator = metric.kind === 'cohort_share' ? ['within', 'beyond'] : bucketsOf(metric);
      const restsOn = [...new Set([...denominator, ...numerator])].map((b) => at(`bucket:${b}`));
      const d = denominator.reduce((s, b) => s + at(`bucket:${b}`).n, 0);
      const n = numerator.reduce((s, b) => s + at(`bucket:${b}`).n, 0);
      if (restsOn.some((c) => c.hidden)) out.share = WITHHELD;
      else if (d > 0) out.share = Math.round((n / d) * 1000) / 10;
    }
    const stats = metric.kind === 'duration' ? durations.get(`${area}|${period}`) : undefined;
    if (stats && stats.n > 0) {
      const ok = stats.n >= THRESHOLD;
      out.median = ok ? stats.median : WITHHELD;
      out.p90 = ok ? stats.p90 : WITHHELD;
    }
    return out;
  }

  /** Reads one metric's aggregates of whole years and suppresses its canonical table. */
  private async suppressed(
    metric: MetricDefinition,
    years: readonly number[],
    now: Date,
  ): Promise<Map<string, SuppressedTable>> {
    const range = [`${Math.min(...years)}-01-01`, `${Math.max(...years)}-12-01`];
    const stock = STOCK_METRICS.find((m) => m.id === metric.id || m.flow === metric.id);
    if (stock) return this.withStock(stock, years, range);
    // A span metric's counts and durations are one read (`SPAN_ROWS_SQL`).
    const spans = isSpanMetric(metric)
      ? await this.db.query<SpanRow[]>(SPAN_ROWS_SQL, [metric.id, ...range, now, metric.kind === 'duration'])
      : null;
    const rows = spans
      ? spanCounts(spans)
      : await this.db.query<RawCount[]>(
          `SELECT gemeente, bucket, gi, moment_type AS "momentType", to_char(month, 'YYYY-MM-DD') AS month, n
           FROM monitor_count WHERE metric = $1 AND month BETWEEN $2 AND $3`,
          [metric.id, ...range],
        );
    const durations =
      spans && metric.kind === 'duration' ? durationsOf(spans) : new Map<string, DurationStats>();
    if (spans) await turn();
    const { table, values, equations } = buildGrid(rows, years, bucketsOf(metric));
    await turn();
    return new Map([[metric.id, { cells: cellsOf(table, values, suppress(values, equations)), durations }]]);
  }

  /**
   * A stock and its flow, suppressed as one table (a month's stock minus the month before is the flow's
   * moves of that month) in the worker thread; returns both tables.
   */
  private async withStock(
    stock: StockMetric,
    years: readonly number[],
    range: readonly string[],
  ): Promise<Map<string, SuppressedTable>> {
    // Each read as one text (`StockReads`): no rows made here, one string each for the worker. The months
    // as the date's own text (DateStyle ISO, which the driver's date parsing relies on as well): a
    // `to_char` of each count's month was half of the flow's read at 10M (12 of 25 ms). The moves are
    // summed in the worker (grouping them here by gemeente, phase and month took 13 ms, reading them 7).
    const [[flow], [moves]] = await Promise.all([
      this.db.query<{ text: string | null }[]>(
        `SELECT string_agg(concat_ws(E'\\t', gemeente, bucket, gi, moment_type, month, n), E'\\n') AS text
         FROM monitor_count WHERE metric = $1 AND month BETWEEN $2 AND $3`,
        [stock.flow, ...range],
      ),
      this.db.query<{ text: string | null }[]>(
        `SELECT string_agg(concat_ws(E'\\t', gemeente, bucket, CASE WHEN month < $2 THEN '' ELSE month::text END, n), E'\\n') AS text
         FROM monitor_count WHERE metric = $1 AND month <= $3`,
        [stock.id, ...range],
      ),
    ]);
    const { flow: flowCells, stock: own } = await this.suppressor.run({
      stock: stock.id,
      flow: flow?.text ?? '',
      moves: moves?.text ?? '',
      years,
    });
    return new Map([
      [stock.flow, { cells: flowCells, durations: new Map() }],
      [stock.id, { cells: own, durations: new Map() }],
    ]);
  }
}
