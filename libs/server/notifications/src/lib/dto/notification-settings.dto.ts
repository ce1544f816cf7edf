import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_CATEGORIES, NotificationCategory } from '@scenematch/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class CategorySettingDto {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) @IsIn(NOTIFICATION_CATEGORIES, { message: '未知的通知类别' }) category!: NotificationCategory;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: '请选择开启或关闭' }) email?: boolean;
  @ApiPropertyOptional({ description: 'SMS for the urgent kinds of the category (reminder, award only)' }) @IsOptional() @IsBoolean({ message: '请选择开启或关闭' }) sms?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: '请选择开启或关闭' }) wechat?: boolean;
}
export class NotificationSettingsDto {
  @ApiPropertyOptional({ type: [CategorySettingDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  @ValidateNested({ each: true })
  @Type(() => CategorySettingDto)
  categories?: CategorySettingDto[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: '请选择开启或关闭' }) digest?: boolean;
}

export class UnsubscribeQueryDto {
  @ApiProperty() @IsString({ message: '退订链接无效' }) @MaxLength(400, { message: '退订链接无效' }) token!: string;
  @ApiPropertyOptional({ enum: ['html', 'json'] }) @IsOptional() @IsIn(['html', 'json']) format?: 'html' | 'json';
}
