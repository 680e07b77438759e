export * from './lib/scratch-database';
