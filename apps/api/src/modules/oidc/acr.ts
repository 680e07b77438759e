/**
 * True when the `acr` the broker reports is at least the minimum on the configured scale (weakest
 * first). A missing or unknown value never is: only levels Tafel knows can open a session.
 */
export function meetsMinimumAcr(acr: string | null, levels: readonly string[], minimum: string): boolean {
  const rank = acr === null ? -1 : levels.indexOf(acr);
  return rank >= 0 && rank >= levels.indexOf(minimum);
}
