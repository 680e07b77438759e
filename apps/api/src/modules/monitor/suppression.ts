/**
 * Statistical disclosure control for the ketenmonitor, as a pure function over a table of counts.
 *
 * Primary suppression: every count under the threshold (5), zero included, is hidden.
 * Complementary suppression: the table's additive relations (a total equals the sum of its parts —
 * region = the 14 gemeenten, a quarter = its months, a year = its quarters, a metric = its buckets)
 * are given as equations; as long as an equation has exactly one hidden cell, that cell could be
 * worked out by subtraction, so the smallest visible cell of the same equation (a part before the
 * total) is hidden as well. Works through the equations with a work list (an equation is looked at
 * again when one of its cells is hidden) until every equation hides none or at least two cells.
 */
export interface Equation {
  total: string;
  parts: readonly string[];
}

export const THRESHOLD = 5;
export const SUPPRESSED = '<5';

export function suppress(
  values: ReadonlyMap<string, number>,
  equations: readonly Equation[],
  threshold = THRESHOLD,
): Set<string> {
  // Cells as numbers (the table's cells first, then cells only the equations name, worth 0), each
  // equation as its total followed by its parts in one flat array: the work list below then looks up
  // numbers, not strings (a stock's ten-year table: some 52,000 cells in 41,000 equations).
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const worth: number[] = [];
  const idOf = (k: string) => {
    let id = ids.get(k);
    if (id === undefined) {
      id = keys.length;
      ids.set(k, id);
      keys.push(k);
      worth.push(values.get(k) ?? 0);
    }
    return id;
  };
  for (const k of values.keys()) idOf(k);
  const start = new Int32Array(equations.length + 1);
  const cells: number[] = [];
  equations.forEach((eq, i) => {
    cells.push(idOf(eq.total));
    for (const c of eq.parts) cells.push(idOf(c));
    start[i + 1] = cells.length;
  });
  const hidden = new Uint8Array(keys.length);
  for (const [k, v] of values) if (v < threshold) hidden[ids.get(k) as number] = 1;
  // The equations each cell is in, in order (once per time it is named).
  const from = new Int32Array(keys.length + 1);
  for (const c of cells) from[c + 1] = (from[c + 1] as number) + 1;
  for (let c = 0; c < keys.length; c++) from[c + 1] = (from[c + 1] as number) + (from[c] as number);
  const containing = new Int32Array(cells.length);
  const filled = from.slice(0, keys.length);
  for (let i = 0; i < equations.length; i++)
    for (let p = start[i] as number; p < (start[i + 1] as number); p++) {
      const c = cells[p] as number;
      containing[filled[c] as number] = i;
      filled[c] = (filled[c] as number) + 1;
    }
  // A work list (a stack, last equation first): an equation is looked at again only when one of its
  // cells has just been hidden.
  const queue = Int32Array.from(equations, (_, i) => i);
  const queued = new Uint8Array(equations.length).fill(1);
  for (let top = queue.length; top > 0; ) {
    const i = queue[--top] as number;
    queued[i] = 0;
    const [first, end] = [start[i] as number, start[i + 1] as number];
    let hiddenCells = 0;
    for (let p = first; p < end; p++) hiddenCells += hidden[cells[p] as number] as number;
    if (hiddenCells !== 1) continue;
    // The smallest visible part (the first of equals); the total when every part is hidden.
    let pick = -1;
    for (let p = first + 1; p < end; p++) {
      const c = cells[p] as number;
      if (!hidden[c] && (pick < 0 || (worth[c] as number) < (worth[pick] as number))) pick = c;
    }
    if (pick < 0) pick = cells[first] as number;
    hidden[pick] = 1;
    for (let q = from[pick] as number; q < (from[pick + 1] as number); q++) {
      const j = containing[q] as number;
      if (!queued[j]) {
        queued[j] = 1;
        queue[top++] = j;
      }
    }
  }
  return new Set(keys.filter((_, id) => hidden[id]));
}

/** A count as shown: the number, or "<5" when it is hidden. */
export const shown = (value: number, hidden: boolean): number | typeof SUPPRESSED =>
  hidden ? SUPPRESSED : value;
