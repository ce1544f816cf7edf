import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalText, PageQueryDto, RequiredText } from '@scenematch/server-common';
import { JobName, QueueName } from '@scenematch/server-queue';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

const QUEUES = Object.values(QueueName) as string[];
const JOBS = Object.values(JobName) as string[];

/** Pages of a failed set are read from its start: keep them shallow. */
class ShallowPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 1 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'page 应为正整数' }) @Min(1, { message: 'page 应为正整数' }) @Max(200, { message: 'page 最大为 200' })
  declare page: number;
}

export class FailedJobQueryDto extends ShallowPageQueryDto {
  @ApiPropertyOptional({ enum: QUEUES })
  @IsOptional() @IsIn(QUEUES, { message: `队列应为 ${QUEUES.join('、')} 之一` })
  queue?: QueueName;

  @ApiPropertyOptional({ enum: JOBS, description: 'job kind, e.g. notification.dispatch' })
  @IsOptional() @IsIn(JOBS, { message: '任务类型不正确' })
  job?: JobName;
}

export class StuckOutboxQueryDto extends ShallowPageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10080, default: 10, description: 'minutes after which an outbox row not relayed counts as stuck' })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'minutes 应为整数' }) @Min(1, { message: 'minutes 至少为 1' }) @Max(10080, { message: 'minutes 最大为 10080（7 天）' })
  minutes = 10;
}

export class OverviewQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10080, default: 10 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'minutes 应为整数' }) @Min(1, { message: 'minutes 至少为 1' }) @Max(10080, { message: 'minutes 最大为 10080（7 天）' })
  minutes = 10;
}

/** Retrying: a note is welcome (it goes to the audit trail), not required. */
export class RetryJobDto {
  @ApiPropertyOptional({ example: '邮件服务已恢复' })
  @OptionalText(500, { tooLong: '说明最多 500 个字符', notText: '请填写说明' })
  reason?: string;
}

export class RetryKindDto extends RetryJobDto {
  @ApiProperty({ enum: JOBS, example: JobName.NotificationDispatch })
  @IsIn(JOBS, { message: '任务类型不正确' })
  job!: JobName;
}

/** Discarding gives work up for good: the reason is required. */
export class DiscardJobDto {
  @ApiProperty({ example: '通知已过时，无需再发' })
  @RequiredText(2, 500, { notText: '请填写丢弃原因', length: '丢弃原因应为 2–500 个字符' })
  reason!: string;
}
