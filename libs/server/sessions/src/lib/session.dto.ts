import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  DEMAND_CATEGORIES,
  INVESTMENT_STAGES,
  MEETING_OUTCOMES,
  NEED_TYPES,
  PARTICIPANT_CATEGORIES,
  SESSION_MODES,
  SESSION_STATUSES,
  SESSION_TYPES,
  type DemandCategory,
  type InvestmentStage,
  type MeetingOutcome,
  type NeedType,
  type ParticipantCategory,
  type SessionMode,
  type SessionStatus,
  type SessionType,
} from '@scenematch/contracts';
import { OptionalText, PageQueryDto, RequiredText, trimText } from '@scenematch/server-common';
import { Transform, Type } from 'class-transformer';
import { FOLLOW_UP_ANSWERS, type FollowUpAnswer } from '@scenematch/contracts';

/** An http(s) link, or empty to clear it. */
const MEETING_LINK_OR_EMPTY = /^$|^https?:\/\/[^\s/]+\.[^\s]+$/;
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';


export class SessionBreakDto {
  @ApiProperty({ description: 'The break follows this 0-based slot', type: 'integer', minimum: 0, maximum: 47 })
  @IsInt({ message: '休息应位于某个时段之后（时段序号）' }) @Min(0, { message: '时段序号不能为负' }) @Max(47)
  afterSlot!: number;

  @ApiProperty({ type: 'integer', minimum: 5, maximum: 240 }) @IsInt({ message: '休息时长应为整数（分钟）' }) @Min(5, { message: '休息至少 5 分钟' }) @Max(240, { message: '休息不超过 240 分钟' })
  minutes!: number;
}

export class SessionDto {
  @ApiProperty({ minLength: 2, maxLength: 200 }) @RequiredText(2, 200, { notText: '请填写对接会名称', length: '名称应为 2–200 个字符' })
  title!: string;

  @ApiPropertyOptional({ maxLength: 5000 }) @OptionalText(5000, { tooLong: '简介不超过 5000 字' })
  description?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @OptionalText(200, { tooLong: '地点不超过 200 字' })
  venue?: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-10T09:00:00+08:00', description: 'ISO 8601 date-time of the first slot' })
  @IsISO8601({ strict: true }, { message: '开始时间格式应为 ISO 8601，如 2026-12-10T09:00:00+08:00' })
  startsAt!: string;

