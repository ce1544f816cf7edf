export * from './lib/database-url';
export * from './lib/service-errors';
export * from './lib/prepare-database';
export * from './lib/database.module';
export * from './lib/migrations';
export * from './lib/versioned-cache';
export * from './lib/text-search';
export * from './lib/returning-rows';
