import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@scenematch/server-config';
import { Metrics, secondsSince } from '@scenematch/server-metrics';
import { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { JOB_HANDLER_KEY, JobHandler } from './job-handler';
import { JOB_QUEUE, JobName, QueueName } from './jobs';
import { createRedis } from './redis';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs a BullMQ Worker for every queue that has handlers, dispatches jobs by name, and closes
 * the outbox row of a job once its handler has succeeded (or for good when it has failed its
 * last attempt).
 *
 * A worker process that dies mid-job leaves the job locked; once the lock (QUEUE_LOCK_MS)
 * expires, the stalled-job check of any live worker (every QUEUE_STALLED_INTERVAL_MS) puts it
 * back in the queue. Handlers are idempotent, so the rerun takes effect once. A job whose handler
 * succeeded is not run again because its outbox row could not be closed at that moment.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
  ) {
    metrics.use(metrics.jobDuration, metrics.jobFailures);
  }

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler | undefined;
      if (!instance || !wrapper.metatype) continue;
      const job = Reflect.getMetadata(JOB_HANDLER_KEY, wrapper.metatype) as JobName | undefined;
      if (job) this.handlers.set(job, instance);
    }
    // Every job kind's failure series exists from the start (at 0): increase() then sees the first failure.
    for (const job of this.handlers.keys()) for (const final of ['true', 'false']) this.metrics.jobFailures.inc({ job, final }, 0);
    const queues = new Set([...this.handlers.keys()].map((job) => JOB_QUEUE[job as JobName]));
    for (const queue of queues) this.workers.push(this.startWorker(queue));
    this.logger.log(`Processing ${[...this.handlers.keys()].join(', ') || 'nothing'} on ${[...queues].join(', ')}`);
  }

  /**
   * Before any module closes its resources (the database pool closes on application shutdown):
   * stop taking jobs and let those in progress finish, so they can still record their effect.
   */
  async beforeApplicationShutdown(): Promise<void> {
    // close() waits for jobs in progress to finish: a graceful shutdown loses no work.
    await Promise.allSettled(this.workers.map((w) => w.close()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    // BullMQ leaves connections it was given open; without this they reconnect forever.
    for (const connection of this.connections) connection.disconnect();
  }

  private startWorker(queue: QueueName): Worker {
    const connection = createRedis(this.config.REDIS_URL, 'worker');
    connection.on('error', () => undefined);
    this.connections.push(connection);
    const worker = new Worker(queue, (job) => this.process(job), {
      connection,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: this.config.WORKER_CONCURRENCY,
      lockDuration: this.config.QUEUE_LOCK_MS,
      stalledInterval: this.config.QUEUE_STALLED_INTERVAL_MS,
      maxStalledCount: this.config.QUEUE_MAX_STALLED,
      autorun: true,
    });
    worker.on('error', (error) => this.logger.warn(`Worker ${queue}: ${error.message}`));
    worker.on('failed', (job, error) => void this.onFailed(job, error));
    return worker;
  }

  private async process(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    // Job kinds label the metrics only when known: a stray name must not add series.
    const kind = handler ? job.name : 'unknown';
    const started = process.hrtime.bigint();
    let result: unknown;
    try {
      if (!handler) throw new Error(`No handler for job ${job.name}`);
      result = await handler.handle(job.data, {
        jobId: String(job.id),
        attempt: job.attemptsMade + 1,
        final: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        progress: (fraction, message) => job.updateProgress({ fraction, message }),
      });
    } catch (error) {
      this.metrics.jobDuration.observe({ job: kind, outcome: 'failed' }, secondsSince(started));
      throw error;
    }
    this.metrics.jobDuration.observe({ job: kind, outcome: 'completed' }, secondsSince(started));
    if (job.id && UUID.test(job.id)) {
      // The work is done: failing the job now (the row locked by a relay pass past the statement
      // timeout, the pool out of connections) would have BullMQ run it again. The relay closes the
      // row instead when it next checks the job and finds it completed.
      await this.dataSource
        .query<unknown>(`UPDATE outbox SET completed_at = now() WHERE id = $1 AND completed_at IS NULL`, [job.id])
        .catch((error: Error) => this.logger.warn(`Job ${job.name} ${job.id} done; its outbox row is left to the relay to close: ${error.message}`));
    }
    return result ?? null;
  }

  private async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.metrics.jobFailures.inc({ job: this.handlers.has(job.name) ? job.name : 'unknown', final: String(final) });
    this.logger.warn(`Job ${job.name} ${job.id} failed (attempt ${job.attemptsMade}${final ? ', final' : ''}): ${error.message}`);
    if (final && job.id && UUID.test(job.id)) {
      await this.dataSource
        .query<unknown>(`UPDATE outbox SET failed_at = now(), last_error = $2 WHERE id = $1 AND completed_at IS NULL`, [
          job.id,
          error.message.slice(0, 2000),
        ])
        .catch(() => undefined);
    }
  }
}
