import type { WritableSignal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { applyServerErrors, revealErrors } from '../forms/server-errors';

/** A form's submit state: whether a save is under way, and the message above its buttons. */
export interface SubmitState {
  readonly saving: WritableSignal<boolean>;
  readonly error: WritableSignal<string | null>;
}

/** How a refusal is told above the buttons. */
export interface SubmitFormOptions {
  /** Between the messages that matched no control ('；' unless told). */
  separator?: string;
  /** Each such message after its field's name (`site：…`). */
  named?: boolean;
  /** When the API said nothing. */
  fallback?: string;
}

/**
 * Submits a form: nothing while a save is under way; an invalid form shows its errors and is not
 * sent; else `send` runs with `saving` set. A failure's field errors land on their controls, and
 * `error` says the ones that matched no control (joined by the `separator`), or the API's message
 * (else the `fallback`) when it named no field. Resolves to what `send` resolved to; undefined
 * when nothing was sent or the request failed.
 */
export async function submitForm<T>(
  form: AbstractControl,
  state: SubmitState,
  send: () => Promise<T>,
  { separator = '；', named = false, fallback = '' }: SubmitFormOptions = {},
): Promise<T | undefined> {
  if (state.saving()) return undefined;
  state.error.set(null);
  if (form.invalid) {
    revealErrors(form);
    return undefined;
  }
  state.saving.set(true);
  try {
    return await send();
  } catch (error) {
    const e = toApiError(error);
    const unmatched = applyServerErrors(form, e.errors);
    if (!e.errors?.length || unmatched.length)
      state.error.set(
        unmatched
          .map((u) => (named ? `${u.field}：${u.message}` : u.message))
          .join(separator) ||
          e.message ||
          fallback,
      );
    return undefined;
  } finally {
    state.saving.set(false);
  }
}
