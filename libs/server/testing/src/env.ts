// The test environment alone, without the rest of the test helpers (Nest, TypeORM, ioredis): the
// browser tests' global set-up starts the built API with it.
export * from './lib/test-env';
