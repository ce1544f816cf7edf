import {
  AbstractControl,
  FormBuilder,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import type { ScenarioBatchView } from '@scenematch/contracts';
import type { BatchRequest } from '@scenematch/portal/scenarios/data-access/batches.api';
import { fromIsoDate, toIsoDate } from '@scenematch/portal/shared/ui/forms/dates';

const trimmedLength =
  (min: number, max: number): ValidatorFn =>
  (control: AbstractControl): ValidationErrors | null => {
    const n = String(control.value ?? '').trim().length;
    return n && (n < min || n > max) ? { length: true } : null;
  };

/** The window closes on or after it opens (on closesOn, re-checked when opensOn changes). */
export const closesNotBeforeOpens: ValidatorFn = (control) => {
  const opens = control.parent?.get('opensOn')?.value as
    | Date
    | null
    | undefined;
  const closes = control.value as Date | null;
  return opens && closes && toIsoDate(closes) < toIsoDate(opens)
    ? { window: true }
    : null;
};

/** The batch form; control names are the API's fields so that its errors land on them. */
export function createBatchForm(fb: FormBuilder) {
  const form = fb.group({
    number: fb.control<number | null>(null, [
      Validators.required,
      Validators.min(1),
      Validators.max(999),
    ]),
    name: fb.nonNullable.control('', [
      Validators.required,
      trimmedLength(2, 100),
    ]),
    issuer: fb.nonNullable.control('', [
      Validators.required,
      trimmedLength(2, 100),
    ]),
    description: fb.nonNullable.control('', Validators.maxLength(3000)),
    opensOn: fb.control<Date | null>(null),
    closesOn: fb.control<Date | null>(null, closesNotBeforeOpens),
  });
  form.controls.opensOn.valueChanges.subscribe(() =>
    form.controls.closesOn.updateValueAndValidity({ emitEvent: false }),
  );
  return form;
}

export type BatchForm = ReturnType<typeof createBatchForm>;
export type BatchFormValue = ReturnType<BatchForm['getRawValue']>;

export function toBatchRequest(value: BatchFormValue): BatchRequest {
  return {
    number: Number(value.number),
    name: value.name.trim(),
    issuer: value.issuer.trim(),
    description: value.description.trim(),
    opensOn: value.opensOn ? toIsoDate(value.opensOn) : null,
    closesOn: value.closesOn ? toIsoDate(value.closesOn) : null,
  };
}

export function fromBatchView(batch: ScenarioBatchView): BatchFormValue {
  return {
    number: batch.number,
    name: batch.name,
    issuer: batch.issuer,
    description: batch.description ?? '',
    opensOn: fromIsoDate(batch.opensOn),
    closesOn: fromIsoDate(batch.closesOn),
  };
}
