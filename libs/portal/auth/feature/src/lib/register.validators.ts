import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { usccProblem } from '@scenematch/contracts';
import {
  matchesSiblingValidator,
  passwordPolicyValidator as sharedPasswordPolicy,
} from '@scenematch/portal/shared/ui/forms/auth-validators';

/**
 * GB 32100-2015 check as the user types: `{ uscc: 'checkCharacter' }`, the problem's code (the
 * form words it from the catalogue, auth.uscc.*). Empty values are left to `required`.
 */
export const usccValidator: ValidatorFn = (
  control: AbstractControl<string>,
): ValidationErrors | null => {
  const value = (control.value ?? '').trim();
  if (!value) return null;
  const problem = usccProblem(value);
  return problem ? { uscc: problem } : null;
};

/**
 * The shared password policy, checked against the sibling `email` control (a password may not
 * contain the email's local part): `{ passwordPolicy: ['密码至少 8 位', …] }`.
 */
export const passwordPolicyValidator: ValidatorFn = sharedPasswordPolicy(
  (control) => control.parent?.get('email')?.value as string | undefined,
);

/** The confirmation must equal the sibling `password` control (`{ mismatch: <catalogue key> }`). */
export const matchesPasswordValidator: ValidatorFn = matchesSiblingValidator(
  'password',
  'auth.fields.confirmPassword.mismatch',
);
