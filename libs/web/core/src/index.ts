export * from './lib/auth/auth.guard';
export * from './lib/auth/auth.store';
export * from './lib/cases/cases.api';
export * from './lib/errors/problem-message';
export * from './lib/http/unauthorized.interceptor';
export * from './lib/paths';
