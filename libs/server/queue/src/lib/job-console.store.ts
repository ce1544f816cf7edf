import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FailedJobView, Page, QueueCountsView, StuckOutboxView } from '@scenematch/contracts';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { payloadIds, safeReason, stackFrames } from './job-console-redaction';
import { JOB_QUEUE, JobName, QueueName } from './jobs';
import { OUTBOX_RECHECK_MS } from './outbox-relay';
import { QueueRegistry } from './queue-registry';
import { resendRefusal } from './outbox-resend';
import type { JobConsoleRefusal } from './job-console-refusal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How far a kind filter (or a retry of every failed job of a kind) looks into a failed set. */
const SCAN_LIMIT = 5000;

export interface FailedJobQuery {
  queue?: QueueName;
  job?: JobName;
  page: number;
  pageSize: number;
}

export type { JobConsoleRefusal } from './job-console-refusal';

interface OutboxRow {
  id: string;
  queue: string;
  job: string;
  payload: Record<string, unknown>;
  created_at: Date;
  available_at: Date;
  enqueued_at: Date | null;
  enqueue_count: number;
  failed_at: Date | null;
  last_error: string | null;
  completed_at: Date | null;
  discarded_at: Date | null;
  /** extract(epoch …) is numeric, which pg hands over as a string. */
  age_seconds: string;
  total?: string;
}

const iso = (ms: number | undefined | null) => (ms ? new Date(ms).toISOString() : null);

/** A BullMQ job as the console shows it: ids of the payload only, reason masked. */
export function failedJobView(job: Job, queue: string): FailedJobView {
  return {
    id: String(job.id),
    queue,
    job: job.name,
    reason: safeReason(job.failedReason),
    stack: stackFrames(job.stacktrace?.[job.stacktrace.length - 1]),
    attemptsMade: job.attemptsMade,
    attempts: job.opts.attempts ?? 1,
    ids: payloadIds(job.data),
    createdAt: new Date(job.timestamp).toISOString(),
    processedAt: iso(job.processedOn),
    failedAt: iso(job.finishedOn),
  };
}

function stuckView(row: OutboxRow): StuckOutboxView {
  return {
    id: row.id,
    queue: row.queue,
    job: row.job,
    state: row.failed_at ? 'failed' : 'not_relayed',
    ids: payloadIds(row.payload),
    createdAt: new Date(row.created_at).toISOString(),
    availableAt: new Date(row.available_at).toISOString(),
    ageSeconds: Math.max(0, Math.round(Number(row.age_seconds))),
    enqueueCount: row.enqueue_count,
    failedAt: row.failed_at ? new Date(row.failed_at).toISOString() : null,
    lastError: row.last_error ? safeReason(row.last_error) : null,
  };
}

/** Rows whose work is not done and will not get done without someone: not relayed in time, or failed for good. */
const STUCK = `completed_at IS NULL AND discarded_at IS NULL
  AND (failed_at IS NOT NULL OR (enqueued_at IS NULL AND available_at < now() - make_interval(mins => $1::int)))`;

/**
 * The data behind the admin's failed-job console: BullMQ's failed sets (jobs that failed their
 * last attempt) and the outbox rows whose work is stuck, with the actions on them. Keeps a job and
 * its outbox row in step: a retried job's row is followed by the relay again, a discarded one is
 * closed with the reason so that nothing enqueues it again.
 */
