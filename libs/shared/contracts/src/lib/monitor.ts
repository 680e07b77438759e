/** The ketenmonitor's API: aggregates only — no person, no case id, no free case text. */

export const MONITOR_ROUTES = {
  metrics: 'monitor/metrics',
  metric: 'monitor/metrics/:metric',
  metricExport: 'monitor/metrics/:metric/export/:format',
  toeleiding: 'monitor/toeleiding',
  flow: 'monitor/flow',
  duiding: 'monitor/duiding/:period',
  scope: 'monitor/scope',
} as const;

export type Granularity = 'month' | 'quarter' | 'year';
export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'year'];
export type Breakdown = 'bucket' | 'gi' | 'moment_type';
export const BREAKDOWNS: readonly Breakdown[] = ['bucket', 'gi', 'moment_type'];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
/** The months a monitor query may name (YYYY-MM): from January 2000 to December 2100; others are refused. */
export const MONITOR_MONTHS = { first: '2000-01', last: '2100-12' } as const;

/** The area row of the whole region (the 14 gemeenten together). */
export const MONITOR_REGION = 'regio';

/** A legal or regional timer. */
export type Norm =
  | { kind: 'days'; value: number; source: string }
  | { kind: 'working_days'; value: number; source: string }
  | { kind: 'months'; value: number; source: string };

/**
 * The buckets of a span (a duration or a cohort share): ended within the horizon, ended after it (or
 * still open past it), still open within it; without a horizon: ended or still open (pending).
 */
export const SPAN_BUCKETS = ['within', 'beyond', 'pending', 'ended'] as const;
export type SpanBucket = (typeof SPAN_BUCKETS)[number];

export type MetricKind = 'count' | 'share' | 'duration' | 'cohort_share' | 'stock';

export interface MetricSummary {
  id: string;
  kind: MetricKind;
  label: { nl: string; en: string };
  norm: Norm | null;
}

/** How a suppressed count of families is shown. */
export const SUPPRESSED_COUNT = '<5';
/**
 * A count of families as shown: the number, or "<5" when it is suppressed (1–4 families, or a cell
 * from which such a count could be worked out). Only counts are ever "<5".
 */
export type ShownCount = number | typeof SUPPRESSED_COUNT;

/** How a withheld measure is shown. */
export const WITHHELD = 'withheld';
/**
 * A measure as shown — a share in %, a median or P90 in days — : the number, or "withheld" when it
 * rests on 1–4 families (a median or P90 of fewer than 5 ended spans) or would give a suppressed count
 * away (a share whose count is hidden). Never "<5": that would read as a number of days or percent.
 */
export type ShownMeasure = number | typeof WITHHELD;

/** One figure: a count, and on a total row its share (%), median and P90 (absent when there is none). */
export interface TableCell {
  period: string;
  n: ShownCount;
  share?: ShownMeasure;
  median?: ShownMeasure;
  p90?: ShownMeasure;
}

/** A gemeente (or the region) × a breakdown ("total", "bucket:…", "gi:…", "moment:…"). */
export interface TableRow {
  area: string;
  breakdown: string;
  cells: TableCell[];
}

export interface MetricTable extends MetricSummary {
  metric: string;
  granularity: Granularity;
  by: Breakdown;
  periods: string[];
  rows: TableRow[];
}

/** The gemeenten an auditor may choose (besides the region): their own, or all 14 for the region. */
export interface MonitorScope {
  gemeenten: string[];
  regional: boolean;
}

export interface Duiding {
  period: string;
  text: string;
  updatedAt: string | null;
}
