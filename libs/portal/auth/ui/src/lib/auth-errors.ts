import { formatDate } from '@angular/common';
import type { ApiError } from '@scenematch/contracts';

/** Looks a catalogue key up in the reader's language (LanguageService.t in components). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The message the sign-in form shows for a failed login, in the reader's language. */
export function loginErrorMessage(
  t: Translate,
  error: ApiError,
  locale = 'zh-CN',
): string {
  switch (error.statusCode) {
    case 401:
      return t('auth.login.wrongCredentials');
    case 423: {
      const until = error.lockedUntil
        ? formatDate(error.lockedUntil, 'yyyy-MM-dd HH:mm', locale)
        : '';
      return until ? t('auth.login.locked', { until }) : error.message;
    }
    case 429:
      return t('auth.login.tooManyAttempts', {
        seconds: error.retryAfter ?? 60,
      });
    default:
      // The API words its own messages in the reader's language (Accept-Language).
      return error.message;
  }
}

/** The message for a failed second step (code or recovery code) of a sign-in. */
export function mfaErrorMessage(
  t: Translate,
  error: ApiError,
  recoveryCode: boolean,
  locale = 'zh-CN',
): string {
  if (error.statusCode === 401) {
    // The API says the challenge lapsed (验证已超时 / "timed out", by Accept-Language).
    if (/超时|timed out/i.test(error.message))
      return t('auth.mfa.challengeExpired');
    return t(recoveryCode ? 'auth.mfa.wrongRecoveryCode' : 'auth.mfa.wrongCode');
  }
  if (error.statusCode === 400) {
    return t(recoveryCode ? 'auth.mfa.recoveryInvalid' : 'auth.mfa.codeInvalid');
  }
  return loginErrorMessage(t, error, locale);
}
