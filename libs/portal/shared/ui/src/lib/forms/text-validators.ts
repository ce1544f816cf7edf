import {
  type AbstractControl,
  FormControl,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';

/** A required text: whitespace alone does not count (the API trims). */
export const requiredText: ValidatorFn = (control) =>
  String(control.value ?? '').trim() ? null : { required: true };

/** Length of the trimmed text within [min, max] (the API trims before checking). */
export function trimmedLength(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const length = String(control.value ?? '').trim().length;
    if (!length) return null; // `required` speaks for empty fields
    return length < min || length > max ? { length: { min, max } } : null;
  };
}

/** An optional text matching a pattern (the API allows these fields empty). */
export function optionalPattern(pattern: RegExp, key: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = String(control.value ?? '').trim();
    return value && !pattern.test(value) ? { [key]: true } : null;
  };
}

/** The rules of a form's optional contact (name, phone, e-mail). */
export interface ContactRules {
  readonly contactNameMax: number;
  readonly phone: RegExp;
  readonly email: RegExp;
}

/** The optional contact controls of a form (a scenario, a company profile). */
export function contactControls(rules: ContactRules) {
  const text = (validator: ValidatorFn) =>
    new FormControl('', { nonNullable: true, validators: validator });
  return {
    contactName: text(Validators.maxLength(rules.contactNameMax)),
    contactPhone: text(optionalPattern(rules.phone, 'phone')),
    contactEmail: text(optionalPattern(rules.email, 'email')),
  };
}
