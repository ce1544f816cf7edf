export * from './lib/seeds';
