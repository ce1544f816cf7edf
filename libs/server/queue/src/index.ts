export * from './lib/server-queue';
