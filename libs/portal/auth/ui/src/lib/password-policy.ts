import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordRule,
  passwordRuleViolations,
} from '@scenematch/contracts';
import type { Translate } from '@scenematch/portal/shared/ui/text/beijing-time';
import { PASSWORD_RULE_KEYS } from './auth-keys';

/** The length a rule's text names (`n` of its catalogue entry). */
export function passwordRuleLimit(rule: PasswordRule): number {
  return rule === 'maxLength' ? PASSWORD_MAX_LENGTH : PASSWORD_MIN_LENGTH;
}

/**
 * The rules a password breaks, in the reader's language and joined by ；(a form's `passwordPolicy`
 * message: the validator words them in Chinese).
 */
export function passwordPolicyMessage(
  password: string,
  email: string | undefined,
  t: Translate,
): string {
  return passwordRuleViolations(password, email)
    .map((rule) => t(PASSWORD_RULE_KEYS[rule], { n: passwordRuleLimit(rule) }))
    .join('；');
}
