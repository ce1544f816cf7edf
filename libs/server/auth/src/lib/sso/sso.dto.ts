import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SsoApproveRequest, SsoLinkRequestStatus, SsoRejectRequest } from '@scenematch/contracts';
import { PageQueryDto, RequiredText, trimText } from '@scenematch/server-common';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

const STATUSES: SsoLinkRequestStatus[] = ['pending', 'approved', 'rejected'];

export class SsoRequestQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES, default: 'pending' })
  @IsOptional() @IsIn(STATUSES, { message: '状态应为 pending、approved 或 rejected' })
  status?: SsoLinkRequestStatus;
}

export class SsoApproveDto implements SsoApproveRequest {
  @ApiPropertyOptional({ description: 'link to this existing user' })
  @IsOptional() @IsUUID('all', { message: '用户编号格式不正确' })
  userId?: string;

  @ApiPropertyOptional({ description: 'or create a user in this organisation' })
  @IsOptional() @IsUUID('all', { message: '机构编号格式不正确' })
  organisationId?: string;

  @ApiPropertyOptional({ description: "the new user's e-mail (default: the provider's)" })
  @IsOptional() @Transform(trimText) @IsEmail({}, { message: '邮箱格式不正确' }) @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ description: "the new user's name (default: the provider's)" })
  @IsOptional() @Transform(trimText) @IsString() @Length(1, 100, { message: '姓名为 1–100 个字符' })
  displayName?: string;
}

export class SsoRejectDto implements SsoRejectRequest {
  @ApiProperty({ example: '非本市政务人员' })
  @RequiredText(2, 500, { notText: '请填写驳回理由', length: '驳回理由为 2–500 个字符' })
  reason!: string;
}
