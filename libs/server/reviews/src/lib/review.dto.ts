import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalText } from '@scenematch/server-common';

import { ArrayMaxSize, IsArray, IsBoolean, IsObject, IsOptional, IsUUID } from 'class-validator';

export class AssignExpertsDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 15, description: 'Expert user ids' })
  @IsArray({ message: '请选择专家' }) @ArrayMaxSize(15, { message: '最多 15 位专家' }) @IsUUID('all', { each: true, message: '专家编号无效' })
  expertIds!: string[];
}

export class ReviewDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'number', minimum: 0, maximum: 100 },
    description: 'Criterion code → score 0–100; every criterion of the rubric is needed unless conflictOfInterest is true',
    example: { solution: 85, team: 80, cases: 75, price: 70 },
  })
  @IsOptional() @IsObject({ message: '评分应为对象' })
  scores?: Record<string, number>;

  @ApiPropertyOptional({ maxLength: 3000 }) @OptionalText(3000, { tooLong: '评语不超过 3000 字' })
  comment?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Declare a conflict of interest: the expert is recused' })
  @IsOptional() @IsBoolean({ message: '应为 true 或 false' })
  conflictOfInterest?: boolean;
}
