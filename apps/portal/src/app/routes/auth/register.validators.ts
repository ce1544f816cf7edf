import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { USCC_PROBLEM_MESSAGES, usccProblem } from '@scenematch/contracts';
import { TEXTS } from '../../core/i18n/zh-cn';
import {
  matchesSiblingValidator,
  passwordPolicyValidator as sharedPasswordPolicy,
} from '../../shared/forms/auth-validators';

/**
 * GB 32100-2015 check as the user types, with the same Chinese messages the API uses:
 * `{ uscc: '统一社会信用代码校验位（第18位）不正确' }`. Empty values are left to `required`.
 */
export const usccValidator: ValidatorFn = (
  control: AbstractControl<string>,
): ValidationErrors | null => {
  const value = (control.value ?? '').trim();
  if (!value) return null;
  const problem = usccProblem(value);
  return problem ? { uscc: USCC_PROBLEM_MESSAGES[problem] } : null;
};

/**
 * The shared password policy, checked against the sibling `email` control (a password may not
 * contain the email's local part): `{ passwordPolicy: ['密码至少 8 位', …] }`.
 */
export const passwordPolicyValidator: ValidatorFn = sharedPasswordPolicy(
  (control) => control.parent?.get('email')?.value as string | undefined,
);

/** The confirmation must equal the sibling `password` control. */
export const matchesPasswordValidator: ValidatorFn = matchesSiblingValidator(
  'password',
  TEXTS.auth.confirmMismatch,
);
