import { AppConfig, loadConfig } from '@scenematch/server-config';
import { TEST_REDIS_URL } from './test-database';

/** Configuration for an app under test: its own database and queue prefix, quiet logs. */
export function testConfig(databaseUrl: string, queuePrefix: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '5',
    OUTBOX_POLL_MS: '50',
    ...overrides,
  });
}