@Injectable()
export class JobConsoleStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
  ) {}

  async counts(): Promise<QueueCountsView[]> {
    return Promise.all(
      Object.values(QueueName).map(async (queue) => {
        const c = await this.queues.get(queue).getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed');
        return {
          queue,
          waiting: (c['waiting'] ?? 0) + (c['prioritized'] ?? 0),
          active: c['active'] ?? 0,
          delayed: c['delayed'] ?? 0,
          failed: c['failed'] ?? 0,
          completed: c['completed'] ?? 0,
        };
      }),
    );
  }

  /** Jobs that failed for good, newest failure first, across the queues (or one queue, or one kind). */
  async failed(query: FailedJobQuery): Promise<Page<FailedJobView>> {
    const { page, pageSize } = query;
    const start = (page - 1) * pageSize;
    if (query.job) {
      const queue = JOB_QUEUE[query.job];
      const jobs = (await this.queues.get(queue).getFailed(0, SCAN_LIMIT - 1)).filter((j) => j.name === query.job);
      return { items: jobs.slice(start, start + pageSize).map((j) => failedJobView(j as Job, queue)), total: jobs.length, page, pageSize };
    }
    const names = query.queue ? [query.queue] : Object.values(QueueName);
    const perQueue = await Promise.all(
      names.map(async (queue) => {
        const q = this.queues.get(queue);
        const [count, jobs] = await Promise.all([q.getFailedCount(), q.getFailed(0, start + pageSize - 1)]);
        return { count, jobs: jobs.filter(Boolean).map((j) => failedJobView(j as Job, queue)) };
      }),
    );
    const items = perQueue
      .flatMap((q) => q.jobs)
      .sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? '') || b.id.localeCompare(a.id))
      .slice(start, start + pageSize);
    return { items, total: perQueue.reduce((n, q) => n + q.count, 0), page, pageSize };
  }

  /** A failed job, or why not. */
  async failedJob(queue: QueueName, id: string): Promise<{ job: Job } | { refused: JobConsoleRefusal }> {
    const job = await this.queues.get(queue).getJob(id);
    if (!job) return { refused: 'missing' };
    if ((await job.getState()) !== 'failed') return { refused: 'not_failed' };
    return { job };
  }

  /** Runs a failed job again from its first attempt; its outbox row is followed again. */
  async retry(queue: QueueName, id: string): Promise<FailedJobView | { refused: JobConsoleRefusal }> {
    const found = await this.failedJob(queue, id);
    if ('refused' in found) return found;
    const view = failedJobView(found.job, queue);
    await found.job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    if (UUID.test(id)) {
      await this.dataSource.query<unknown>(
        `UPDATE outbox SET failed_at = NULL, last_error = NULL, check_at = now() + make_interval(secs => $2)
          WHERE id = $1 AND completed_at IS NULL AND discarded_at IS NULL`,
        [id, OUTBOX_RECHECK_MS / 1000],
      );
    }
    return view;
  }

  /** Retries every failed job of one kind; returns the ones retried. */
  async retryAll(job: JobName): Promise<FailedJobView[]> {
    const queue = JOB_QUEUE[job];
    const failed = (await this.queues.get(queue).getFailed(0, SCAN_LIMIT - 1)).filter((j) => j?.name === job);
    const retried: FailedJobView[] = [];
    for (const j of failed) {
      const done = await this.retry(queue, String(j.id));
      if (!('refused' in done)) retried.push(done);
    }
    return retried;
  }

  /** Removes a failed job for good; its outbox row is closed with the reason. */
  async discard(queue: QueueName, id: string, reason: string): Promise<FailedJobView | { refused: JobConsoleRefusal }> {
    const found = await this.failedJob(queue, id);
    if ('refused' in found) return found;
    const view = failedJobView(found.job, queue);
    if (UUID.test(id)) await this.closeOutbox(id, reason);
    await found.job.remove();
    return view;
  }

  async stuckCount(minutes: number): Promise<number> {
    const rows = await this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM outbox WHERE ${STUCK}`, [minutes]);
    return Number(rows[0]?.n ?? 0);
  }

  /** Outbox rows stuck for `minutes` or more (or failed for good), oldest first. */
  async stuck(minutes: number, page: number, pageSize: number): Promise<Page<StuckOutboxView>> {
    const rows = await this.dataSource.query<OutboxRow[]>(
      `SELECT id::text, queue, job, payload, created_at, available_at, enqueued_at, enqueue_count, failed_at, last_error,
              completed_at, discarded_at, extract(epoch FROM now() - available_at) AS age_seconds, count(*) OVER () AS total
         FROM outbox WHERE ${STUCK}
        ORDER BY available_at, id LIMIT $2 OFFSET $3`,
      [minutes, pageSize, (page - 1) * pageSize],
    );
    const total = rows.length ? Number(rows[0].total) : page === 1 ? 0 : await this.stuckCount(minutes);
    return { items: rows.map(stuckView), total, page, pageSize };
  }

  /**
   * Puts a stuck outbox row's job on its queue again, fresh (a failed job of the same id is
   * replaced): for a relay that never got to it, or work that failed for good and can now succeed.
   */
  async resend(id: string): Promise<StuckOutboxView | { refused: JobConsoleRefusal }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<OutboxRow[]>(
        `SELECT id::text, queue, job, payload, created_at, available_at, enqueued_at, enqueue_count, failed_at, last_error,
                completed_at, discarded_at, extract(epoch FROM now() - available_at) AS age_seconds
           FROM outbox WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const row = rows[0];
      const refusal = resendRefusal(row);
      if (refusal) return { refused: refusal };
      const view = stuckView(row);
      const queue = this.queues.get(row.queue as QueueName);
      const existing = await queue.getJob(id);
      if (existing) {
        const state = await existing.getState();
        if (state === 'active') return { refused: 'running' as const };
        await existing.remove();
      }
      await queue.add(row.job, row.payload, { jobId: id });
      await manager.query<unknown>(
        `UPDATE outbox SET enqueued_at = now(), enqueue_count = enqueue_count + 1, failed_at = NULL, last_error = NULL,
                check_at = now() + make_interval(secs => $2) WHERE id = $1`,
        [id, OUTBOX_RECHECK_MS / 1000],
      );
      return view;
    });
  }

  /** Closes an outbox row given up by the admin: the relay leaves it alone from now on. */
  private async closeOutbox(id: string, reason: string): Promise<void> {
    await this.dataSource.query<unknown>(
      `UPDATE outbox SET discarded_at = now(), discard_reason = $2, failed_at = coalesce(failed_at, now())
        WHERE id = $1 AND completed_at IS NULL`,
      [id, reason],
    );
  }
}
