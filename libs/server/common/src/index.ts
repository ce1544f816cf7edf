export * from './lib/server-common';
