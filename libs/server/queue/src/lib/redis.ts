import IORedis, { Redis, RedisOptions } from 'ioredis';
import { ServiceUnavailableError } from '@scenematch/server-database';

/**
 * A connection for BullMQ workers (blocking commands need maxRetriesPerRequest null), or for
 * producers that must fail fast when Redis is down (the outbox relay keeps the work meanwhile).
 */
export function createRedis(url: string, purpose: 'worker' | 'producer' | 'probe', extra: RedisOptions = {}): Redis {
  const base: RedisOptions = {
    lazyConnect: purpose === 'probe',
    connectTimeout: 3000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  const byPurpose: Record<typeof purpose, RedisOptions> = {
    worker: { maxRetriesPerRequest: null, enableReadyCheck: false },
    producer: { maxRetriesPerRequest: 1, enableOfflineQueue: false },
    probe: { maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null },
  };
  return new IORedis(url, { ...base, ...byPurpose[purpose], ...extra });
}

/** Pings Redis once; throws ServiceUnavailableError with how to start it. */
export async function assertRedisReachable(url: string): Promise<void> {
  const client = createRedis(url, 'probe');
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new ServiceUnavailableError('Redis', url, error);
  } finally {
    client.disconnect();
  }
}
