import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { trimText } from './dto-transforms';

/** The field's own messages; a check without one answers with the generic Chinese text (`过长`, `应为文本`). */
export interface OptionalTextMessages {
  /** More than `max` characters after trimming. */
  tooLong?: string;
  /** Not a string. */
  notText?: string;
}

/**
 * Optional free text, trimmed, of at most `max` characters: the same checks, in the same order
 * (so the same field errors), as `@IsOptional() @Transform(trimText) @IsString() @MaxLength(max)`
 * written on the property. The OpenAPI description (`@ApiPropertyOptional`) stays on the property.
 */
export function OptionalText(max: number, messages: OptionalTextMessages = {}): PropertyDecorator {
  const { tooLong, notText } = messages;
  // Listed bottom-up: stacked decorators apply from the one nearest the property, and
  // class-validator reports a field's failed checks in the order they were applied.
  return applyDecorators(
    MaxLength(max, tooLong === undefined ? undefined : { message: tooLong }),
    IsString(notText === undefined ? undefined : { message: notText }),
    Transform(trimText),
    IsOptional(),
  );
}
