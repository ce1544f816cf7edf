import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { chinaToday, DEADLINE_PATTERN, isRealDate, parseDeadline, SCENARIO_STATUSES } from '@scenematch/contracts';
import { commaList, OptionalText, PageQueryDto, queryFlag, RequiredText, trimText } from '@scenematch/server-common';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, registerDecorator, ValidationOptions } from 'class-validator';

/** A phone number (digits, +, -, brackets, spaces), or empty to clear it. */
const PHONE_OR_EMPTY = /^$|^[0-9+\-() ]{7,20}$/;
/** An e-mail address, or empty to clear it. */
const EMAIL_OR_EMPTY = /^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A validator of a string `parse` reads (null: it cannot); with `future`, `isFuture` must accept
 * what it read. The message says which of the two failed.
 */
function parsedStringRule<T>(name: string, parse: (value: string) => T | null, isFuture: (parsed: T) => boolean, messages: { invalid: string; past: string }) {
  return (options: { future?: boolean } = {}, validation?: ValidationOptions) =>
    (object: object, propertyName: string) =>
      registerDecorator({
        name,
        target: object.constructor,
        propertyName,
        options: validation,
        validator: {
          validate: (value: unknown) => {
            const parsed = typeof value === 'string' ? parse(value) : null;
            return parsed !== null && (!options.future || isFuture(parsed));
          },
          defaultMessage: (args) => (typeof args?.value === 'string' && parse(args.value) !== null ? messages.past : messages.invalid),
        },
      });
}

/** A real calendar date (YYYY-MM-DD); with `future`, today or later in Beijing time. */
export const IsCalendarDate = parsedStringRule('isCalendarDate', (value) => (isRealDate(value) ? value : null), (date) => date >= chinaToday(), {
  invalid: '应为有效日期，例如 2026-12-31',
  past: '截止日期不能早于今天',
});

/**
 * A deadline (截止时间): an ISO date-time (Beijing time unless it carries an offset) or a date
 * alone (17:00 Beijing time that day); with `future`, not already past.
 */
export const IsDeadline = parsedStringRule('isDeadline', parseDeadline, (at) => at.getTime() > Date.now(), {
  invalid: '应为有效的截止时间，例如 2026-12-31T17:00 或 2026-12-31（当日 17:00 截止）',
  past: '截止时间不能早于现在',
});

export class ScenarioFieldsDto {
  @ApiProperty({ example: '医学影像辅助诊断', minLength: 2, maxLength: 100 })
  @RequiredText(2, 100, { notText: '请填写场景名称', length: '场景名称应为 2–100 个字符' })
  title!: string;

  @ApiProperty({ example: '智慧医疗', description: 'Domain name (应用领域), alias or code', minLength: 1, maxLength: 50 })
  @RequiredText(1, 50, { notText: '请选择应用领域', length: '请选择应用领域' })
  domain!: string;

  @ApiPropertyOptional({ maxLength: 5000, example: '三甲医院放射科日均阅片量大，需要辅助识别肺结节等病灶。' })
  @OptionalText(5000, { tooLong: '场景描述不超过 5000 字' })
  description?: string;

  @ApiPropertyOptional({ maxLength: 3000 }) @OptionalText(3000, { tooLong: '痛点不超过 3000 字' })
  painPoints?: string;

  @ApiPropertyOptional({ maxLength: 3000 }) @OptionalText(3000, { tooLong: '预期成效不超过 3000 字' })
  expectedOutcome?: string;

  @ApiPropertyOptional({ type: [String], example: ['计算机视觉', '大模型'], description: 'Capability names or codes', maxItems: 12 })
  @IsOptional() @IsArray({ message: '能力需求应为列表' }) @ArrayMaxSize(12, { message: '能力需求最多 12 项' })
  @IsString({ each: true, message: '能力需求应为文本' })
  capabilities?: string[];

  @ApiPropertyOptional({
    type: String,
    // Not `format: date-time`: a date alone and a date-time without an offset are accepted too.
    pattern: DEADLINE_PATTERN.source,
    nullable: true,
    example: '2026-12-31T17:00:00+08:00',
    description:
      'Deadline (截止时间), not in the past: ISO date-time, Beijing time unless an offset is given; a date alone (2026-12-31) means 17:00 that day. The bids open then. null clears it.',
  })
  @IsOptional() @IsDeadline({ future: true })
  deadline?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1e11, multipleOf: 0.01, example: 500000, description: 'Lowest budget in CNY (元), at most 2 decimals' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }, { message: '预算应为数字（元）' }) @Min(0, { message: '预算不能为负数' })
  @Max(1e11, { message: '预算过大' })
  budgetMin?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1e11, multipleOf: 0.01, example: 2000000, description: 'Highest budget in CNY (元), at most 2 decimals' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }, { message: '预算应为数字（元）' }) @Min(0, { message: '预算不能为负数' })
  @Max(1e11, { message: '预算过大' })
  budgetMax?: number | null;

  @ApiPropertyOptional({ description: 'Pilot site (试点地点)', maxLength: 200 })
  @OptionalText(200, { tooLong: '试点地点不超过 200 字' })
  site?: string;

  @ApiPropertyOptional({ maxLength: 50, example: '王老师' }) @OptionalText(50, { tooLong: '联系人不超过 50 字' })
  contactName?: string;

  @ApiPropertyOptional({ pattern: PHONE_OR_EMPTY.source, example: '0755-88880000', description: 'Empty clears it' })
  @IsOptional() @Transform(trimText) @Matches(PHONE_OR_EMPTY, { message: '联系电话格式不正确' })
  contactPhone?: string;

  @ApiPropertyOptional({ pattern: EMAIL_OR_EMPTY.source, example: 'contact@example.cn', description: 'Empty clears it' })
  @IsOptional() @Transform(trimText) @Matches(EMAIL_OR_EMPTY, { message: '联系邮箱格式不正确' })
  contactEmail?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The batch (榜单) it is meant for; null detaches it' })
  @IsOptional() @IsUUID('all', { message: '榜单编号无效' })
  batchId?: string | null;
}

