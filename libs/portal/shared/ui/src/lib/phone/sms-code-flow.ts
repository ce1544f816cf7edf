import { inject, signal } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import { normalisePhone } from '@scenematch/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { applyServerErrors, revealErrors } from '../forms/server-errors';
import { codeCountdown } from './code-countdown';

/** What the API answers when it has sent a code. */
export interface SmsCodeSent {
  phone: string;
  resendAfter: number;
}

/**
 * The state of a form that asks for a code by SMS (its `phone` control): the countdown before
 * another code, sending, the notice that a code went out and the form's own error. `fail` shows an
 * API error: too many codes (the countdown restarts), field errors under their fields, the rest
 * above the button. Made in an injection context.
 */
export function smsCodeFlow(form: FormGroup, sentKey: string) {
  const i18n = inject(LanguageService);
  const countdown = codeCountdown();
  const sending = signal(false);
  const notice = signal<string | null>(null);
  const error = signal<string | null>(null);

  const fail = (failure: unknown): void => {
    const apiError = toApiError(failure);
    if (apiError.statusCode === 429) {
      error.set(apiError.message);
      countdown.start(apiError.retryAfter ?? 60);
      return;
    }
    const rest = applyServerErrors(form, apiError.errors);
    if (rest.length || !apiError.errors?.length) error.set(apiError.message);
  };

  /** Sends a code to the form's number (checked first); `clearNotice` drops the last notice. */
  const send = async (
    request: (phone: string) => Observable<SmsCodeSent>,
    clearNotice = false,
  ): Promise<void> => {
    const phone = form.controls['phone'] as AbstractControl<string>;
    if (phone.invalid) {
      revealErrors(phone);
      return;
    }
    sending.set(true);
    error.set(null);
    if (clearNotice) notice.set(null);
    try {
      const sent = await firstValueFrom(
        request(normalisePhone(phone.value) ?? phone.value),
      );
      notice.set(i18n.t(sentKey, { phone: sent.phone }));
      countdown.start(sent.resendAfter);
    } catch (failure) {
      fail(failure);
    } finally {
      sending.set(false);
    }
  };

  return { countdown, sending, notice, error, fail, send };
}
