import { formatDate } from '@angular/common';
import type { ApiError } from '@scenematch/contracts';
import { TEXTS } from '../../core/i18n/zh-cn';

/** The Chinese message the sign-in form shows for a failed login. */
export function loginErrorMessage(error: ApiError, locale = 'zh-CN'): string {
  switch (error.statusCode) {
    case 401:
      return TEXTS.auth.wrongCredentials;
    case 423: {
      const until = error.lockedUntil
        ? formatDate(error.lockedUntil, 'yyyy-MM-dd HH:mm', locale)
        : '';
      return until ? TEXTS.auth.locked(until) : error.message;
    }
    case 429:
      return TEXTS.auth.tooManyAttempts(error.retryAfter ?? 60);
    default:
      return error.message;
  }
}
