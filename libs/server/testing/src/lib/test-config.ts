import { AppConfig, loadConfig } from '@scenematch/server-config';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_REDIS_URL } from './test-database';
import { TEST_PASSWORD_HASH } from './test-password-hash';

/** Configuration for an app under test: its own database and queue prefix, quiet logs. */
export function testConfig(databaseUrl: string, queuePrefix: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '5',
    // The production default (3 s) also bounds the wait for a free pooled connection: on a loaded
    // 2-core CI machine, with the browser tests beside, a registration waited longer and answered
    // 503. A test that checks the outage answer sets its own (postgres-restart: 2 s).
    DATABASE_CONNECT_TIMEOUT_MS: '15000',
    ...TEST_PASSWORD_HASH,
    OUTBOX_POLL_MS: '50',
    // Mails (no SMTP in tests) and stored files (attachments, open-data dumps) go to folders of
    // the test's own: test files run side by side, and beside the browser tests.
    STORAGE_DIR: join(tmpdir(), 'scenematch-storage', queuePrefix),
    MAIL_DIR: join(tmpdir(), 'scenematch-mail', queuePrefix),
    SMS_DIR: join(tmpdir(), 'scenematch-sms', queuePrefix),
    WECHAT_DIR: join(tmpdir(), 'scenematch-wechat', queuePrefix),
    ...overrides,
  });
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
