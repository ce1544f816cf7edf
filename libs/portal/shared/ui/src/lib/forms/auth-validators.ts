import {
  AbstractControl,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { passwordProblems } from '@scenematch/contracts';

/**
 * The shared password policy (a password may not contain the email's local part), the email
 * being `emailOf(control)`: `{ passwordPolicy: ['密码至少 8 位', …] }`. Empty values are left to
 * `required`.
 */
export function passwordPolicyValidator(
  emailOf: (control: AbstractControl) => string | undefined,
): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value ?? '';
    if (!value) return null;
    const problems = passwordProblems(value, emailOf(control));
    return problems.length ? { passwordPolicy: problems } : null;
  };
}

/** A confirmation that must equal the sibling control `sibling`: `{ mismatch: message }`. */
export function matchesSiblingValidator(
  sibling: string,
  message: string,
): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const wanted = control.parent?.get(sibling)?.value as string | undefined;
    return control.value && wanted !== undefined && control.value !== wanted
      ? { mismatch: message }
      : null;
  };
}

/** A six-digit one-time code (TOTP), spaces around it allowed. */
export const otpCodeValidator: ValidatorFn =
  Validators.pattern(/^\s*\d{6}\s*$/);

/** A typed code without its spaces, as the API wants it. */
export function compactCode(value: string): string {
  return value.replace(/\s+/g, '');
}
