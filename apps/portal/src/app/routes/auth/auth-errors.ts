import { formatDate } from '@angular/common';
import type { ApiError } from '@scenematch/contracts';
import { TEXTS } from '../../core/i18n/zh-cn';
import { SECURITY_TEXTS } from '../../core/i18n/zh-cn.security';

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

/** The Chinese message for a failed second step (code or recovery code) of a sign-in. */
export function mfaErrorMessage(
  error: ApiError,
  recoveryCode: boolean,
  locale = 'zh-CN',
): string {
  const texts = SECURITY_TEXTS.login;
  if (error.statusCode === 401) {
    if (/超时/.test(error.message)) return texts.challengeExpired;
    return recoveryCode ? texts.wrongRecoveryCode : texts.wrongCode;
  }
  if (error.statusCode === 400) {
    return recoveryCode ? texts.recoveryInvalid : texts.codeInvalid;
  }
  return loginErrorMessage(error, locale);
}
