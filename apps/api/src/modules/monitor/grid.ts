import { GEMEENTEN } from '@tafel/shared/contracts';
import { Equations } from './suppression';

/**
 * The canonical table of one metric over whole years: every area (the 14 gemeenten and the region)
 * × every breakdown (total, each bucket, each GI, each moment type) × every month, quarter and year,
 * with the additive relations between them. Suppression runs over this whole table once, so every
 * view cut from it (a gemeente, a period, a breakdown) hides the same cells.
 *
 * Its cells are numbers (area, breakdown and time by index; `CellTable`), and so are its equations: a
 * stock's ten-year table has some 70,000 cells in 56,000 equations, and naming each by a string cost
 * most of its time. Only a view cut from it names cells (`cellAt`).
 */
export const REGION = 'regio';
export const AREAS = [...GEMEENTEN, REGION] as const;
/** The region's area number (the gemeenten are 0–13, in the order of `GEMEENTEN`). */
export const REGION_AREA = GEMEENTEN.length;
const AREA_NUMBER = new Map<string, number>(AREAS.map((a, i) => [a, i]));
/** A gemeente's area number; undefined for anything else. */
export const gemeenteNumber = (g: string): number | undefined => {
  const a = AREA_NUMBER.get(g);
  return a === REGION_AREA ? undefined : a;
};

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

/**
 * The times of a table of consecutive whole years, by number: its months first (month `i` of the
 * table), then its quarters, then its years.
 */
export class Times {
  readonly months: number;
  readonly count: number;
  constructor(readonly years: readonly number[]) {
    this.months = years.length * 12;
    this.count = years.length * 17;
  }
  quarterOf(month: number): number {
    return this.months + Math.floor(month / 3);
  }
  yearOf(month: number): number {
    return this.months + this.years.length * 4 + Math.floor(month / 12);
  }
  /** The table's month of a date or month ('YYYY-MM…'); -1 outside its years. */
  monthOf(date: string): number {
    const m = (Number(date.slice(0, 4)) - (this.years[0] ?? 0)) * 12 + Number(date.slice(5, 7)) - 1;
    return m >= 0 && m < this.months ? m : -1;
  }
  /** The number of a month ('YYYY-MM'), quarter ('YYYY-Qn') or year ('YYYY'); -1 outside the years. */
  of(time: string): number {
    const y = Number(time.slice(0, 4)) - (this.years[0] ?? 0);
    if (y < 0 || y >= this.years.length) return -1;
    if (time.length === 4) return this.yearOf(y * 12);
    return time[5] === 'Q' ? this.quarterOf(y * 12 + (Number(time[6]) - 1) * 3) : this.monthOf(time);
  }
}

/**
 * One metric's canonical table as numbers: cell (area, breakdown, time) is `index` (area × breakdowns +
 * breakdown) × times + time in the table, and `first` + that among several tables numbered together.
 */
export class CellTable {
  readonly times: Times;
  readonly size: number;
  constructor(
    readonly breakdowns: readonly string[],
    years: readonly number[],
    readonly first = 0,
  ) {
    this.times = new Times(years);
    this.size = AREAS.length * breakdowns.length * this.times.count;
  }
  index(area: number, breakdown: number, time: number): number {
    return (area * this.breakdowns.length + breakdown) * this.times.count + time;
  }
  cell(area: number, breakdown: number, time: number): number {
    return this.first + this.index(area, breakdown, time);
  }
}

/** What a suppressed table is as data (sent between threads): its values and hidden cells by number. */
export interface SuppressedCells {
  breakdowns: readonly string[];
  years: readonly number[];
  values: Int32Array;
  /** 1 for a hidden cell. */
  hidden: Uint8Array;
}

/** A cell of a suppressed table by its names: its value (0 when the table has no such cell) and whether it is hidden. */
export function cellAt(
  t: SuppressedCells,
  area: string,
  breakdown: string,
  time: string,
): { n: number; hidden: boolean } {
  const table = new CellTable(t.breakdowns, t.years);
  const [a, b, at] = [AREA_NUMBER.get(area), t.breakdowns.indexOf(breakdown), table.times.of(time)];
  if (a === undefined || b < 0 || at < 0) return { n: 0, hidden: false };
  const c = table.index(a, b, at);
  return { n: t.values[c] as number, hidden: t.hidden[c] === 1 };
}

