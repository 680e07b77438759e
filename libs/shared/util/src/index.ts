export * from './lib/age';
