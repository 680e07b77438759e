/**
 * Whether the live room and the verslag are there to go to: a secondary entry point, so that what only
 * the tafel pages use never lands in the initial bundle through the `@tafel/web/core` barrel.
 */
export * from './lib/tafels/tafel-entry';
