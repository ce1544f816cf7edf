export * from './lib/server-organisations';
