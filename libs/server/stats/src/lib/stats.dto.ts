import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STATS_DEFAULT_MIN_MATCHES, STATS_DEFAULT_STRONG_SCORE } from '@scenematch/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '应为 ISO 日期，例如 2025-07-01';

/** `?from=&to=&batchId=&domain=&minMatches=&strongScore=` of the overview. */
export class StatsQueryDto {
  @ApiPropertyOptional({ description: 'First day of the period (China time); default: the first day of the month 11 months before `to`', example: '2025-07-01' })
  @IsOptional() @IsString({ message: DATE_MESSAGE }) @Matches(ISO_DATE, { message: DATE_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ description: 'Last day of the period, inclusive; default: today', example: '2025-09-30' })
  @IsOptional() @IsString({ message: DATE_MESSAGE }) @Matches(ISO_DATE, { message: DATE_MESSAGE })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only scenarios of this batch' })
  @IsOptional() @IsUUID('all', { message: '榜单编号无效' })
  batchId?: string;

  @ApiPropertyOptional({ description: 'Only scenarios of this domain (code or name)' })
  @IsOptional() @IsString({ message: '应用领域应为文本' }) @MaxLength(50, { message: '应用领域过长' })
  domain?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50, description: 'Strong matches an open scenario needs to count as covered', default: STATS_DEFAULT_MIN_MATCHES })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'minMatches 应为 1–50 的整数' }) @Min(1, { message: 'minMatches 应为 1–50 的整数' })
  @Max(50, { message: 'minMatches 应为 1–50 的整数' })
  minMatches?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, description: 'Lowest score (0–100) of a strong match', default: STATS_DEFAULT_STRONG_SCORE })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'strongScore 应为 0–100 的整数' }) @Min(0, { message: 'strongScore 应为 0–100 的整数' })
  @Max(100, { message: 'strongScore 应为 0–100 的整数' })
  strongScore?: number;
}

export class ReportQueryDto {
  @ApiProperty({ description: 'Quarter as YYYYQn', example: '2025Q3' })
  @IsDefined({ message: '请选择季度，例如 2025Q3' }) @IsString({ message: '季度格式应为 YYYYQn，例如 2025Q3' })
  @Matches(/^\d{4}Q[1-4]$/, { message: '季度格式应为 YYYYQn，例如 2025Q3' })
  quarter!: string;

  @ApiPropertyOptional({ enum: ['xlsx'], default: 'xlsx' })
  @IsOptional() @IsIn(['xlsx'], { message: '报告格式目前仅支持 xlsx' })
  format?: 'xlsx';
}

export class BatchHealthQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Batch id; all open scenarios when omitted' })
  @IsOptional() @IsUUID('all', { message: '榜单编号无效' })
  batchId?: string;
}
