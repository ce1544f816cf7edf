import { applyDecorators, Body, Controller, Get, HttpCode, NotFoundException, Param, PipeTransform, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FailedJobView, JobsOverview, Page, RetryManyResult, StuckOutboxView } from '@scenematch/contracts';
import { Actor, ApiErrors, ApiOk, ApiOkPage, CurrentActor, ReqMeta, RequestMeta, Roles, uuidOrNotFound } from '@scenematch/server-common';
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

  @Get('jobs/overview')
  @Roles('admin')
  @ApiOperation({ summary: 'Job counts per queue (waiting, active, delayed, failed, completed) and the number of stuck outbox rows' })
  @ApiOk('JobsOverview')
  overview(@Query() query: OverviewQueryDto): Promise<JobsOverview> {
    return this.console.overview(query.minutes);
  }

  @Get('jobs/failed')
  @Roles('admin')
  @ApiOperation({ summary: 'Jobs that failed for good (after their retries), newest first: reason, attempts, times and the payload ids only' })
  @ApiOkPage('FailedJobView')
  failed(@Query() query: FailedJobQueryDto): Promise<Page<FailedJobView>> {
    return this.console.failed(query);
  }

  @Post('jobs/failed/retry')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Retry every failed job of one kind (audited)' })
  @ApiOk('RetryManyResult')
  retryKind(@Body() dto: RetryKindDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<RetryManyResult> {
    return this.console.retryKind(dto.job, dto.reason, actor, meta);
  }

  @Post('jobs/:queue/:id/retry')
  @JobPath()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Run a failed job again from its first attempt (audited)' })
  @ApiOk('FailedJobView')
  @ApiErrors({ 409: 'The job is no longer failed (already retried or discarded)' })
  retry(@Param('queue', queueName) queue: QueueName, @Param('id', jobId) id: string, @Body() dto: RetryJobDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<FailedJobView> {
    return this.console.retry(queue, id, dto.reason, actor, meta);
  }

  @Post('jobs/:queue/:id/discard')
  @JobPath()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Remove a failed job for good, with a reason (audited); its outbox row is closed' })
  @ApiOk('FailedJobView')
  @ApiErrors({ 409: 'The job is no longer failed (already retried or discarded)' })
  discard(@Param('queue', queueName) queue: QueueName, @Param('id', jobId) id: string, @Body() dto: DiscardJobDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<FailedJobView> {
    return this.console.discard(queue, id, dto.reason, actor, meta);
  }

  @Get('outbox/stuck')
  @Roles('admin')
  @ApiOperation({ summary: 'Outbox rows not relayed after `minutes`, or whose job failed for good, oldest first, with their age' })
  @ApiOkPage('StuckOutboxView')
  stuck(@Query() query: StuckOutboxQueryDto): Promise<Page<StuckOutboxView>> {
    return this.console.stuck(query.minutes, query.page, query.pageSize);
  }

  @Post('outbox/:id/resend')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: "Put a stuck outbox row's job on its queue again, fresh (audited)" })
  @ApiOk('StuckOutboxView')
  @ApiErrors({ 409: 'The row is no longer stuck' })
  resend(@Param('id', outboxId) id: string, @Body() dto: RetryJobDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<StuckOutboxView> {
    return this.console.resend(id, dto.reason, actor, meta);
  }
}
