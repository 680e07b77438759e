import { MONITOR_REGION, MetricTable, ShownCount, ShownMeasure, TableCell } from '@tafel/shared/contracts';

/** A shown figure as a chart value: a suppressed count ("<5") or withheld measure is a gap, never a guess. */
export const chartValue = (v: ShownCount | ShownMeasure | undefined): number | null =>
  typeof v === 'number' ? v : null;

/** Which figure of a total cell a chart shows: the share for shares, the median for durations, else the count. */
export function headlineOf(
  table: Pick<MetricTable, 'kind'>,
  cell: TableCell,
): ShownCount | ShownMeasure | undefined {
  if (table.kind === 'share' || table.kind === 'cohort_share') return cell.share;
  if (table.kind === 'duration') return cell.median;
  return cell.n;
}

const totals = (table: MetricTable) => table.rows.filter((r) => r.breakdown === 'total');

/** How a chart names its periods, areas and parts, and writes its values, in the reader's language. */
export interface ChartText {
  period: (period: string) => string;
  area: (area: string) => string;
  part: (breakdown: string) => string;
  value: (value: number) => string;
}

/** The tooltip of every chart: its values written as the tables beside it write them. */
const tooltip = (text: ChartText) => ({
  trigger: 'axis',
  valueFormatter: (v: unknown) => (typeof v === 'number' ? text.value(v) : '–'),
});

/** Trend: one line per area over the periods, with aria and decal patterns for colour-blind readers. */
export function trendOptions(table: MetricTable, title: string, text: ChartText) {
  return {
    aria: { enabled: true, label: { description: title }, decal: { show: true } },
    tooltip: tooltip(text),
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: table.periods.map(text.period) },
    yAxis: { type: 'value', minInterval: 1 },
    series: totals(table).map((r) => ({
      name: text.area(r.area),
      type: 'line',
      connectNulls: false,
      data: r.cells.map((c) => chartValue(headlineOf(table, c))),
    })),
  };
}

/** The gemeenten side by side in the last period (the region is left out: it would dwarf them). */
export function sideBySideOptions(table: MetricTable, title: string, text: ChartText) {
  const rows = totals(table).filter((r) => r.area !== MONITOR_REGION);
  return {
    aria: { enabled: true, label: { description: title }, decal: { show: true } },
    tooltip: tooltip(text),
    grid: { left: 120, right: 16, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => r.area) },
    series: [
      {
        type: 'bar',
        data: rows.map((r) =>
          chartValue(headlineOf(table, r.cells[r.cells.length - 1] ?? { period: '', n: '<5' })),
        ),
      },
    ],
  };
}

/**
 * The stock per phase of one area: a stacked bar per period, one colour (and decal) per phase. A
 * hidden count ("<5") is left out of its bar, never guessed.
 */
export function stockOptions(table: MetricTable, area: string, title: string, text: ChartText) {
  const phases = table.rows.filter((r) => r.area === area && r.breakdown !== 'total');
  return {
    aria: { enabled: true, label: { description: title }, decal: { show: true } },
    tooltip: tooltip(text),
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: table.periods.map(text.period) },
    yAxis: { type: 'value', minInterval: 1 },
    series: phases.map((r) => ({
      name: text.part(r.breakdown),
      type: 'bar',
      stack: 'stock',
      data: r.cells.map((c) => chartValue(c.n)),
    })),
  };
}
