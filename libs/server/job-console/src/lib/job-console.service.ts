import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { FailedJobView, JobsOverview, Page, RetryManyResult, StuckOutboxView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, RequestMeta } from '@scenematch/server-common';
import { JobConsoleRefusal, JobConsoleStore, JobName, QueueName } from '@scenematch/server-queue';
import { FailedJobQueryDto } from './job-console.dto';

const REFUSALS: Record<JobConsoleRefusal, () => Error> = {
  missing: () => new NotFoundException('任务不存在或已处理'),
  not_failed: () => new ConflictException('该任务已不在失败列表中（可能已重试或已完成）'),
  running: () => new ConflictException('该任务正在执行，请稍后再试'),
  not_stuck: () => new ConflictException('该消息已在队列中，无需重新投递'),
};

function orRefuse<T extends object>(result: T | { refused: JobConsoleRefusal }): T {
  if ('refused' in result) throw REFUSALS[result.refused]();
  return result;
}

/**
 * 任务监控 for the admin: what failed for good and why (ids only), and the actions on it —
 * retry, retry a whole kind, discard with a reason, re-send a stuck outbox row. Every action is
 * in the audit trail with who did it, which job and the reason.
 */
@Injectable()
export class JobConsoleService {
  constructor(
    private readonly store: JobConsoleStore,
    private readonly audit: AuditService,
  ) {}

  async overview(minutes: number): Promise<JobsOverview> {
    const [queues, stuckOutbox] = await Promise.all([this.store.counts(), this.store.stuckCount(minutes)]);
    return { queues, stuckOutbox, stuckAfterMinutes: minutes };
  }

  failed(query: FailedJobQueryDto): Promise<Page<FailedJobView>> {
    return this.store.failed(query);
  }

  stuck(minutes: number, page: number, pageSize: number): Promise<Page<StuckOutboxView>> {
    return this.store.stuck(minutes, page, pageSize);
  }

  async retry(queue: QueueName, id: string, reason: string | undefined, actor: Actor, meta: RequestMeta): Promise<FailedJobView> {
    const job = orRefuse(await this.store.retry(queue, id));
    await this.audit.record({ action: 'job.retry', actor, entityType: 'job', entityId: id, meta, details: { queue, job: job.job, ids: job.ids, reason: reason || null, failedReason: job.reason } });
    return job;
  }

  async retryKind(job: JobName, reason: string | undefined, actor: Actor, meta: RequestMeta): Promise<RetryManyResult> {
    const retried = await this.store.retryAll(job);
    await this.audit.record({
      action: 'job.retry_all',
      actor,
      entityType: 'job',
      entityId: job,
      meta,
      details: { job, reason: reason || null, retried: retried.length, jobIds: retried.slice(0, 200).map((j) => j.id) },
    });
    return { retried: retried.length };
  }

  async discard(queue: QueueName, id: string, reason: string, actor: Actor, meta: RequestMeta): Promise<FailedJobView> {
    const job = orRefuse(await this.store.discard(queue, id, reason));
    await this.audit.record({ action: 'job.discard', actor, entityType: 'job', entityId: id, meta, details: { queue, job: job.job, ids: job.ids, reason, failedReason: job.reason } });
    return job;
  }

  async resend(id: string, reason: string | undefined, actor: Actor, meta: RequestMeta): Promise<StuckOutboxView> {
    const row = orRefuse(await this.store.resend(id));
    await this.audit.record({
      action: 'outbox.resend',
      actor,
      entityType: 'outbox',
      entityId: id,
      meta,
      details: { queue: row.queue, job: row.job, ids: row.ids, state: row.state, reason: reason || null, lastError: row.lastError },
    });
    return row;
  }
}
