import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Metrics } from '@scenematch/server-metrics';
import { DataSource } from 'typeorm';
import { QueueName } from './jobs';
import { QueueRegistry } from './queue-registry';

/** BullMQ states reported per queue. */
export const QUEUE_METRIC_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

/**
 * The pipeline's backlog, read when Prometheus scrapes the worker (one indexed query on the
 * outbox's pending rows and one Redis round trip per queue): nothing runs between scrapes.
 * Every worker reports the same shared figures; dashboards take their max.
 */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.metrics.use(this.metrics.outboxPending, this.metrics.outboxOldestAge, this.metrics.queueJobs);
    this.metrics.addCollector('outbox', async () => {
      const rows = await this.dataSource.query<Array<{ pending: number; oldest_age: number | null }>>(
        `SELECT count(*)::int AS pending, extract(epoch FROM now() - min(available_at))::float8 AS oldest_age
           FROM outbox WHERE completed_at IS NULL AND failed_at IS NULL AND available_at <= now()`,
      );
      this.metrics.outboxPending.set(rows[0]?.pending ?? 0);
      this.metrics.outboxOldestAge.set(Math.max(0, rows[0]?.oldest_age ?? 0));
    });
    this.metrics.addCollector('queues', async () => {
      await Promise.all(
        Object.values(QueueName).map(async (name) => {
          const counts = await this.queues.get(name).getJobCounts(...QUEUE_METRIC_STATES);
          for (const state of QUEUE_METRIC_STATES) this.metrics.queueJobs.set({ queue: name, state }, counts[state] ?? 0);
        }),
      );
    });
  }
}
