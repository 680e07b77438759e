import {
  MONITOR_REGION,
  MetricTable,
  Norm,
  SUPPRESSED_COUNT,
  ShownCount,
  ShownMeasure,
  TableCell,
  TableRow,
  WITHHELD,
} from '@tafel/shared/contracts';
import {
  CHILD_HEARD_LABELS,
  DECISION_LABELS,
  END_REASON_LABELS,
  MONITOR_BUCKET_LABELS,
  ORGANISATION_TYPE_LABELS,
  PHASE_LABELS,
  SPAN_BUCKET_LABELS,
} from '@tafel/web/ui';
import { headlineOf } from './charts/chart-options';
import type { DataRow } from './data-table';

/** Reading a suppressed table for the dashboard: which figure to show, in which words. */

export const areaLabel = (area: string) =>
  area === MONITOR_REGION ? $localize`:@@monitor.region:Regio Twente` : area;

/**
 * Every bucket of the metrics in words (docs/metrics.md): the requester's organisation type, the
 * tafel's decision, a chain phase, why a measure ended, how the child was heard, a span against its
 * horizon, a yes/no answer. The code sets share no code.
 */
const BUCKET_LABELS: Readonly<Record<string, string>> = {
  ...ORGANISATION_TYPE_LABELS,
  ...DECISION_LABELS,
  ...PHASE_LABELS,
  ...END_REASON_LABELS,
  ...CHILD_HEARD_LABELS,
  ...SPAN_BUCKET_LABELS,
  ...MONITOR_BUCKET_LABELS,
};

const bucketLabel = (bucket: string) =>
  Object.hasOwn(BUCKET_LABELS, bucket) ? BUCKET_LABELS[bucket] : bucket;

/**
 * A breakdown key as a reader sees it: `bucket:veilig_thuis` → `Veilig Thuis`; a transition between
 * chain phases by their names, so `bucket:signal>toeleiding` → `Signaal → Toeleiding`.
 */
export const partLabel = (breakdown: string) =>
  breakdown
    .replace(/^[a-z]+:/, '')
    .split('>')
    .map(bucketLabel)
    .join(' → ');

/**
 * A period (`2025-12`, `2025-Q4`, `2025`) in the reader's language (the app's LOCALE_ID): a month by
 * its name, short for a column ("dec 2025") or long for a caption ("december 2025"); a quarter as
 * "K4 2025". Intl, as everywhere in the app: Angular's formatDate would add its date machinery to the
 * initial bundle.
 */
export function periodLabel(locale: string, period: string, long = false): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return $localize`:@@monitor.quarterOf:K${quarter[2]}:quarter: ${quarter[1]}:year:`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return period;
  const first = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  const format = { month: long ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' } as const;
  return new Intl.DateTimeFormat(locale, format).format(first);
}

/**
 * A shown figure in the reader's language ("15,5": the API rounds to one decimal): a suppressed count
 * "<5", a withheld measure (share, median, P90) "afgeschermd", "–" when there is none.
 */
