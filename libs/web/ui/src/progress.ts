/**
 * The shell's feedback (the progress bar, the session warning), apart from the barrel so the initial
 * bundle carries nothing else of web/ui.
 */
export * from './lib/loading/http-progress';
export * from './lib/loading/session-warning';
