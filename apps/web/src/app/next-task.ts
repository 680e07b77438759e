/**
 * Resolves with `value` in a task of its own: what is chained after it no longer lengthens the task before.
 * The app's start is so split into shorter tasks — evaluating the initial scripts, starting the app,
 * evaluating a page's chunk, rendering the page — between which a phone paints and answers a tap (and
 * Lighthouse's Total Blocking Time counts each task only above 50 ms, docs/performance.md). A timer, not a
 * microtask: microtasks run in the same task.
 */
export function nextTask<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value)));
}
