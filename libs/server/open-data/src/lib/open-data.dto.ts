import { ApiPropertyOptional } from '@nestjs/swagger';
import { OPEN_DATA_DEFAULT_LIMIT, OPEN_DATA_MAX_LIMIT } from '@scenematch/contracts';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** A date (Beijing midnight) or a date-time with its offset; a time without a zone is ambiguous. */
const UPDATED_SINCE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const UPDATED_SINCE_MESSAGE = 'updatedSince 应为 ISO 8601 时间（含时区），例如 2026-12-01T00:00:00+08:00 或 2026-12-01';
const LIMIT_MESSAGE = `limit 应为 1–${OPEN_DATA_MAX_LIMIT} 的整数`;

/**
 * An unencoded `+` of an offset arrives as a space (`2026-12-01T08:00:00 08:00`): read it as
 * the `+` the caller meant rather than rejecting a request everyone gets wrong once.
 */
const offsetPlus = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().replace(/ (\d{2}:?\d{2})$/, '+$1') : value;

/** `?updatedSince=&cursor=&limit=` of every feed. */
export class OpenDataFeedQueryDto {
  @ApiPropertyOptional({
    description: 'Only records changed at or after this instant (ISO 8601 date-time with offset; a date alone means 00:00 Beijing time)',
    format: 'date-time',
    example: '2026-12-01T00:00:00+08:00',
  })
  @IsOptional()
  @Transform(offsetPlus)
  @IsString({ message: UPDATED_SINCE_MESSAGE })
  @Matches(UPDATED_SINCE, { message: UPDATED_SINCE_MESSAGE })
  @IsISO8601({ strict: true }, { message: UPDATED_SINCE_MESSAGE })
  updatedSince?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page (opaque)', example: 'WyIyMDI2LTEyLTA2VDA1OjA0OjAzLjEyMzQ1NloiLCIuLi4iXQ' })
  @IsOptional()
  @IsString({ message: 'cursor 无效' })
  @MaxLength(200, { message: 'cursor 无效' })
  cursor?: string;

  @ApiPropertyOptional({ description: 'Records per page', type: 'integer', minimum: 1, maximum: OPEN_DATA_MAX_LIMIT, default: OPEN_DATA_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(OPEN_DATA_MAX_LIMIT, { message: LIMIT_MESSAGE })
  limit?: number;
}

/** The instant `updatedSince` names (a date alone: 00:00 Beijing time). */
export function updatedSinceInstant(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value);
}
