import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_TYPES, ROLES, USER_STATUSES, VERIFICATION_STATUSES } from '@scenematch/contracts';
import { OptionalText, PageQueryDto, RequiredText } from '@scenematch/server-common';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class AdminUserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'part of the e-mail or the name' })
  @OptionalText(100, { tooLong: '关键词最多 100 个字符', notText: '请输入关键词' })
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional() @IsIn(ROLES as unknown as string[], { message: '角色不正确' })
  role?: string;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional() @IsIn(USER_STATUSES as unknown as string[], { message: '状态应为 active、disabled、locked 或 erased' })
  status?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsUUID('all', { message: '机构编号格式不正确' })
  organisationId?: string;
}

export class AdminOrganisationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'part of the name, or the USCC' })
  @OptionalText(100, { tooLong: '关键词最多 100 个字符', notText: '请输入关键词' })
  q?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES })
  @IsOptional() @IsIn(ORGANISATION_TYPES as unknown as string[], { message: '机构类型不正确' })
  type?: string;

  @ApiPropertyOptional({ enum: VERIFICATION_STATUSES })
  @IsOptional() @IsIn(VERIFICATION_STATUSES as unknown as string[], { message: '认证状态应为 pending、verified 或 rejected' })
  status?: string;
}

export class RejectOrganisationDto {
  @ApiProperty({ example: '统一社会信用代码与营业执照不符' })
  @RequiredText(2, 500, { notText: '请填写驳回理由', length: '驳回理由应为 2–500 个字符' })
  reason!: string;
}

export class DisableUserDto {
  @ApiProperty({ example: '人员已离职' })
  @RequiredText(2, 500, { notText: '请填写停用原因', length: '停用原因应为 2–500 个字符' })
  reason!: string;
}
