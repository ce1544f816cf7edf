/**
 * Password policy shared by the API and the portal: at least 8 characters, at least 3 of the
 * 4 character classes, and not containing the local part of the email address.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  const value = password ?? '';
  if (value.length < PASSWORD_MIN_LENGTH) problems.push(`密码至少 ${PASSWORD_MIN_LENGTH} 位`);
  if (value.length > PASSWORD_MAX_LENGTH) problems.push(`密码不能超过 ${PASSWORD_MAX_LENGTH} 位`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  if (classes < 3) problems.push('密码需包含大写字母、小写字母、数字、符号中的至少三类');
  const local = (email ?? '').split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && value.toLowerCase().includes(local)) problems.push('密码不能包含邮箱用户名');
  return problems;
}
