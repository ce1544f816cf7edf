import { ApiPropertyOptional } from '@nestjs/swagger';
import { Page } from '@scenematch/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** `?page=&pageSize=` for every list. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000, default: 1 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'page 应为正整数' }) @Min(1, { message: 'page 应为正整数' }) @Max(100000)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'pageSize 应为整数' }) @Min(1, { message: 'pageSize 至少为 1' })
  @Max(MAX_PAGE_SIZE, { message: `pageSize 最大为 ${MAX_PAGE_SIZE}` })
  pageSize = 20;
}

export function pageOf<T>(items: T[], total: number, query: { page: number; pageSize: number }): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}
