import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@scenematch/contracts';
import { TEXTS } from '../i18n/zh-cn';

function isApiErrorBody(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ApiError).message === 'string'
  );
}

/**
 * Any failure of an API call as the API's error shape. Network failures become status 0 with a
 * Chinese message; 429 takes `retryAfter` from the body or else the Retry-After header.
 */
export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      statusCode: 0,
      message: error instanceof Error ? error.message : TEXTS.errors.server,
    };
  }
  if (error.status === 0)
    return { statusCode: 0, message: TEXTS.errors.network };
  const body: ApiError = isApiErrorBody(error.error)
    ? { ...error.error, statusCode: error.error.statusCode ?? error.status }
    : {
        statusCode: error.status,
        message: error.status >= 500 ? TEXTS.errors.server : error.message,
      };
  if (error.status === 429 && body.retryAfter === undefined) {
    const header = Number(error.headers?.get('Retry-After'));
    if (Number.isFinite(header) && header > 0) body.retryAfter = header;
  }
  return body;
}
