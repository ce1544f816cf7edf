import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@scenematch/server-config';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { defaultJobOptions, QueueName } from './jobs';
import { createRedis } from './redis';

/** One BullMQ Queue per queue name on a shared fail-fast producer connection. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private connection?: Redis;

  constructor(private readonly config: AppConfig) {
    // Connect at startup so that the first health check or relay pass finds it ready.
    void this.redis;
  }

  get redis(): Redis {
    if (!this.connection) {
      this.connection = createRedis(this.config.REDIS_URL, 'producer');
      // Errors surface on the calls that fail; the relay keeps the work meanwhile.
      this.connection.on('error', () => undefined);
    }
    return this.connection;
  }

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.redis,
        prefix: this.config.QUEUE_PREFIX,
        defaultJobOptions: defaultJobOptions(this.config.JOB_RETRY_DELAY_MS),
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.connection?.disconnect();
  }
}
