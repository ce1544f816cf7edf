import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { chinaToday, isRealDate, parseDeadline, SCENARIO_STATUSES } from '@scenematch/contracts';
import { commaList, PageQueryDto, queryFlag, trimText } from '@scenematch/server-common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidationOptions,
} from 'class-validator';

/** A real calendar date (YYYY-MM-DD); with `future`, today or later in Beijing time. */
export function IsCalendarDate(options: { future?: boolean } = {}, validation?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: object.constructor,
      propertyName,
      options: validation,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isRealDate(value) && (!options.future || value >= chinaToday()),
        defaultMessage: (args) =>
          typeof args?.value === 'string' && isRealDate(args.value) ? '截止日期不能早于今天' : '应为有效日期，例如 2026-12-31',
      },
    });
}

/**
 * A deadline (截止时间): an ISO date-time (Beijing time unless it carries an offset) or a date
 * alone (17:00 Beijing time that day); with `future`, not already past.
 */
export function IsDeadline(options: { future?: boolean } = {}, validation?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isDeadline',
      target: object.constructor,
      propertyName,
      options: validation,
      validator: {
        validate: (value: unknown) => {
          const at = typeof value === 'string' ? parseDeadline(value) : null;
          return !!at && (!options.future || at.getTime() > Date.now());
        },
        defaultMessage: (args) =>
          typeof args?.value === 'string' && parseDeadline(args.value)
            ? '截止时间不能早于现在'
            : '应为有效的截止时间，例如 2026-12-31T17:00 或 2026-12-31（当日 17:00 截止）',
      },
    });
}

export class ScenarioFieldsDto {
  @ApiProperty({ example: '医学影像辅助诊断' })
  @Transform(trimText) @IsString({ message: '请填写场景名称' }) @Length(2, 100, { message: '场景名称应为 2–100 个字符' })
  title!: string;

  @ApiProperty({ example: '智慧医疗', description: 'Domain name (应用领域), alias or code' })
  @Transform(trimText) @IsString({ message: '请选择应用领域' }) @Length(1, 50, { message: '请选择应用领域' })
  domain!: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(5000, { message: '场景描述不超过 5000 字' })
  description?: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(3000, { message: '痛点不超过 3000 字' })
  painPoints?: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(3000, { message: '预期成效不超过 3000 字' })
  expectedOutcome?: string;

  @ApiPropertyOptional({ type: [String], example: ['计算机视觉', '大模型'], description: 'Capability names or codes' })
  @IsOptional() @IsArray({ message: '能力需求应为列表' }) @ArrayMaxSize(12, { message: '能力需求最多 12 项' })
  @IsString({ each: true, message: '能力需求应为文本' })
  capabilities?: string[];

  @ApiPropertyOptional({
    example: '2026-12-31T17:00:00+08:00',
    description: 'Deadline (截止时间): ISO date-time, Beijing time unless an offset is given; a date alone means 17:00 that day. The bids open then.',
  })
  @IsOptional() @IsDeadline({ future: true })
  deadline?: string | null;

  @ApiPropertyOptional({ description: 'CNY' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }, { message: '预算应为数字（元）' }) @Min(0, { message: '预算不能为负数' })
  @Max(1e11, { message: '预算过大' })
  budgetMin?: number | null;

  @ApiPropertyOptional({ description: 'CNY' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }, { message: '预算应为数字（元）' }) @Min(0, { message: '预算不能为负数' })
  @Max(1e11, { message: '预算过大' })
  budgetMax?: number | null;

  @ApiPropertyOptional({ description: 'Pilot site (试点地点)' })
  @IsOptional() @Transform(trimText) @IsString() @MaxLength(200, { message: '试点地点不超过 200 字' })
  site?: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(50, { message: '联系人不超过 50 字' })
  contactName?: string;

  @ApiPropertyOptional()
  @IsOptional() @Transform(trimText) @Matches(/^$|^[0-9+\-() ]{7,20}$/, { message: '联系电话格式不正确' })
  contactPhone?: string;

  @ApiPropertyOptional()
  @IsOptional() @Transform(trimText) @Matches(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: '联系邮箱格式不正确' })
  contactEmail?: string;

  @ApiPropertyOptional({ description: 'The batch (榜单) it is meant for' })
  @IsOptional() @IsUUID('all', { message: '榜单编号无效' })
  batchId?: string | null;
}

export class CreateScenarioDto extends ScenarioFieldsDto {}

