import { SUPPRESSED_COUNT, ShownCount } from '@tafel/shared/contracts';

/**
 * Statistical disclosure control for the ketenmonitor, as a pure function over a table of counts.
 *
 * Primary suppression: every count of 1 up to the threshold (5) is hidden. A zero names no family and
 * is shown (hiding it hid its neighbours as well: a total of 20 all ended showed "<5" for both parts).
 * Complementary suppression: the table's additive relations (a total equals the sum of its parts —
 * region = the 14 gemeenten, a quarter = its months, a year = its quarters, a metric = its buckets)
 * are given as equations; as long as an equation has exactly one hidden cell, that cell could be
 * worked out by subtraction, so the smallest visible non-zero part of the same equation is hidden as well;
 * when every visible part is zero, the total (then the hidden cell's value, so non-zero). A zero is never
 * a complement of a count table: hiding one protects nothing (the hidden cells' sum stays known) and shows
 * "<5" for a 0. Only a stock's equation, whose signed moves and unshown case openings (worth 0 here) can
 * leave a non-zero hidden cell beside a zero total and zero parts, falls back to a zero part — the last
 * first, so its case openings, never shown, before a shown zero. Works through the equations with a work
 * list (an equation is looked at again when one of its cells is hidden) until every equation hides none
 * or at least two cells.
 */
export const THRESHOLD = 5;

/**
 * A table's equations over its cell numbers, one after the other in one flat array: each equation's
 * total followed by its parts (`begin` a total, then `part` each part).
 */
export class Equations {
  private cells = new Int32Array(1 << 16);
  private starts = new Int32Array(1 << 12);
  private length = 0;
  /** How many equations. */
  count = 0;

  begin(total: number): void {
    if (this.count + 2 > this.starts.length) this.starts = grown(this.starts);
    this.starts[this.count++] = this.length;
    this.part(total);
  }

  part(cell: number): void {
    if (this.length === this.cells.length) this.cells = grown(this.cells);
    this.cells[this.length++] = cell;
  }

  /** Where equation `i` starts in `cells` (`start[count]` is the end of the last), and the cells. */
  flat(): { start: Int32Array; cells: Int32Array } {
    const start = this.starts.slice(0, this.count + 1);
    start[this.count] = this.length;
    return { start, cells: this.cells.subarray(0, this.length) };
  }
}

const grown = (a: Int32Array) => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * The hidden cells (1) of a table of `worth.length` cells (by number) under its equations: every cell
 * worth 1 to under the threshold, and the complementary cells.
 */
export function suppress(worth: Int32Array, equations: Equations, threshold = THRESHOLD): Uint8Array {
  const { start, cells } = equations.flat();
  const count = equations.count;
  const hidden = new Uint8Array(worth.length);
  for (let c = 0; c < worth.length; c++) {
    const w = worth[c] as number;
    if (w > 0 && w < threshold) hidden[c] = 1;
  }
  // The equations each cell is in, in order (once per time it is named).
  const from = new Int32Array(worth.length + 1);
  for (const c of cells) from[c + 1] = (from[c + 1] as number) + 1;
  for (let c = 0; c < worth.length; c++) from[c + 1] = (from[c + 1] as number) + (from[c] as number);
  const containing = new Int32Array(cells.length);
  const filled = from.slice(0, worth.length);
  for (let i = 0; i < count; i++)
    for (let p = start[i] as number; p < (start[i + 1] as number); p++) {
      const c = cells[p] as number;
      containing[filled[c] as number] = i;
      filled[c] = (filled[c] as number) + 1;
    }
  // A work list (a stack, last equation first): an equation is looked at again only when one of its
  // cells has just been hidden.
  const queue = Int32Array.from({ length: count }, (_, i) => i);
  const queued = new Uint8Array(count).fill(1);
  for (let top = queue.length; top > 0; ) {
    const i = queue[--top] as number;
    queued[i] = 0;
    const [first, end] = [start[i] as number, start[i + 1] as number];
    let hiddenCells = 0;
    for (let p = first; p < end; p++) hiddenCells += hidden[cells[p] as number] as number;
    if (hiddenCells !== 1) continue;
    const pick = complementOf(first, end, cells, worth, hidden);
    if (pick < 0) continue;
    hidden[pick] = 1;
    for (let q = from[pick] as number; q < (from[pick + 1] as number); q++) {
      const j = containing[q] as number;
      if (!queued[j]) {
        queued[j] = 1;
        queue[top++] = j;
      }
    }
  }
  return hidden;
}

/**
 * The cell to hide beside an equation's one hidden cell: the smallest visible non-zero part (the first of
 * equals); else the total, when it is visible and non-zero; else (a stock's equation only) a visible zero
 * part, the last first (its case openings come last); -1 when none is left.
 */
function complementOf(
  first: number,
  end: number,
  cells: Int32Array,
  worth: Int32Array,
  hidden: Uint8Array,
): number {
  let pick = -1;
  for (let p = first + 1; p < end; p++) {
    const c = cells[p] as number;
    const w = worth[c] as number;
    if (!hidden[c] && w !== 0 && (pick < 0 || w < (worth[pick] as number))) pick = c;
  }
  if (pick >= 0) return pick;
  const total = cells[first] as number;
  if (!hidden[total] && worth[total] !== 0) return total;
  for (let p = end - 1; p > first; p--) if (!hidden[cells[p] as number]) return cells[p] as number;
  return hidden[total] ? -1 : total;
}

/** A count as shown: the number, or "<5" when it is hidden. */
export const shownCount = (value: number, hidden: boolean): ShownCount => (hidden ? SUPPRESSED_COUNT : value);
