import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { APPLICATION_STATUSES, ApplicationDeclarations, DECLARATION_NOTE_MAX } from '@scenematch/contracts';
import { commaList, OptionalText, PageQueryDto, RequiredText } from '@scenematch/server-common';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';

/** Known keys only (unknown keys are 400 through the global whitelist), flat values, bounded text. */
export class DeclarationsDto implements ApplicationDeclarations {
  @ApiPropertyOptional({ type: Boolean, description: '承诺所填信息真实有效 (must be true to submit)' })
  @IsOptional() @IsBoolean({ message: '“信息真实有效”承诺应为 true 或 false' })
  truthful?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: '与发榜单位不存在利益冲突或关联关系' })
  @IsOptional() @IsBoolean({ message: '“无利益冲突”声明应为 true 或 false' })
  noConflict?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: '未被列入失信被执行人名单或重大税收违法失信主体名单' })
  @IsOptional() @IsBoolean({ message: '“无失信记录”声明应为 true 或 false' })
  noDishonesty?: boolean;

  @ApiPropertyOptional({ type: String, description: '关联关系说明（如有）', maxLength: DECLARATION_NOTE_MAX })
  @OptionalText(DECLARATION_NOTE_MAX, { tooLong: `关联关系说明不超过 ${DECLARATION_NOTE_MAX} 字`, notText: '关联关系说明应为文本' })
  relationNote?: string;
}

export class ApplicationDto {
  @ApiProperty({ description: 'The proposal (方案简述)', minLength: 20, maxLength: 20000, example: '基于深度学习的肺结节检测方案，已在两家三甲医院部署，支持 DICOM 影像接入与结构化报告输出。' })
  @RequiredText(20, 20000, { notText: '请填写方案', length: '方案应为 20–20000 字' })
  proposal!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 10, description: 'Own listed products the proposal uses (product ids)' })
  @IsOptional() @IsArray() @ArrayMaxSize(10, { message: '最多引用 10 个产品' }) @IsUUID('all', { each: true, message: '产品编号无效' })
  productIds?: string[];

  @ApiProperty({ type: Number, minimum: 0, maximum: 1e11, multipleOf: 0.01, example: 800000, description: 'Quote in CNY (元), at most 2 decimals' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '报价应为数字（元）' }) @Min(0, { message: '报价不能为负数' }) @Max(1e11, { message: '报价过大' })
  quote!: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3650, example: 90, description: 'Duration in days' })
  @IsInt({ message: '工期应为整数（天）' }) @Min(1, { message: '工期至少 1 天' }) @Max(3650, { message: '工期不超过 3650 天' })
  durationDays!: number;

  @ApiPropertyOptional({ maxLength: 5000, description: 'The team (团队介绍)' })
  @OptionalText(5000, { tooLong: '团队介绍不超过 5000 字' })
  team?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 4, description: 'Consortium members (organisation ids, at most four)' })
  @IsOptional() @IsArray() @ArrayMaxSize(4, { message: '联合体成员最多 4 家' }) @IsUUID('all', { each: true, message: '成员单位编号无效' })
  memberIds?: string[];

  @ApiPropertyOptional({ type: DeclarationsDto, description: 'Declarations, e.g. { "truthful": true, "noConflict": true }' })
  @IsOptional() @IsObject({ message: '声明应为对象' }) @ValidateNested() @Type(() => DeclarationsDto)
  declarations?: DeclarationsDto;
}

export class UpdateApplicationDto extends PartialType(ApplicationDto) {}

export class ApplicationReasonDto {
  @ApiProperty({ minLength: 2, maxLength: 500, example: '营业执照已过期' })
  @RequiredText(2, 500, { notText: '请填写原因', length: '原因应为 2–500 个字符' })
  reason!: string;
}

export class ApplicationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, isArray: true, description: 'Statuses: repeat the parameter or separate with commas' })
  @IsOptional() @Transform(commaList) @IsArray() @IsIn(APPLICATION_STATUSES as unknown as string[], { each: true, message: '状态取值无效' })
  status?: string[];
}


export class ConsortiumDeclineDto {
  @ApiPropertyOptional({ description: 'Why (shown to the lead company)', maxLength: 500 })
  @OptionalText(500, { tooLong: '原因不超过 500 字', notText: '原因应为文本' })
  reason?: string;
}
