export * from './lib/age';
export * from './lib/working-days';