  @ApiProperty({ type: 'integer', minimum: 5, maximum: 120 }) @IsInt({ message: '每场时长应为整数（分钟）' }) @Min(5, { message: '每场至少 5 分钟' }) @Max(120, { message: '每场不超过 120 分钟' })
  slotMinutes!: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 48 }) @IsInt({ message: '时段数应为整数' }) @Min(1, { message: '至少 1 个时段' }) @Max(48, { message: '最多 48 个时段' })
  slots!: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 500 }) @IsInt({ message: '桌数应为整数' }) @Min(1, { message: '至少 1 张洽谈桌' }) @Max(500, { message: '最多 500 张洽谈桌' })
  tables!: number;

  @ApiPropertyOptional({ type: [SessionBreakDto], maxItems: 20 })
  @IsOptional() @IsArray({ message: '休息安排应为列表' }) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => SessionBreakDto)
  breaks?: SessionBreakDto[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5000, nullable: true, description: 'null: no limit' }) @IsOptional() @IsInt({ message: '企业名额应为整数' }) @Min(1, { message: '企业名额至少 1' }) @Max(5000)
  maxCompanies?: number | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, nullable: true, description: 'null: no limit' }) @IsOptional() @IsInt({ message: '单位名额应为整数' }) @Min(1, { message: '单位名额至少 1' }) @Max(1000)
  maxAgencies?: number | null;

  @ApiPropertyOptional({ enum: SESSION_MODES, description: 'onsite (线下), online (线上) or hybrid (线上线下结合)' })
  @IsOptional() @IsIn(SESSION_MODES as unknown as string[], { message: '形式应为 线下 / 线上 / 线上线下结合' })
  mode?: SessionMode;

  @ApiPropertyOptional({ description: 'The meeting link of an online or hybrid session (shown only to each meeting’s two sides); empty clears it', maxLength: 500, pattern: MEETING_LINK_OR_EMPTY.source, example: 'https://meeting.example.cn/j/123456' })
  @OptionalText(500, { tooLong: '会议链接不超过 500 字' })
  @Matches(MEETING_LINK_OR_EMPTY, { message: '会议链接应为 http(s):// 开头的网址' })
  onlineLink?: string;

  @ApiPropertyOptional({ type: [String], description: 'One link per table (index = table; empty = the session’s link)', maxItems: 500 })
  @IsOptional() @IsArray({ message: '分桌链接应为列表' }) @ArrayMaxSize(500) @IsString({ each: true, message: '分桌链接应为网址' }) @MaxLength(500, { each: true, message: '会议链接不超过 500 字' })
  tableLinks?: string[];

  @ApiPropertyOptional({ description: 'Days after the start when both sides of each held meeting are asked what came of it (default 182)', type: 'integer', minimum: 1, maximum: 1000 })
  @IsOptional() @IsInt({ message: '回访时间应为整数（天）' }) @Min(1, { message: '回访时间至少 1 天' }) @Max(1000, { message: '回访时间不超过 1000 天' })
  followUpAfterDays?: number;
  @ApiPropertyOptional({ enum: SESSION_TYPES, description: '供需对接会 / 银企对接会 / 投融资对接会 (default supply_demand)' })
  @IsOptional() @IsIn(SESSION_TYPES as unknown as string[], { message: '对接会类型应为 供需对接会 / 银企对接会 / 投融资对接会' })
  sessionType?: SessionType;

  @ApiPropertyOptional({ enum: DEMAND_CATEGORIES, isArray: true, description: 'Demand-side kinds that may register (default: by the session type)', minItems: 1 })
  @IsOptional() @IsArray({ message: '可报名的单位类型应为列表' }) @ArrayMinSize(1, { message: '至少允许一类需求方报名' })
  @IsIn(DEMAND_CATEGORIES as unknown as string[], { each: true, message: '单位类型应为 政府单位 / 金融机构 / 投资机构' })
  admits?: DemandCategory[];
}

/** A loan product or an investment focus a financier brings (amounts in 万元). */
export class SessionNeedDto {
  @ApiProperty({ enum: NEED_TYPES }) @IsIn(NEED_TYPES as unknown as string[], { message: '需求类型应为 贷款产品 或 投资方向' })
  type!: NeedType;

  @ApiProperty({ minLength: 2, maxLength: 100 }) @RequiredText(2, 100, { notText: '请填写名称', length: '名称应为 2–100 个字符' })
  name!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10000000, nullable: true }) @IsOptional() @IsInt({ message: '金额应为整数（万元）' }) @Min(1, { message: '金额至少 1 万元' }) @Max(10_000_000, { message: '金额过大' })
  amountMin?: number | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10000000, nullable: true }) @IsOptional() @IsInt({ message: '金额应为整数（万元）' }) @Min(1, { message: '金额至少 1 万元' }) @Max(10_000_000, { message: '金额过大' })
  amountMax?: number | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 360, nullable: true }) @IsOptional() @IsInt({ message: '期限应为整数（月）' }) @Min(1, { message: '期限至少 1 个月' }) @Max(360, { message: '期限不超过 360 个月' })
  termMonths?: number | null;

  @ApiPropertyOptional({ maxLength: 200 }) @OptionalText(200, { tooLong: '适用对象不超过 200 字' })
  audience?: string;

  @ApiPropertyOptional({ enum: INVESTMENT_STAGES, isArray: true, maxItems: 6 })
  @IsOptional() @IsArray({ message: '投资阶段应为列表' }) @ArrayMaxSize(6) @IsIn(INVESTMENT_STAGES as unknown as string[], { each: true, message: '投资阶段取值无效' })
  stages?: InvestmentStage[];

  @ApiPropertyOptional({ type: [String], maxItems: 10 })
  @IsOptional() @IsArray({ message: '关注领域应为列表' }) @ArrayMaxSize(10, { message: '关注领域最多 10 个' }) @IsString({ each: true }) @Length(1, 30, { each: true, message: '每个领域 1–30 个字' })
  sectors?: string[];

  @ApiPropertyOptional({ maxLength: 500 }) @OptionalText(500, { tooLong: '说明不超过 500 字' })
  description?: string;
}