/** A table's suppressed cells: its values, and its part of the hidden cells of the tables numbered together. */
export const cellsOf = (table: CellTable, values: Int32Array, hidden: Uint8Array): SuppressedCells => ({
  breakdowns: table.breakdowns,
  years: table.times.years,
  values,
  hidden: hidden.slice(table.first, table.first + table.size),
});

const FAMILIES = ['bucket:', 'gi:', 'moment:'] as const;

/**
 * A count metric's table: `rows` summed into every area, breakdown and time (`values`, by cell), and its
 * equations added to `equations`. A row of another gemeente counts in the region only; a row outside the
 * years in none.
 */
export function buildGrid(
  rows: readonly RawCount[],
  years: readonly number[],
  buckets: readonly string[],
  equations = new Equations(),
) {
  // The breakdowns in one order whatever the rows' order (the database gives none): the equations and
  // their parts follow it, and so does which cell complementary suppression hides among equals — two
  // reads of the same counts must hide the same cells, or one could be worked out from the other.
  const given = ['total', ...buckets.map((b) => `bucket:${b}`)];
  const met = { bucket: new Set<string>(), gi: new Set<string>(), moment: new Set<string>() };
  for (const r of rows) {
    met.bucket.add(r.bucket);
    met.gi.add(r.gi);
    met.moment.add(r.momentType);
  }
  const named = {
    bucket: new Map([...met.bucket].map((v) => [v, `bucket:${v}`])),
    gi: new Map([...met.gi].map((v) => [v, `gi:${v || 'none'}`])),
    moment: new Map([...met.moment].map((v) => [v, `moment:${v || 'none'}`])),
  };
  const all = new Set([...named.bucket.values(), ...named.gi.values(), ...named.moment.values()]);
  const breakdowns = [...given, ...[...all].filter((b) => !given.includes(b)).sort()];
  const number = new Map(breakdowns.map((b, i) => [b, i]));
  const numbers = (m: Map<string, string>) => new Map([...m].map(([v, b]) => [v, number.get(b) as number]));
  const [bucketOf, giOf, momentOf] = [numbers(named.bucket), numbers(named.gi), numbers(named.moment)];
  const table = new CellTable(breakdowns, years);
  const { times } = table;
  const values = new Int32Array(table.size);
  const add = (area: number, b: number, m: number, n: number) => {
    values[table.index(area, b, m)] += n;
    values[table.index(area, b, times.quarterOf(m))] += n;
    values[table.index(area, b, times.yearOf(m))] += n;
  };
  for (const r of rows) {
    const m = times.monthOf(r.month);
    if (m < 0) continue;
    const g = gemeenteNumber(r.gemeente);
    for (const b of [0, bucketOf.get(r.bucket), giOf.get(r.gi), momentOf.get(r.momentType)] as number[]) {
      if (g !== undefined) add(g, b, m, r.n);
      add(REGION_AREA, b, m, r.n);
    }
  }

  const B = breakdowns.length;
  for (let b = 0; b < B; b++)
    for (let t = 0; t < times.count; t++) {
      equations.begin(table.cell(REGION_AREA, b, t));
      for (let g = 0; g < REGION_AREA; g++) equations.part(table.cell(g, b, t));
    }
  const byFamily = FAMILIES.map((f) => breakdowns.flatMap((b, i) => (b.startsWith(f) ? [i] : []))).filter(
    (parts) => parts.length > 0,
  );
  for (let area = 0; area < AREAS.length; area++) {
    for (let t = 0; t < times.count; t++)
      for (const parts of byFamily) {
        equations.begin(table.cell(area, 0, t));
        for (const b of parts) equations.part(table.cell(area, b, t));
      }
    for (let b = 0; b < B; b++)
      for (let y = 0; y < years.length; y++) {
        equations.begin(table.cell(area, b, times.yearOf(y * 12)));
        for (let q = 0; q < 4; q++) equations.part(table.cell(area, b, times.quarterOf(y * 12 + q * 3)));
        for (let q = 0; q < 4; q++) {
          const m = y * 12 + q * 3;
          equations.begin(table.cell(area, b, times.quarterOf(m)));
          for (let i = 0; i < 3; i++) equations.part(table.cell(area, b, m + i));
        }
      }
  }
  return { table, values, equations };
}
