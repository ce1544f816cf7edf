import { Logger } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Redis } from 'ioredis';

type Record = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Rate-limit counters in Redis, so limits hold across API processes. If Redis is unreachable the
 * process falls back to local counters rather than failing sign-in with a 500.
 */
export class ResilientThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(ResilientThrottlerStorage.name);
  private readonly redisStorage: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();

  constructor(private readonly redis: Redis) {
    this.redisStorage = new ThrottlerStorageRedisService(redis);
  }

  /** Nest calls this on the ThrottlerStorage provider: close the connection this storage owns. */
  onApplicationShutdown(): void {
    this.redis.disconnect();
    this.local.onApplicationShutdown();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<Record> {
    try {
      return await this.redisStorage.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (error) {
      this.logger.warn(`Redis rate-limit storage unavailable, using local counters: ${(error as Error).message}`);
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }
}
