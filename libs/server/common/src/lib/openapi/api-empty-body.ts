import { ApiBody } from '@nestjs/swagger';

/**
 * An action that takes no input (submit, publish, check-in …). InputPolicyInterceptor refuses any
 * field sent to a route without a body DTO, so the only bodies it accepts are none and `{}`:
 * that is what the document says, instead of leaving clients to guess.
 */
export const ApiEmptyBody = () =>
  ApiBody({
    required: false,
    description: 'No input: send no body, or an empty JSON object',
    schema: { type: 'object', maxProperties: 0, additionalProperties: false, example: {} },
  });
