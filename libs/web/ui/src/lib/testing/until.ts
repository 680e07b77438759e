/**
 * Waits until `check` gives something (not undefined, null or false) and returns it; fails after
 * `within` ms. For what comes after a debounce (a search waits for a pause in typing): a fixed wait
 * just past the debounce fails on a loaded test machine.
 */
export async function until<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  within = 5_000,
): Promise<T> {
  const deadline = Date.now() + within;
  for (;;) {
    const found = await check();
    if (found !== undefined && found !== null && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`Nothing came within ${within} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
