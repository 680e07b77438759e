/**
 * The live notes' Yjs session: a secondary entry point, so that Yjs is loaded with the tafel room and
 * never lands in the initial bundle through the `@tafel/web/core` barrel.
 */
export * from './lib/realtime/notes-session';
