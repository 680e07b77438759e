export * from './lib/age';
export * from './lib/working-days';
export * from './lib/dutch-time';
export * from './lib/plan-goals';
