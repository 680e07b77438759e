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
  const hidden = new Set([...values].filter(([, v]) => v < threshold).map(([k]) => k));
  const value = (k: string) => values.get(k) ?? 0;
  // A work list: an equation is looked at again only when one of its cells has just been hidden.
  const containing = new Map<string, number[]>();
  equations.forEach((eq, i) => {
    for (const c of [...eq.parts, eq.total]) {
      const list = containing.get(c);
      if (list) list.push(i);
      else containing.set(c, [i]);
    }
  });
  const queue = equations.map((_, i) => i);
  const queued = new Uint8Array(equations.length).fill(1);
  while (queue.length > 0) {
    const i = queue.pop() as number;
    queued[i] = 0;
    const eq = equations[i] as Equation;
    let hiddenCells = hidden.has(eq.total) ? 1 : 0;
    for (const c of eq.parts) if (hidden.has(c)) hiddenCells++;
    if (hiddenCells !== 1) continue;
    const visibleParts = eq.parts.filter((c) => !hidden.has(c));
    const candidates = visibleParts.length > 0 ? visibleParts : [eq.total];
    const pick = candidates.reduce((a, b) => (value(b) < value(a) ? b : a));
    hidden.add(pick);
    for (const j of containing.get(pick) ?? []) {
      if (!queued[j]) {
        queued[j] = 1;
        queue.push(j);
      }
    }
  }
  return hidden;
}

/** A count as shown: the number, or "<5" when it is hidden. */
export const shown = (value: number, hidden: boolean): number | typeof SUPPRESSED =>
  hidden ? SUPPRESSED : value;
