import { AbstractControl, type ValidationErrors } from '@angular/forms';
import type { ApiFieldError } from '@scenematch/contracts';
import { toApiError } from '@scenematch/portal/core/http/api-error';

/** The key under which a server-side message sits in a control's errors. */
export const SERVER_ERROR = 'server';

/**
 * Puts the API's field errors (`{ field: 'organisation.uscc', message }`) on the matching form
 * controls: the API's field paths are the form's control paths. The error stays until the user
 * edits the control (re-validation replaces it). Returns the errors that matched no control, for
 * a form-level message.
 */
export function applyServerErrors(
  form: AbstractControl,
  errors: readonly ApiFieldError[] | undefined,
  aliases: Readonly<Record<string, string>> = {},
): ApiFieldError[] {
  const unmatched: ApiFieldError[] = [];
  for (const error of errors ?? []) {
    const control = form.get(aliases[error.field] ?? error.field);
    if (!control || control === form) {
      unmatched.push(error);
      continue;
    }
    const previous = control.errors?.[SERVER_ERROR] as string | undefined;
    const message =
      previous && previous !== error.message
        ? `${previous}；${error.message}`
        : error.message;
    // Dirty first: NG-ZORRO's form controls redraw on the status change setErrors emits, and show
    // errors of dirty controls only (a server error may concern a field never touched).
    control.markAsDirty();
    control.markAsTouched();
    control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: message });
  }
  return unmatched;
}

/**
 * Shows every client-side error at once (on submit). NG-ZORRO's form controls redraw on status
 * changes, which marking as touched does not emit, so each control is re-validated too.
 */
export function revealErrors(control: AbstractControl): void {
  const children = (
    control as AbstractControl & {
      controls?: Record<string, AbstractControl> | AbstractControl[];
    }
  ).controls;
  if (children)
    for (const child of Object.values(children)) revealErrors(child);
  control.markAsDirty({ onlySelf: true });
  control.markAsTouched({ onlySelf: true });
  control.updateValueAndValidity({ onlySelf: true });
}

/**
 * Puts errors found at submit time (`{ description: { descriptionForSubmit: true } }`) on their
 * controls, beside the ones they have. Returns whether there were any.
 */
export function addErrors(
  form: AbstractControl,
  problems: Readonly<Record<string, ValidationErrors>>,
): boolean {
  let added = false;
  for (const [path, errors] of Object.entries(problems)) {
    const control = form.get(path);
    if (!control) continue;
    // Dirty before the errors: the field redraws on the status change and shows them.
    control.markAsDirty();
    control.markAsTouched();
    control.setErrors({ ...(control.errors ?? {}), ...errors });
    added = true;
  }
  return added;
}

/**
 * Puts a failed request's field errors on their controls and returns what the form says above
 * its buttons: the messages that matched no control; else, when the answer had no field errors
 * (a 409 about the state, a 500), the API's message or `fallback`; else null, as every message
 * sits on its field — or, with `always`, the API's summary all the same. Errors on the fields in
 * `except` are left to the caller (shown elsewhere).
 */
export function serverFormError(
  form: AbstractControl,
  error: unknown,
  options: {
    fallback?: string;
    always?: boolean;
    aliases?: Readonly<Record<string, string>>;
    except?: readonly string[];
  } = {},
): string | null {
  const { fallback = '', always = false, aliases, except = [] } = options;
  const apiError = toApiError(error);
  const unmatched = applyServerErrors(
    form,
    apiError.errors?.filter((e) => !except.includes(e.field)),
    aliases,
  );
  if (unmatched.length) return unmatched.map((e) => e.message).join('；');
  if (apiError.errors?.length && !always) return null;
  return apiError.message || fallback || null;
}
/** Brings the first field showing a problem into view, once it is drawn (for long forms). */
export function scrollToFirstError(host: HTMLElement): void {
  setTimeout(() =>
    host
      .querySelector('.ant-form-item-has-error')
      ?.scrollIntoView?.({ behavior: 'smooth', block: 'center' }),
  );
}
