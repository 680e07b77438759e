/**
 * The family plan's API: a secondary entry point, so that what only the plan's pages use never lands in
 * the initial bundle through the `@tafel/web/core` barrel.
 */
export * from './lib/plans/plans.api';