class ParticipantContactDto {
  @ApiPropertyOptional({ maxLength: 100 }) @OptionalText(100, { tooLong: '联系人不超过 100 字' })
  contactName?: string;

  @ApiPropertyOptional({ pattern: '^$|^[0-9+\\-() ]{5,20}$', example: '0755-88880000', description: 'Empty clears it' })
  @IsOptional() @Transform(trimText) @Matches(/^$|^[0-9+\-() ]{5,20}$/, { message: '联系电话格式不正确' })
  contactPhone?: string;

  @ApiPropertyOptional({ maxLength: 200, pattern: '^$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', example: 'contact@example.cn', description: 'Empty clears it' })
  @IsOptional() @Transform(trimText) @Matches(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: '联系邮箱格式不正确' }) @MaxLength(200, { message: '邮箱不超过 200 字' })
  contactEmail?: string;

  @ApiPropertyOptional({ type: [SessionNeedDto], description: 'Financiers: the loan products or investment focuses they bring', maxItems: 10 })
  @IsOptional() @IsArray({ message: '需求应为列表' }) @ArrayMaxSize(10, { message: '最多带 10 项需求' }) @ValidateNested({ each: true }) @Type(() => SessionNeedDto)
  needs?: SessionNeedDto[];
}

export class DirectoryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'part of a name, scenario, need or product', maxLength: 50 })
  @OptionalText(50, { tooLong: '关键词不超过 50 字' })
  q?: string;

  @ApiPropertyOptional({ enum: PARTICIPANT_CATEGORIES })
  @IsOptional() @IsIn(PARTICIPANT_CATEGORIES as unknown as string[], { message: '单位类型取值无效' })
  category?: ParticipantCategory;
}

export class UpdateSessionDto extends PartialType(SessionDto) {}

export class SessionStatusDto {
  @ApiProperty({ enum: SESSION_STATUSES })
  @IsIn(SESSION_STATUSES as unknown as string[], { message: '状态取值无效' })
  status!: SessionStatus;
}

export class SessionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SESSION_STATUSES })
  @IsOptional() @IsIn(SESSION_STATUSES as unknown as string[], { message: '状态取值无效' })
  status?: SessionStatus;
}

export class ParticipantDto extends ParticipantContactDto {
  @ApiPropertyOptional({ description: 'Staff only: register this organisation (otherwise the caller’s own)', format: 'uuid' })
  @IsOptional() @IsUUID('all', { message: '单位编号无效' })
  organisationId?: string;

  @ApiPropertyOptional({ type: [String], description: 'Agencies: their own scenarios they bring', maxItems: 20, format: 'uuid' })
  @IsOptional() @IsArray({ message: '场景应为列表' }) @ArrayMaxSize(20, { message: '最多带 20 个场景' }) @IsUUID('all', { each: true, message: '场景编号无效' })
  scenarioIds?: string[];

  @ApiPropertyOptional({ description: 'Most meetings wanted (default: every slot)', type: 'integer', minimum: 0, maximum: 48 })
  @IsOptional() @IsInt({ message: '洽谈场次上限应为整数' }) @Min(0, { message: '洽谈场次上限不能为负' }) @Max(48)
  capacity?: number;

  @ApiPropertyOptional({ type: 'integer', isArray: true, description: '0-based slots the participant cannot attend', maxItems: 48 })
  @IsOptional() @IsArray({ message: '不可参加的时段应为列表' }) @ArrayMaxSize(48) @IsInt({ each: true, message: '时段序号应为整数' }) @Min(0, { each: true, message: '时段序号不能为负' }) @Max(47, { each: true })
  unavailableSlots?: number[];

}

export class UpdateParticipantDto extends ParticipantContactDto {
  @ApiPropertyOptional({ type: [String], maxItems: 20, format: 'uuid' })
  @IsOptional() @IsArray({ message: '场景应为列表' }) @ArrayMaxSize(20, { message: '最多带 20 个场景' }) @IsUUID('all', { each: true, message: '场景编号无效' })
  scenarioIds?: string[];

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 48 }) @IsOptional() @IsInt({ message: '洽谈场次上限应为整数' }) @Min(0, { message: '洽谈场次上限不能为负' }) @Max(48)
  capacity?: number;

  @ApiPropertyOptional({ type: 'integer', isArray: true, maxItems: 48 })
  @IsOptional() @IsArray({ message: '不可参加的时段应为列表' }) @ArrayMaxSize(48) @IsInt({ each: true, message: '时段序号应为整数' }) @Min(0, { each: true, message: '时段序号不能为负' }) @Max(47, { each: true })
  unavailableSlots?: number[];

}

