import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@scenematch/server-config';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { QueueName } from './jobs';
import { QueueRegistry } from './queue-registry';

interface PendingRow {
  id: string;
  queue: QueueName;
  job: string;
  payload: Record<string, unknown>;
  enqueued_at: Date | null;
}

/** How long after enqueueing the relay checks that the job still exists in Redis. */
export const OUTBOX_RECHECK_MS = 10_000;
const BATCH = 200;

/**
 * Moves outbox rows to BullMQ (job id = outbox id) and makes sure each one is finished: a row
 * whose job vanished from Redis (a restart without persistence) is enqueued again; a row whose
 * job completed is closed even if the worker could not record it. Several relays (one per
 * worker process) share the table through SKIP LOCKED.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private listener?: Client;
  private running = false;
  private again = false;
  private stopped = false;
  private redisDown = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queues: QueueRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.redis.on('ready', () => {
      if (this.redisDown) {
        this.redisDown = false;
        this.logger.log('Redis is back: re-checking every unfinished outbox job');
        void this.recheckAll();
      }
    });
    this.queues.redis.on('close', () => (this.redisDown = true));
    await this.listen();
    this.timer = setInterval(() => void this.tick(), this.config.OUTBOX_POLL_MS);
    void this.tick();
  }

  /** Stop relaying while the database pool is still open (it closes on application shutdown). */
  beforeApplicationShutdown(): Promise<void> {
    return this.onApplicationShutdown();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  /** Everything enqueued but unfinished is checked against Redis at the next tick. */
  async recheckAll(): Promise<void> {
    await this.dataSource
      .query<unknown>(`UPDATE outbox SET check_at = now() WHERE completed_at IS NULL AND failed_at IS NULL AND enqueued_at IS NOT NULL`)
      .catch((error) => this.logger.warn(`Could not schedule outbox re-check: ${(error as Error).message}`));
    void this.tick();
  }

  /** One pass over due rows; concurrent calls coalesce. Returns the number of rows handled. */
  async tick(): Promise<number> {
    if (this.stopped) return 0;
    if (this.running) {
      this.again = true;
      return 0;
    }
    this.running = true;
    let handled = 0;
    try {
      do {
        this.again = false;
        handled += await this.dataSource.transaction((manager) => this.relayBatch(manager));
      } while (this.again && !this.stopped);
    } catch (error) {
      this.logger.warn(`Outbox relay pass failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
    return handled;
  }

  private async relayBatch(manager: EntityManager): Promise<number> {
    const rows = await manager.query<PendingRow[]>(
      `SELECT id, queue, job, payload, enqueued_at FROM outbox
        WHERE completed_at IS NULL AND failed_at IS NULL AND coalesce(check_at, available_at) <= now()
        ORDER BY coalesce(check_at, available_at)
        LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
    );
    for (const row of rows) {
      try {
        await this.relayOne(manager, row);
      } catch (error) {
        // Redis unreachable (or a bad row): keep the row, look again shortly.
        await manager.query<unknown>(`UPDATE outbox SET check_at = now() + interval '2 seconds', last_error = $2 WHERE id = $1`, [
          row.id,
          String((error as Error).message).slice(0, 500),
        ]);
        this.redisDown = true;
      }
    }
    if (rows.length === BATCH) this.again = true;
    return rows.length;
  }

  private async relayOne(manager: EntityManager, row: PendingRow): Promise<void> {
    const queue = this.queues.get(row.queue);
    if (row.enqueued_at) {
      const existing = await queue.getJob(row.id);
      if (existing) {
        const state = await existing.getState();
        if (state === 'completed') {
          await manager.query<unknown>(`UPDATE outbox SET completed_at = coalesce(completed_at, now()) WHERE id = $1`, [row.id]);
          return;
        }
        if (state === 'failed' && existing.attemptsMade >= (existing.opts.attempts ?? 1)) {
          await manager.query<unknown>(`UPDATE outbox SET failed_at = now(), last_error = $2 WHERE id = $1`, [
            row.id,
            existing.failedReason ?? 'failed',
          ]);
          return;
        }
        await manager.query<unknown>(`UPDATE outbox SET check_at = now() + make_interval(secs => $2) WHERE id = $1`, [
          row.id,
          OUTBOX_RECHECK_MS / 1000,
        ]);
        return;
      }
      this.logger.warn(`Outbox job ${row.job} ${row.id} is missing from Redis: enqueueing it again`);
    }
    await queue.add(row.job, row.payload, { jobId: row.id });
    await manager.query<unknown>(
      `UPDATE outbox SET enqueued_at = now(), enqueue_count = enqueue_count + 1, last_error = NULL,
              check_at = now() + make_interval(secs => $2) WHERE id = $1`,
      [row.id, OUTBOX_RECHECK_MS / 1000],
    );
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    this.listener = new Client({ connectionString: options.url });
    this.listener.on('error', () => undefined);
    this.listener.on('notification', () => void this.tick());
    try {
      await this.listener.connect();
      await this.listener.query<Record<string, never>>('LISTEN scenematch_outbox');
    } catch (error) {
      // Polling still moves everything; LISTEN only makes it faster.
      this.logger.warn(`LISTEN unavailable, relying on polling: ${(error as Error).message}`);
    }
  }
}
