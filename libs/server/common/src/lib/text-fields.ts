import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { trimText } from './dto-transforms';

/*
 * The validator stacks of the DTOs' free-text fields, as one decorator each. They apply the same
 * decorators in the same order as the stack written on the property, so class-validator reports
 * the same failed checks in the same order: the field errors (and the HTTP answers) are the
 * same. The OpenAPI description (`@ApiProperty…`) stays on the property.
 */

const withMessage = (message: string | undefined) => (message === undefined ? undefined : { message });

/** The field's own messages; a check without one answers with the generic Chinese text (`过长`, `应为文本`). */
export interface OptionalTextMessages {
  /** More than `max` characters after trimming. */
  tooLong?: string;
  /** Not a string. */
  notText?: string;
}

/**
 * Optional text, trimmed, of at most `max` characters:
 * `@IsOptional() @Transform(trimText) @IsString() @MaxLength(max)` with the given messages.
 */
export function OptionalText(max: number, messages: OptionalTextMessages = {}): PropertyDecorator {
  // Listed bottom-up: stacked decorators apply from the one nearest the property.
  return applyDecorators(MaxLength(max, withMessage(messages.tooLong)), IsString(withMessage(messages.notText)), Transform(trimText), IsOptional());
}

export interface RequiredTextMessages {
  /** Missing, or not a string (`请填写…`). */
  notText: string;
  /** Fewer than `min` or more than `max` characters after trimming. */
  length: string;
}

/**
 * Required text, trimmed, of `min` to `max` characters:
 * `@Transform(trimText) @IsString({ message: notText }) @Length(min, max, { message: length })`.
 */
export function RequiredText(min: number, max: number, messages: RequiredTextMessages): PropertyDecorator {
  // Listed bottom-up, as above.
  return applyDecorators(Length(min, max, { message: messages.length }), IsString({ message: messages.notText }), Transform(trimText));
}