export function shownText(locale: string, value: ShownCount | ShownMeasure | undefined, unit = ''): string {
  if (value === undefined) return '–';
  if (value === SUPPRESSED_COUNT) return SUPPRESSED_COUNT;
  if (value === WITHHELD) return $localize`:@@monitor.withheld:afgeschermd`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}${unit}`;
}

/** A row's part, or "Totaal" for the area's total. */
export const partOrTotal = (breakdown: string) =>
  breakdown === 'total' ? $localize`:@@monitor.total:Totaal` : partLabel(breakdown);

export function normText(norm: Norm | null): string {
  if (!norm) return '';
  const unit = {
    days: $localize`:@@monitor.days:dagen`,
    working_days: $localize`:@@monitor.workingDays:werkdagen`,
    months: $localize`:@@monitor.months:maanden`,
  }[norm.kind];
  return `${norm.value} ${unit}`;
}

export const rowOf = (t: MetricTable, area: string, breakdown = 'total'): TableRow | undefined =>
  t.rows.find((r) => r.area === area && r.breakdown === breakdown);

export const lastCell = (row: TableRow | undefined): TableCell | undefined =>
  row?.cells[row.cells.length - 1];

/** The figure of an area's total in the last period, as shown ("<5" stays "<5"). */
export function latest(t: MetricTable, area: string): ShownCount | ShownMeasure | undefined {
  const cell = lastCell(rowOf(t, area));
  return cell ? headlineOf(t, cell) : undefined;
}

/**
 * The share of the last period's finished spans within the norm: a measure, withheld when one of its
 * counts is hidden (it would give that count away).
 */
export function withinNorm(t: MetricTable, area: string): ShownMeasure | undefined {
  if (!t.norm) return undefined;
  const within = lastCell(rowOf(t, area, 'bucket:within'))?.n ?? 0;
  const beyond = lastCell(rowOf(t, area, 'bucket:beyond'))?.n ?? 0;
  if (typeof within !== 'number' || typeof beyond !== 'number') return WITHHELD;
  return within + beyond === 0 ? undefined : Math.round((within / (within + beyond)) * 1000) / 10;
}

/** Column headers, for the tables beside the charts. */
export const columnLabel = {
  area: () => $localize`:@@monitor.area:Gebied`,
  part: () => $localize`:@@monitor.part:Deel`,
  phase: () => $localize`:@@monitor.phase:Fase`,
  figure: () => $localize`:@@monitor.figure:Cijfer`,
  count: () => $localize`:@@monitor.count:Aantal`,
};

/** The areas' totals per period: the headline figure, and for a duration its count and P90 under it. */
export function trendRows(t: MetricTable, locale: string): DataRow[] {
  return t.rows
    .filter((r) => r.breakdown === 'total')
    .map((r) => ({
      key: r.area,
      heads: [areaLabel(r.area)],
      cells: r.cells.map((c) => ({
        value: shownText(locale, headlineOf(t, c)),
        detail:
          t.kind === 'duration'
            ? $localize`:@@monitor.cellDetail:n ${shownText(locale, c.n)}:INTERPOLATION: · P90 ${shownText(locale, c.p90)}:INTERPOLATION_1:`
            : undefined,
      })),
    }));
}

/** Every area's breakdown per period, as counts. */
export function breakdownRows(t: MetricTable, locale: string): DataRow[] {
  return t.rows
    .filter((r) => r.breakdown !== 'total')
    .map((r) => ({
      key: `${r.area}|${r.breakdown}`,
      heads: [areaLabel(r.area), partLabel(r.breakdown)],
      cells: r.cells.map((c) => ({ value: shownText(locale, c.n) })),
    }));
}

/**
 * One area's rows (its total and its parts) as counts: per period (the stock per phase), or with
 * `lastOnly` the last period alone (a step of the flow).
 */
export function areaRows(t: MetricTable, area: string, locale: string, lastOnly = false): DataRow[] {
  return t.rows
    .filter((r) => r.area === area)
    .map((r) => ({
      key: r.breakdown,
      heads: [partOrTotal(r.breakdown)],
      cells: (lastOnly ? [lastCell(r)] : r.cells).map((c) => ({ value: shownText(locale, c?.n) })),
    }));
}

/** The gemeenten (not the region) in the last period, for the table beside the side-by-side chart. */
export function gemeenteRows(t: MetricTable, locale: string): DataRow[] {
  return t.rows
    .filter((r) => r.breakdown === 'total' && r.area !== MONITOR_REGION)
    .map((r) => ({ key: r.area, heads: [r.area], cells: [{ value: shownText(locale, latest(t, r.area)) }] }));
}

/**
 * Why the side-by-side chart has gaps: every gemeente's figure hidden (fewer than 5) or absent, or
 * some of them; null when the chart shows them all.
 */
export function gapsNote(t: MetricTable): string | null {
  const shown = t.rows
    .filter((r) => r.breakdown === 'total' && r.area !== MONITOR_REGION)
    .map((r) => latest(t, r.area));
  const missing = shown.filter((v) => typeof v !== 'number').length;
  if (missing === 0) return null;
  return missing === shown.length
    ? $localize`:@@monitor.gapsAll:Geen staven: bij elke gemeente is het aantal in deze periode kleiner dan 5 of afgeschermd (dan tonen we het niet, zodat geen gezin herkenbaar is) of er is niets gemeten. De tabel hieronder toont "<5", "afgeschermd" of "–".`
    : $localize`:@@monitor.gapsSome:Bij gemeenten zonder staaf is het aantal in deze periode kleiner dan 5 of afgeschermd (dan tonen we het niet, zodat geen gezin herkenbaar is) of is er niets gemeten. De tabel hieronder toont "<5", "afgeschermd" of "–".`;
}
