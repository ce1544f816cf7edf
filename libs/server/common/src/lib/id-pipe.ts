import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** An id in a route: a malformed one is a 404 with this message, as an unknown one is. */
export function uuidOrNotFound(message: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new NotFoundException(message),
  });
}
