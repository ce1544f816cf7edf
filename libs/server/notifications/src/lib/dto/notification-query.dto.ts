import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@scenematch/server-common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

/** The inbox query: a page, optionally of the unread notifications only. */
export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only unread ones' }) @IsOptional() @Transform(({ value }) => ['1', 'true', 'yes'].includes(String(value))) @IsBoolean() unread?: boolean;
}
