import { AbstractControl } from '@angular/forms';
import type { ApiFieldError } from '@scenematch/contracts';

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
