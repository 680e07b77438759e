export * from './lib/free-port';
export * from './lib/scratch-database';
export * from './lib/totp';
