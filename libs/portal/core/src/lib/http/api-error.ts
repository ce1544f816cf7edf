import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@scenematch/contracts';
import { translate } from '@jsverse/transloco';

/** Transloco's global translate (no DI here); the key itself before Transloco has started. */
function text(key: string): string {
  try {
    return translate(key);
  } catch {
    return key;
  }
}

function isApiErrorBody(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ApiError).message === 'string'
  );
}

/**
 * Any failure of an API call as the API's error shape. Network failures become status 0 with a
 * message in the reader's language; 429 takes `retryAfter` from the body or else the Retry-After header.
 */
export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      statusCode: 0,
      message:
        error instanceof Error ? error.message : text('common.errors.server'),
    };
  }
  if (error.status === 0)
    return { statusCode: 0, message: text('common.errors.network') };
  const body: ApiError = isApiErrorBody(error.error)
    ? { ...error.error, statusCode: error.error.statusCode ?? error.status }
    : {
        statusCode: error.status,
        message:
          error.status >= 500 ? text('common.errors.server') : error.message,
      };
  if (error.status === 429 && body.retryAfter === undefined) {
    const header = Number(error.headers?.get('Retry-After'));
    if (Number.isFinite(header) && header > 0) body.retryAfter = header;
  }
  return body;
}
