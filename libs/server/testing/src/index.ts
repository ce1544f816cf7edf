export * from './lib/test-database';
export * from './lib/test-config';
export * from './lib/http-client';
export * from './lib/wait-for';
export * from './lib/scratch-redis';
export * from './lib/scratch-postgres';
export * from './lib/child-app';
export * from './lib/formula-probes';
