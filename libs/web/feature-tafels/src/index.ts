export * from './lib/tafels.routes';
