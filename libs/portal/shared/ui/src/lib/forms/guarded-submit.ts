import type { WritableSignal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { ApiError } from '@scenematch/contracts';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { applyServerErrors, revealErrors } from './server-errors';

export interface SubmitGuard {
  form: AbstractControl;
  busy: WritableSignal<boolean>;
  error: WritableSignal<string | null>;
}

/**
 * Submits `guard.form` through `action` when it is valid (else shows its errors): `busy` is on
 * meanwhile; a refusal puts the API's field errors under their fields and the rest — the first
 * field error no control matched, or the API's message — in `error`, unless `onFailure` handles
 * the refusal itself.
 */
export async function guardedSubmit(
  { form, busy, error }: SubmitGuard,
  action: () => Promise<unknown>,
  onFailure?: (apiError: ApiError) => void,
): Promise<void> {
  if (form.invalid) {
    revealErrors(form);
    return;
  }
  busy.set(true);
  error.set(null);
  try {
    await action();
  } catch (failure) {
    const apiError = toApiError(failure);
    if (onFailure) return onFailure(apiError);
    const unmatched = applyServerErrors(form, apiError.errors);
    if (!apiError.errors?.length || unmatched.length) {
      error.set(unmatched[0]?.message ?? apiError.message);
    }
  } finally {
    busy.set(false);
  }
}
