/**
 * The Dutch labels alone: a secondary entry point for the app shell, so that the initial bundle does
 * not pull in every presentational component (and its Angular Material modules) of `@tafel/web/ui`.
 */
export * from './lib/labels/role-labels';
