export * from './lib/api';
export * from './lib/auth';
export * from './lib/case';
export * from './lib/chain-event';
export * from './lib/organisation';
export * from './lib/permissions';
export * from './lib/problem';
export * from './lib/roles';
