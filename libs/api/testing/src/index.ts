export * from './lib/scratch-database';
export * from './lib/totp';
