export * from './lib/server-config';
