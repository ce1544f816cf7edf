import { applyDecorators, Body, Controller, NotFoundException, Param, PipeTransform, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { FailedJobView, JobsOverview, Page, RetryManyResult, StuckOutboxView } from '@scenematch/contracts';
import { ActionRoute, Actor, CurrentActor, ReadRoute, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
import { QueueName } from '@scenematch/server-queue';
import { DiscardJobDto, FailedJobQueryDto, OverviewQueryDto, RetryJobDto, RetryKindDto, StuckOutboxQueryDto } from './job-console.dto';
import { JobConsoleService } from './job-console.service';

const QUEUES = new Set<string>(Object.values(QueueName));
const JOB_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9:_.-]{0,199}$';
const JOB_ID = new RegExp(JOB_ID_PATTERN);
/** The job's queue and id in the path (an unknown queue or malformed id is a 404). */
const JobPath = () =>
  applyDecorators(
    ApiParam({ name: 'queue', enum: [...QUEUES], description: 'The queue the job is in' }),
    ApiParam({ name: 'id', schema: { type: 'string', pattern: JOB_ID_PATTERN }, description: 'An outbox UUID or a key such as `bids-open:<scenario>:<time>`' }),
  );
/** A queue name in the path: an unknown one is a job that does not exist. */
const queueName: PipeTransform<string, QueueName> = {
  transform: (value) => {
    if (!QUEUES.has(value)) throw new NotFoundException('任务不存在或已处理');
    return value as QueueName;
  },
};
/** Job ids are outbox UUIDs or short keys such as `bids-open:<scenario>:<time>`. */
const jobId: PipeTransform<string, string> = {
  transform: (value) => {
    if (!JOB_ID.test(value)) throw new NotFoundException('任务不存在或已处理');
    return value;
  },
};
const outboxId = uuidOrNotFound('消息不存在');

/** 任务监控: the admin only. */
@ApiTags('admin')
@Controller('admin')
export class JobConsoleController {
  constructor(private readonly console: JobConsoleService) {}

  @ReadRoute('jobs/overview', { roles: ['admin'], summary: 'Job counts per queue (waiting, active, delayed, failed, completed) and the number of stuck outbox rows', ok: 'JobsOverview' })
  overview(@Query() query: OverviewQueryDto): Promise<JobsOverview> {
    return this.console.overview(query.minutes);
  }

  @ReadRoute('jobs/failed', { roles: ['admin'], summary: 'Jobs that failed for good (after their retries), newest first: reason, attempts, times and the payload ids only', page: 'FailedJobView' })
  failed(@Query() query: FailedJobQueryDto): Promise<Page<FailedJobView>> {
    return this.console.failed(query);
  }

  @ActionRoute('jobs/failed/retry', { roles: ['admin'], summary: 'Retry every failed job of one kind (audited)', ok: 'RetryManyResult' })
  retryKind(@Body() dto: RetryKindDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<RetryManyResult> {
    return this.console.retryKind(dto.job, dto.reason, actor, meta);
  }

  @JobPath()
  @ActionRoute('jobs/:queue/:id/retry', { roles: ['admin'], summary: 'Run a failed job again from its first attempt (audited)', ok: 'FailedJobView', errors: [{ 409: 'The job is no longer failed (already retried or discarded)' }] })
  retry(@Param('queue', queueName) queue: QueueName, @Param('id', jobId) id: string, @Body() dto: RetryJobDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<FailedJobView> {
    return this.console.retry(queue, id, dto.reason, actor, meta);
  }

  @JobPath()
  @ActionRoute('jobs/:queue/:id/discard', { roles: ['admin'], summary: 'Remove a failed job for good, with a reason (audited); its outbox row is closed', ok: 'FailedJobView', errors: [{ 409: 'The job is no longer failed (already retried or discarded)' }] })
  discard(@Param('queue', queueName) queue: QueueName, @Param('id', jobId) id: string, @Body() dto: DiscardJobDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<FailedJobView> {
    return this.console.discard(queue, id, dto.reason, actor, meta);
  }

  @ReadRoute('outbox/stuck', { roles: ['admin'], summary: 'Outbox rows not relayed after `minutes`, or whose job failed for good, oldest first, with their age', page: 'StuckOutboxView' })
  stuck(@Query() query: StuckOutboxQueryDto): Promise<Page<StuckOutboxView>> {
    return this.console.stuck(query.minutes, query.page, query.pageSize);
  }

  @ActionRoute('outbox/:id/resend', { roles: ['admin'], summary: "Put a stuck outbox row's job on its queue again, fresh (audited)", ok: 'StuckOutboxView', errors: [{ 409: 'The row is no longer stuck' }] })
  resend(@Param('id', outboxId) id: string, @Body() dto: RetryJobDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<StuckOutboxView> {
    return this.console.resend(id, dto.reason, actor, meta);
  }
}
