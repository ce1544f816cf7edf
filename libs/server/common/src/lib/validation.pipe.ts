import { ValidationPipe } from '@nestjs/common';
import { FieldValidationException, flattenValidationErrors } from './field-errors';

/** Global validation: unknown fields are rejected, payloads are transformed into DTO instances. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new FieldValidationException(flattenValidationErrors(errors)),
  });
}
