export * from './lib/family.routes';
