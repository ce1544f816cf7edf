import { AppConfig, applyPasswordHashCost, loadConfig } from '@scenematch/server-config';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_REDIS_URL } from './test-database';
import { INTEGRATION_APP_ENV } from './test-env';

/**
 * Configuration for an app under test (INTEGRATION_APP_ENV): its own database and queue prefix, quiet logs.
 * The test process hashes passwords at its cost, as the app it builds would.
 */
export function testConfig(databaseUrl: string, queuePrefix: string, overrides: Record<string, string> = {}): AppConfig {
  const config = loadConfig({
    ...INTEGRATION_APP_ENV,
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    // Mails (no SMTP in tests) and stored files (attachments, open-data dumps) go to folders of
    // the test's own: test files run side by side, and beside the browser tests.
    STORAGE_DIR: join(tmpdir(), 'scenematch-storage', queuePrefix),
    MAIL_DIR: join(tmpdir(), 'scenematch-mail', queuePrefix),
    SMS_DIR: join(tmpdir(), 'scenematch-sms', queuePrefix),
    WECHAT_DIR: join(tmpdir(), 'scenematch-wechat', queuePrefix),
    ...overrides,
  });
  applyPasswordHashCost(config);
  return config;
}

/** Removes every Redis key of a test's queue prefix (BullMQ queues, rate-limit counters). */
export async function dropQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  let removed = 0;
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) removed += await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Redis gone (a test that stopped it): nothing to clean.
  } finally {
    redis.disconnect();
  }
  return removed;
}