export class CreateScenarioDto extends ScenarioFieldsDto {}

export class UpdateScenarioDto extends PartialType(ScenarioFieldsDto) {}

export class ReasonDto {
  @ApiProperty({ example: '请补充场景痛点和预期成效', minLength: 2, maxLength: 500 })
  @RequiredText(2, 500, { notText: '请填写原因', length: '原因应为 2–500 个字符' })
  reason!: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional({ maxLength: 500, example: '场景需求已由其他渠道解决' })
  @OptionalText(500, { tooLong: '原因不超过 500 字' })
  reason?: string;
}

export const SCENARIO_SORTS = ['relevance', 'newest', 'deadline', 'number'] as const;

export class ScenarioQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Search in title, description and unit (Chinese two-character words work)', maxLength: 50, example: '影像' })
  @IsOptional() @IsString() @MaxLength(50, { message: '搜索词不超过 50 字' })
  q?: string;

  @ApiPropertyOptional({ type: [String], description: 'Domain codes or names: repeat the parameter, or give one comma-separated value', maxItems: 30 })
  @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30)
  domain?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Capability codes or names: repeat the parameter, or give one comma-separated value', maxItems: 30 })
  @IsOptional() @Transform(commaList) @IsArray() @IsString({ each: true }) @ArrayMaxSize(30)
  capability?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Batch id' })
  @IsOptional() @IsUUID('all', { message: '榜单编号无效' })
  batch?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Owning unit (organisation id)' })
  @IsOptional() @IsUUID('all', { message: '单位编号无效' })
  agency?: string;

  @ApiPropertyOptional({
    enum: SCENARIO_STATUSES,
    isArray: true,
    description: 'Statuses (staff; agencies with mine=true); public lists show published ones. Repeat the parameter or separate with commas.',
  })
  @IsOptional() @Transform(commaList) @IsArray() @IsIn(SCENARIO_STATUSES as unknown as string[], { each: true, message: '状态取值无效' })
  status?: string[];

  @ApiPropertyOptional({ type: Boolean, description: 'Only the caller’s own unit’s scenarios (any status); 1, true and yes mean true' })
  @IsOptional() @Transform(queryFlag) @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-12-01', description: 'Deadline on or after' })
  @IsOptional() @IsCalendarDate()
  deadlineFrom?: string;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2027-01-31', description: 'Deadline on or before' })
  @IsOptional() @IsCalendarDate()
  deadlineTo?: string;

  @ApiPropertyOptional({ enum: SCENARIO_SORTS, description: 'relevance needs q; default newest (relevance with q)' })
  @IsOptional() @IsIn(SCENARIO_SORTS as unknown as string[], { message: '排序方式应为 relevance、newest、deadline 或 number' })
  sort?: (typeof SCENARIO_SORTS)[number];

  @ApiPropertyOptional({ type: Boolean, description: 'Include counts per domain for the same filters; 1, true and yes mean true' })
  @IsOptional() @Transform(queryFlag) @IsBoolean()
  facets?: boolean;
}

export class ExportQueryDto extends ScenarioQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional() @IsIn(['xlsx', 'csv'], { message: '导出格式应为 xlsx 或 csv' })
  format?: 'xlsx' | 'csv';
}

export class BatchDto {
  @ApiProperty({ type: 'integer', example: 2, minimum: 1, maximum: 999 })
  @Type(() => Number) @IsInt({ message: '批次号应为整数' }) @Min(1, { message: '批次号至少为 1' })
  @Max(999, { message: '批次号过大' })
  number!: number;

  @ApiProperty({ example: '“城市+AI”应用场景清单（第二批）', minLength: 2, maxLength: 100 })
  @RequiredText(2, 100, { notText: '请填写榜单名称', length: '榜单名称应为 2–100 个字符' })
  name!: string;

  @ApiProperty({ example: '区人工智能创新服务中心', minLength: 2, maxLength: 100 })
  @RequiredText(2, 100, { notText: '请填写发布机构', length: '发布机构应为 2–100 个字符' })
  issuer!: string;

  @ApiPropertyOptional({ maxLength: 3000 }) @OptionalText(3000) description?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-12-01', description: 'First day of the application window' })
  @IsOptional() @IsCalendarDate() opensOn?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-01-31', description: 'Last day of the application window' })
  @IsOptional() @IsCalendarDate() closesOn?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 100, example: 3, description: 'Eligibility: applications per company in this batch; null for no limit' })
  @IsOptional() @Type(() => Number) @IsInt({ message: '应为整数' }) @Min(1, { message: '至少为 1' }) @Max(100)
  maxApplicationsPerCompany?: number | null;

  @ApiPropertyOptional({ type: [String], maxItems: 10, example: ['生成式人工智能服务备案'], description: 'Eligibility: certification kinds every applicant must hold' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true })
  requiredCertifications?: string[];

  @ApiPropertyOptional({ type: Boolean, description: 'Eligibility: refuse companies that won before' })
  @IsOptional() @IsBoolean()
  excludePreviousWinners?: boolean;
}

export class UpdateBatchDto extends PartialType(BatchDto) {}
