import type { Norm } from './metric-definitions';

export type Granularity = 'month' | 'quarter' | 'year';
export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'year'];
export type Breakdown = 'bucket' | 'gi' | 'moment_type';
export const BREAKDOWNS: readonly Breakdown[] = ['bucket', 'gi', 'moment_type'];

export interface MetricQuery {
  metric: string;
  granularity: Granularity;
  from: string;
  to: string;
  by: Breakdown;
  gemeente?: string;
}

type Shown = number | '<5';

/** One figure of the table: a count (or "<5"), and on a total row its share, median and P90. */
export interface TableCell {
  period: string;
  n: Shown;
  share?: Shown;
  median?: Shown;
  p90?: Shown;
}

/** A gemeente (or the region) × a breakdown ("total", "bucket:…", "gi:…", "moment:…"). No person, no case. */
export interface TableRow {
  area: string;
  breakdown: string;
  cells: TableCell[];
}

export interface MetricTable {
  metric: string;
  kind: string;
  label: { nl: string; en: string };
  norm: Norm | null;
  granularity: Granularity;
  by: Breakdown;
  periods: string[];
  rows: TableRow[];
}
