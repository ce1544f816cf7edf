export * from './lib/backup-manifest';
export * from './lib/pg-tools';
export * from './lib/inventory';
export * from './lib/backup';
export * from './lib/restore';
