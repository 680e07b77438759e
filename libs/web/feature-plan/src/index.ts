export * from './lib/plan.routes';
