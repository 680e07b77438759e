export * from './lib/tafel-room.routes';
