/**
 * Statistical disclosure control for the ketenmonitor, as a pure function over a table of counts.
 *
 * Primary suppression: every count under the threshold (5), zero included, is hidden.
 * Complementary suppression: the table's additive relations (a total equals the sum of its parts —
 * region = the 14 gemeenten, a quarter = its months, a year = its quarters, a metric = its buckets)
 * are given as equations; as long as an equation has exactly one hidden cell, that cell could be
 * worked out by subtraction, so the smallest visible cell of the same equation (a part before the
 * total) is hidden as well. Repeats until every equation hides none or at least two cells.
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
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of equations) {
      const cells = [...eq.parts, eq.total];
      if (cells.filter((c) => hidden.has(c)).length !== 1) continue;
      const visibleParts = eq.parts.filter((c) => !hidden.has(c));
      const candidates = visibleParts.length > 0 ? visibleParts : [eq.total];
      const pick = candidates.reduce((a, b) => (value(b) < value(a) ? b : a));
      hidden.add(pick);
      changed = true;
    }
  }
  return hidden;
}

/** A count as shown: the number, or "<5" when it is hidden. */
export const shown = (value: number, hidden: boolean): number | typeof SUPPRESSED =>
  hidden ? SUPPRESSED : value;
