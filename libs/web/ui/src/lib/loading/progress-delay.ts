/**
 * How long a load may take before a progress bar appears: shorter waits would only flicker. On its own,
 * so the shell's progress bar can use it without pulling in `Loading` and Material's progress bar.
 */
export const PROGRESS_DELAY_MS = 300;
