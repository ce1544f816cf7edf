import { Role, smsOffered } from '@scenematch/contracts';

/** Only company users get the weekly digest. */
export const DIGEST_ROLES: readonly Role[] = ['enterprise'];

/** A first digest looks back this far. */
export const DIGEST_FIRST_LOOKBACK_DAYS = 7;

/** The switches of one category as stored, if the user ever changed them. */
export interface StoredSwitches {
  email: boolean;
  sms: boolean;
  wechat: boolean;
}

/**
 * The channels of a category as the user sees them: mail on until switched off; SMS only where
 * the role is offered it for that category (then off until switched on); WeChat off until switched on.
 */
export function categorySwitches(role: Role, category: string, stored: StoredSwitches | undefined): { email: boolean; sms: boolean | null; wechat: boolean } {
  return {
    email: stored?.email ?? true,
    sms: smsOffered(role, category) ? (stored?.sms ?? false) : null,
    wechat: stored?.wechat ?? false,
  };
}

/** The weekly digest switch: on until switched off for companies; nobody else has one. */
export function digestSwitch(role: Role, stored: { email: boolean } | undefined): boolean | null {
  return DIGEST_ROLES.includes(role) ? (stored?.email ?? true) : null;
}

/** Why SMS cannot be switched on yet: a verified phone first, then the user's consent. */
export function smsUnavailableReason(phoneVerified: boolean, smsConsent: boolean): string | null {
  if (!phoneVerified) return '请先在“账号安全”中绑定并验证手机号';
  return smsConsent ? null : '请先在“账号安全”中同意接收短信通知';
}

/** The first problem of a settings change for this role (field and message), or null. */
export function settingsChangeProblem(
  role: Role,
  change: { digest?: boolean; categories?: Array<{ category: string; sms?: boolean }> },
): { field: string; message: string } | null {
  if (change.digest !== undefined && !DIGEST_ROLES.includes(role)) return { field: 'digest', message: '每周匹配摘要仅面向AI企业用户' };
  const categories = change.categories ?? [];
  const seen = new Set<string>();
  for (const [i, c] of categories.entries()) {
    if (seen.has(c.category)) return { field: `categories.${i}.category`, message: '通知类别重复' };
    seen.add(c.category);
  }
  for (const [i, c] of categories.entries()) {
    if (c.sms !== undefined && !smsOffered(role, c.category)) return { field: `categories.${i}.sms`, message: '此类通知不提供短信提醒' };
  }
  return null;
}

/** Where a user's digest starts: where their last one ended, or a week before this one for a first digest. */
export function digestSince(lastUntil: Date | null | undefined, until: Date): Date {
  return lastUntil ?? new Date(until.getTime() - DIGEST_FIRST_LOOKBACK_DAYS * 86400_000);
}
