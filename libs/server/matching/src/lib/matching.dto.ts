import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@scenematch/server-common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class RecommendationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Domain code or name' }) @IsOptional() @IsString() @MaxLength(50) domain?: string;
  @ApiPropertyOptional({ description: 'Only scenarios still open on this date' }) @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 YYYY-MM-DD' })
  deadlineFrom?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt({ message: '分数应为整数' }) @Min(0) @Max(100) minScore?: number;
}

export class MatchesQueryDto extends PageQueryDto {}
