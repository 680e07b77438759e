export * from './lib/monitor.routes';
