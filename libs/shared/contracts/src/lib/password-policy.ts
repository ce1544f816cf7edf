/**
 * Password policy shared by the API and the portal: at least 8 characters, at least 3 of the
 * 4 character classes, and not containing the local part of the email address.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Each rule of the policy, by a stable code (the portal words them in the reader's language). */
export const PASSWORD_RULES = ['minLength', 'maxLength', 'classes', 'email'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

/** The API's (Chinese) wording of each rule. */
export const PASSWORD_RULE_MESSAGES: Record<PasswordRule, string> = {
  minLength: `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
  maxLength: `密码不能超过 ${PASSWORD_MAX_LENGTH} 位`,
  classes: '密码需包含大写字母、小写字母、数字、符号中的至少三类',
  email: '密码不能包含邮箱用户名',
};

/** The rules a password breaks, by code. */
export function passwordRuleViolations(password: string, email?: string): PasswordRule[] {
  const broken: PasswordRule[] = [];
  const value = password ?? '';
  if (value.length < PASSWORD_MIN_LENGTH) broken.push('minLength');
  if (value.length > PASSWORD_MAX_LENGTH) broken.push('maxLength');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  if (classes < 3) broken.push('classes');
  const local = (email ?? '').split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && value.toLowerCase().includes(local)) broken.push('email');
  return broken;
}

/** The rules a password breaks, in the API's words. */
export function passwordProblems(password: string, email?: string): string[] {
  return passwordRuleViolations(password, email).map((rule) => PASSWORD_RULE_MESSAGES[rule]);
}
