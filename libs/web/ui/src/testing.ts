/**
 * Test helpers shared by the web libraries' specs: a secondary entry point, so that nothing of it
 * reaches a production bundle through the `@tafel/web/ui` barrel.
 */
export * from './lib/testing/case-member';
export * from './lib/testing/until';
