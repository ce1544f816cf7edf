import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RequiredText } from '@scenematch/server-common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class AwardDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 5, description: 'The selected applications (ids)' })
  @IsArray({ message: '请选择揭榜单位' }) @ArrayMinSize(1, { message: '请选择揭榜单位' }) @ArrayMaxSize(5, { message: '最多 5 个揭榜单位' })
  @IsUUID('all', { each: true, message: '申报编号无效' })
  applicationIds!: string[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 30, default: 5, description: 'Days of public notice (公示)' })
  @IsOptional() @IsInt({ message: '公示天数应为整数' }) @Min(1, { message: '公示至少 1 天' }) @Max(30, { message: '公示不超过 30 天' })
  noticeDays?: number;
}

export class ObjectionDto {
  @ApiProperty({ minLength: 5, maxLength: 3000, example: '该单位报价明显低于成本，请核查' })
  @RequiredText(5, 3000, { notText: '请填写异议理由', length: '异议理由应为 5–3000 字' })
  reason!: string;
}

export class DecisionDto {
  @ApiProperty({ enum: ['upheld', 'dismissed'] }) @IsIn(['upheld', 'dismissed'], { message: '处理结果应为 upheld（成立）或 dismissed（不成立）' })
  decision!: 'upheld' | 'dismissed';

  @ApiProperty({ minLength: 2, maxLength: 3000 }) @RequiredText(2, 3000, { notText: '请填写处理意见', length: '处理意见应为 2–3000 字' })
  response!: string;
}

export class AcceptanceDto {
  @ApiProperty({ description: 'Acceptance report (验收报告)', minLength: 10, maxLength: 20000 }) @RequiredText(10, 20000, { notText: '请填写验收报告', length: '验收报告应为 10–20000 字' })
  report!: string;
}
