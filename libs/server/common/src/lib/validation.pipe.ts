import { ValidationPipe } from '@nestjs/common';
import { FieldValidationException, flattenValidationErrors } from './field-errors';

/** More field errors than anyone reads (20,000 unknown keys would otherwise answer with 20,000 entries). */
export const MAX_FIELD_ERRORS = 50;

/** Global validation: unknown fields are rejected, payloads are transformed into DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new FieldValidationException(flattenValidationErrors(errors).slice(0, MAX_FIELD_ERRORS)),
  });
}
