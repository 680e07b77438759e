import { MONITOR_REGION, MetricTable, Norm, Shown, TableCell, TableRow } from '@tafel/shared/contracts';
import { PHASE_LABELS } from '@tafel/web/ui';
import { headlineOf } from './charts/chart-options';
import type { DataRow } from './data-table';

/** Reading a suppressed table for the dashboard: which figure to show, in which words. */

export const areaLabel = (area: string) =>
  area === MONITOR_REGION ? $localize`:@@monitor.region:Regio Twente` : area;

const phaseLabel = (part: string) => (PHASE_LABELS as Readonly<Record<string, string>>)[part] ?? part;

/**
 * A breakdown key as a reader sees it: `bucket:vtt` → `vtt`; a chain phase by its Dutch name, so
 * `bucket:signal>toeleiding` → `Signaal → Toeleiding`.
 */
export const partLabel = (breakdown: string) =>
  breakdown
    .replace(/^[a-z]+:/, '')
    .split('>')
    .map(phaseLabel)
    .join(' → ');

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
export function latest(t: MetricTable, area: string): Shown | undefined {
  const cell = lastCell(rowOf(t, area));
  return cell ? headlineOf(t, cell) : undefined;
}

/** The share of the last period's finished spans within the norm, when none of its counts is hidden. */
export function withinNorm(t: MetricTable, area: string): Shown | undefined {
  if (!t.norm) return undefined;
  const within = lastCell(rowOf(t, area, 'bucket:within'))?.n;
  const beyond = lastCell(rowOf(t, area, 'bucket:beyond'))?.n;
  if (typeof within !== 'number' || typeof beyond !== 'number') return '<5';
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
export function trendRows(t: MetricTable): DataRow[] {
  return t.rows
    .filter((r) => r.breakdown === 'total')
    .map((r) => ({
      key: r.area,
      heads: [areaLabel(r.area)],
      cells: r.cells.map((c) => ({
        value: headlineOf(t, c),
        detail:
          t.kind === 'duration'
            ? $localize`:@@monitor.cellDetail:n ${c.n}:INTERPOLATION: · P90 ${c.p90 ?? ''}:INTERPOLATION_1:`
            : undefined,
      })),
    }));
}

/** Every area's breakdown per period, as counts. */
export function breakdownRows(t: MetricTable): DataRow[] {
  return t.rows
    .filter((r) => r.breakdown !== 'total')
    .map((r) => ({
      key: `${r.area}|${r.breakdown}`,
      heads: [areaLabel(r.area), partLabel(r.breakdown)],
      cells: r.cells.map((c) => ({ value: c.n })),
    }));
}

/**
 * One area's rows (its total and its parts) as counts: per period (the stock per phase), or with
 * `lastOnly` the last period alone (a step of the flow).
 */
export function areaRows(t: MetricTable, area: string, lastOnly = false): DataRow[] {
  return t.rows
    .filter((r) => r.area === area)
    .map((r) => ({
      key: r.breakdown,
      heads: [partOrTotal(r.breakdown)],
      cells: lastOnly ? [{ value: lastCell(r)?.n ?? '–' }] : r.cells.map((c) => ({ value: c.n })),
    }));
}

/** The gemeenten (not the region) in the last period, for the table beside the side-by-side chart. */
export function gemeenteRows(t: MetricTable): DataRow[] {
  return t.rows
    .filter((r) => r.breakdown === 'total' && r.area !== MONITOR_REGION)
    .map((r) => ({ key: r.area, heads: [r.area], cells: [{ value: latest(t, r.area) ?? '–' }] }));
}