export class UpdateScenarioDto extends PartialType(ScenarioFieldsDto) {}

export class ReasonDto {
  @ApiProperty({ example: '请补充场景痛点和预期成效' })
  @Transform(trimText) @IsString({ message: '请填写原因' }) @Length(2, 500, { message: '原因应为 2–500 个字符' })
  reason!: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(500, { message: '原因不超过 500 字' })
  reason?: string;
}

export const SCENARIO_SORTS = ['relevance', 'newest', 'deadline', 'number'] as const;

export class ScenarioQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Search in title, description and unit (Chinese two-character words work)' })
  @IsOptional() @IsString() @MaxLength(50, { message: '搜索词不超过 50 字' })
  q?: string;

  @ApiPropertyOptional({ description: 'Domain code or name; comma-separated for several' })
  @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30)
  domain?: string[];

  @ApiPropertyOptional({ description: 'Capability code or name' })
  @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30)
  capability?: string[];

  @ApiPropertyOptional({ description: 'Batch id' })
  @IsOptional() @IsUUID('all', { message: '榜单编号无效' })
  batch?: string;

  @ApiPropertyOptional({ description: 'Owning unit (organisation id)' })
  @IsOptional() @IsUUID('all', { message: '单位编号无效' })
  agency?: string;

  @ApiPropertyOptional({ description: 'Statuses (staff; agencies with mine=true); public lists show published ones' })
  @IsOptional() @Transform(commaList) @IsArray() @IsIn(SCENARIO_STATUSES as unknown as string[], { each: true, message: '状态取值无效' })
  status?: string[];

  @ApiPropertyOptional({ description: 'Only the caller’s own unit’s scenarios (any status)' })
  @IsOptional() @Transform(queryFlag) @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ description: 'Deadline on or after' })
  @IsOptional() @IsCalendarDate()
  deadlineFrom?: string;

  @ApiPropertyOptional({ description: 'Deadline on or before' })
  @IsOptional() @IsCalendarDate()
  deadlineTo?: string;

  @ApiPropertyOptional({ enum: SCENARIO_SORTS })
  @IsOptional() @IsIn(SCENARIO_SORTS as unknown as string[], { message: '排序方式应为 relevance、newest、deadline 或 number' })
  sort?: (typeof SCENARIO_SORTS)[number];

  @ApiPropertyOptional({ description: 'Include counts per domain for the same filters' })
  @IsOptional() @Transform(queryFlag) @IsBoolean()
  facets?: boolean;
}

export class ExportQueryDto extends ScenarioQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'] })
  @IsOptional() @IsIn(['xlsx', 'csv'], { message: '导出格式应为 xlsx 或 csv' })
  format?: 'xlsx' | 'csv';
}

export class BatchDto {
  @ApiProperty({ example: 2 }) @Type(() => Number) @IsNumber({}, { message: '批次号应为数字' }) @Min(1, { message: '批次号至少为 1' })
  @Max(999, { message: '批次号过大' })
  number!: number;

  @ApiProperty({ example: '“城市+AI”应用场景清单（第二批）' })
  @Transform(trimText) @IsString({ message: '请填写榜单名称' }) @Length(2, 100, { message: '榜单名称应为 2–100 个字符' })
  name!: string;

  @ApiProperty({ example: '区人工智能创新服务中心' })
  @Transform(trimText) @IsString({ message: '请填写发布机构' }) @Length(2, 100, { message: '发布机构应为 2–100 个字符' })
  issuer!: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trimText) @IsString() @MaxLength(3000) description?: string;

  @ApiPropertyOptional({ example: '2026-12-01' }) @IsOptional() @IsCalendarDate() opensOn?: string | null;
  @ApiPropertyOptional({ example: '2027-01-31' }) @IsOptional() @IsCalendarDate() closesOn?: string | null;

  @ApiPropertyOptional({ description: 'Eligibility: applications per company in this batch' })
  @IsOptional() @Type(() => Number) @IsNumber({}, { message: '应为数字' }) @Min(1, { message: '至少为 1' }) @Max(100)
  maxApplicationsPerCompany?: number | null;

  @ApiPropertyOptional({ type: [String], description: 'Eligibility: certification kinds every applicant must hold' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true })
  requiredCertifications?: string[];

  @ApiPropertyOptional({ description: 'Eligibility: refuse companies that won before' })
  @IsOptional() @IsBoolean()
  excludePreviousWinners?: boolean;
}

export class UpdateBatchDto extends PartialType(BatchDto) {}
