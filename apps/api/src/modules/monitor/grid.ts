import { GEMEENTEN } from '@tafel/shared/contracts';
import { Counts } from './counts';
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

/** The area number of each gemeente of `counts` (by its number there); -1 for a name that is no gemeente. */
export const areasOf = (counts: Counts): Int32Array =>
  Int32Array.from(counts.gemeente.list, (name) => gemeenteNumber(name) ?? -1);

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
export const buildGrid = (
  rows: readonly RawCount[],
  years: readonly number[],
  buckets: readonly string[],
  equations = new Equations(),
) => gridOf(Counts.of(rows), years, buckets, equations);

/**
 * `buildGrid` of counts as columns (`Counts`). Its setup and its loops are functions of their own: the
 * JIT throws away a function's optimised code when a line run once per table meets a new shape of
 * array, and the loops over every count and cell then ran unoptimised for a table or two.
 */
export function gridOf(
  counts: Counts,
  years: readonly number[],
  buckets: readonly string[],
  equations = new Equations(),
) {
  const { breakdowns, parts } = breakdownsOf(counts, buckets);
  const table = new CellTable(breakdowns, years);
  const values = new Int32Array(table.size);
  addCounts(counts, table, values, parts);
  countEquations(table, equations, familiesOf(breakdowns));
  return { table, values, equations };
}

/**
 * The breakdowns of a table, and each count's breakdown number by its bucket's, GI's and moment type's
 * number in `counts`. In one order whatever the rows' order (the database gives none): the equations and
 * their parts follow it, and so does which cell complementary suppression hides among equals — two
 * reads of the same counts must hide the same cells, or one could be worked out from the other.
 */
function breakdownsOf(counts: Counts, buckets: readonly string[]) {
  const given = ['total', ...buckets.map((b) => `bucket:${b}`)];
  const named = [
    counts.bucket.list.map((v) => `bucket:${v}`),
    counts.gi.list.map((v) => `gi:${v || 'none'}`),
    counts.moment.list.map((v) => `moment:${v || 'none'}`),
  ];
  const all = new Set(named.flat());
  const breakdowns = [...given, ...[...all].filter((b) => !given.includes(b)).sort()];
  const number = new Map(breakdowns.map((b, i) => [b, i]));
  const parts = named.map((names) => Int32Array.from(names, (b) => number.get(b) as number));
  return { breakdowns, parts: parts as [Int32Array, Int32Array, Int32Array] };
}

/** Each count added to its cells: total, bucket, GI and moment type × its gemeente and the region × month, quarter, year. */
function addCounts(
  counts: Counts,
  table: CellTable,
  values: Int32Array,
  [bucketOf, giOf, momentOf]: [Int32Array, Int32Array, Int32Array],
): void {
  const { times } = table;
  const areaOf = areasOf(counts);
  const { g, b: bucket, gi, mt, month, n } = counts.columns;
  const first = (times.years[0] ?? 0) * 12;
  const add = (area: number, b: number, m: number, q: number, y: number, v: number) => {
    values[table.index(area, b, m)] += v;
    values[table.index(area, b, q)] += v;
    values[table.index(area, b, y)] += v;
  };
  const parts = new Int32Array(4); // total (0), bucket, GI, moment type
  for (let i = 0; i < counts.length; i++) {
    const m = (month[i] as number) - first;
    if (m < 0 || m >= times.months) continue;
    const [area, v, q, y] = [
      areaOf[g[i] as number] as number,
      n[i] as number,
      times.quarterOf(m),
      times.yearOf(m),
    ];
    [parts[1], parts[2], parts[3]] = [
      bucketOf[bucket[i] as number],
      giOf[gi[i] as number],
      momentOf[mt[i] as number],
    ];
    for (let k = 0; k < 4; k++) {
      const b = parts[k] as number;
      if (area >= 0) add(area, b, m, q, y, v);
      add(REGION_AREA, b, m, q, y, v);
    }
  }
}

/** The breakdown numbers of each family (buckets, GIs, moment types) that has any. */
const familiesOf = (breakdowns: readonly string[]): Int32Array[] =>
  FAMILIES.map((f) => Int32Array.from(breakdowns.flatMap((b, i) => (b.startsWith(f) ? [i] : [])))).filter(
    (parts) => parts.length > 0,
  );

/** A count table's equations: region = its gemeenten, total = each family, year = its quarters, quarter = its months. */
function countEquations(table: CellTable, equations: Equations, families: readonly Int32Array[]): void {
  const { times } = table;
  const B = table.breakdowns.length;
  for (let b = 0; b < B; b++)
    for (let t = 0; t < times.count; t++) {
      equations.begin(table.cell(REGION_AREA, b, t));
      for (let g = 0; g < REGION_AREA; g++) equations.part(table.cell(g, b, t));
    }
  for (let area = 0; area < AREAS.length; area++) {
    for (let t = 0; t < times.count; t++)
      for (const parts of families) {
        equations.begin(table.cell(area, 0, t));
        for (const b of parts) equations.part(table.cell(area, b, t));
      }
    for (let b = 0; b < B; b++)
      for (let y = 0; y < times.years.length; y++) {
        equations.begin(table.cell(area, b, times.yearOf(y * 12)));
        for (let q = 0; q < 4; q++) equations.part(table.cell(area, b, times.quarterOf(y * 12 + q * 3)));
        for (let q = 0; q < 4; q++) {
          const m = y * 12 + q * 3;
          equations.begin(table.cell(area, b, times.quarterOf(m)));
          for (let i = 0; i < 3; i++) equations.part(table.cell(area, b, m + i));
        }
      }
  }
}