export class CheckInDto {
  @ApiProperty({ description: 'The code from the participant’s QR code', minLength: 4, maxLength: 64 })
  @RequiredText(4, 64, { notText: '请输入签到码', length: '签到码无效' })
  code!: string;
}

export class MeetingRequestDto {
  @ApiProperty({ description: 'The organisation to meet (a participant of the other kind)', format: 'uuid' })
  @IsUUID('all', { message: '对方单位编号无效' })
  toOrganisationId!: string;

  @ApiPropertyOptional({ description: 'One of the agency’s scenarios brought to the session', format: 'uuid' })
  @IsOptional() @IsUUID('all', { message: '场景编号无效' })
  scenarioId?: string;

  @ApiPropertyOptional({ maxLength: 500 }) @OptionalText(500, { tooLong: '留言不超过 500 字' })
  message?: string;
}

export class RespondDto {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'], { message: '请选择接受或婉拒' })
  decision!: 'accept' | 'decline';
}

export class MeetingRequestQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['incoming', 'outgoing'] })
  @IsOptional() @IsIn(['incoming', 'outgoing'], { message: '方向取值无效' })
  direction?: 'incoming' | 'outgoing';
}

export class AddMeetingDto {
  @ApiProperty({ format: 'uuid', description: 'The company (organisation id)' }) @IsUUID('all', { message: '企业编号无效' }) enterpriseId!: string;
  @ApiProperty({ format: 'uuid', description: 'The agency or financier (organisation id)' }) @IsUUID('all', { message: '单位编号无效' }) agencyId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The agency’s scenario the meeting is about' }) @IsOptional() @IsUUID('all', { message: '场景编号无效' }) scenarioId?: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 47 }) @IsInt({ message: '时段序号应为整数' }) @Min(0, { message: '时段序号不能为负' }) @Max(47) slot!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 499 }) @IsInt({ message: '桌号应为整数' }) @Min(0, { message: '桌号不能为负' }) @Max(499) table!: number;
}

export class UpdateMeetingDto {
  @ApiPropertyOptional({ description: 'Staff: keep this meeting where it is when the agenda is regenerated', type: Boolean })
  @IsOptional() @IsBoolean({ message: '固定应为 true 或 false' })
  pinned?: boolean;

  @ApiPropertyOptional({ enum: MEETING_OUTCOMES })
  @IsOptional() @IsIn(MEETING_OUTCOMES as unknown as string[], { message: '成果取值应为 意向合作 / 签约 / 待跟进 / 无' })
  outcome?: MeetingOutcome;

  @ApiPropertyOptional({ maxLength: 2000 }) @OptionalText(2000, { tooLong: '备注不超过 2000 字' })
  outcomeNote?: string;

  @ApiPropertyOptional({ description: 'Staff: hold this meeting online', type: Boolean })
  @IsOptional() @IsBoolean({ message: '线上应为 true 或 false' })
  online?: boolean;

  @ApiPropertyOptional({ description: 'Staff: this meeting’s own link (empty: the table’s or the session’s)', maxLength: 500, pattern: MEETING_LINK_OR_EMPTY.source })
  @OptionalText(500, { tooLong: '会议链接不超过 500 字' })
  @Matches(MEETING_LINK_OR_EMPTY, { message: '会议链接应为 http(s):// 开头的网址' })
  onlineLink?: string;
}

export class FollowUpAnswerDto {
  @ApiProperty({ enum: FOLLOW_UP_ANSWERS })
  @IsIn(FOLLOW_UP_ANSWERS as unknown as string[], { message: '请选择：签约 / 试点 / 融资 / 无' })
  answer!: FollowUpAnswer;

  @ApiPropertyOptional({ maxLength: 1000 }) @OptionalText(1000, { tooLong: '说明不超过 1000 字' })
  note?: string;
}
