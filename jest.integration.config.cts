/**
 * Integration tests: `*.integration-spec.ts` anywhere, against the real PostgreSQL and Redis.
 * Each test file gets a fresh database copied from a migrated, seeded template (globalSetup).
 */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  displayName: 'integration',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/{apps,libs,seeds}/**/*.integration-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.integration.json' }],
    // openid-client v6 and its dependencies ship ES modules only; jest's CommonJS runtime gets
    // them transpiled (the built API requires them natively: Node >= 20.19 loads ES modules with require).
    '^.+/node_modules/(openid-client|oauth4webapi|jose)/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  globalSetup: '<rootDir>/libs/server/testing/src/lib/global-setup.cjs',
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.nx', '<rootDir>/tmp'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
