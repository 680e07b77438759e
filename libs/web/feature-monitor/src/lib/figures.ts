import { MONITOR_REGION, MetricTable, Norm, Shown, TableCell, TableRow } from '@tafel/shared/contracts';
import { PHASE_LABELS } from '@tafel/web/ui';
import { headlineOf } from './charts/chart-options';

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
