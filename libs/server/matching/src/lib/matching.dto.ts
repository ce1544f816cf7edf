import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DISMISS_NOTE_MAX,
  DISMISS_REASONS,
  DismissReason,
  DismissRequest,
  INVITATION_MESSAGE_MAX,
  InvitationRequest,
  RECOMMENDATION_DEFAULT_MIN_SCORE,
} from '@scenematch/contracts';
import { OptionalText, PageQueryDto } from '@scenematch/server-common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class RecommendationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Domain code or name', maxLength: 50 }) @IsOptional() @IsString() @MaxLength(50) domain?: string;
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-12-31', description: 'Only scenarios still open on this date' }) @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 YYYY-MM-DD' }) @IsISO8601({ strict: true }, { message: '日期无效，例如 2026-12-31' })
  deadlineFrom?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: RECOMMENDATION_DEFAULT_MIN_SCORE, description: 'Lowest score listed; 0 lists every kept match', type: 'integer' }) @IsOptional() @Type(() => Number) @IsInt({ message: '分数应为整数' }) @Min(0) @Max(100) minScore?: number;
}

export class MatchesQueryDto extends PageQueryDto {}

export class DismissDto implements DismissRequest {
  @ApiPropertyOptional({ enum: DISMISS_REASONS, description: '领域不符 / 能力不符 / 规模不符 / 已有合作 / 其他' })
  @IsOptional()
  @IsIn(DISMISS_REASONS, { message: '请选择列出的原因' })
  reason?: DismissReason;

  @ApiPropertyOptional({ maxLength: DISMISS_NOTE_MAX })
  @OptionalText(DISMISS_NOTE_MAX, { tooLong: `补充说明不超过 ${DISMISS_NOTE_MAX} 字`, notText: '补充说明应为文字' })
  note?: string;
}

export class InvitationDto implements InvitationRequest {
  @ApiProperty({ description: 'The company invited to apply', format: 'uuid' })
  @IsUUID('all', { message: '请选择要邀请的企业' })
  organisationId!: string;

  @ApiPropertyOptional({ maxLength: INVITATION_MESSAGE_MAX })
  @OptionalText(INVITATION_MESSAGE_MAX, { tooLong: `邀请留言不超过 ${INVITATION_MESSAGE_MAX} 字`, notText: '邀请留言应为文字' })
  message?: string;
}

export class DismissalQueryDto extends PageQueryDto {}
