import type { NotificationCategory } from './notifications';
import type { Role } from './roles';

/**
 * Mainland China mobile numbers (+86), SMS verification codes and the SMS / WeChat notice
 * channels. Shared by the portal (field checks, masking in views) and the API (the same rules).
 */

/** A mainland mobile number: 11 digits, 1 then 3–9. */
const CN_MOBILE = /^1[3-9]\d{9}$/;

/**
 * The 11-digit national number of what a person typed, or null when it is not a mainland
 * mobile number. Accepts spaces, dashes, brackets, full-width digits and a +86 / 0086 / 86 prefix.
 */
export function normalisePhone(input: string): string | null {
  if (typeof input !== 'string') return null;
  const folded = input
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0B/g, '+')
    .replace(/[\s\-()（）.\u3000]/g, '');
  const national = folded.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return CN_MOBILE.test(national) ? national : null;
}

/** Why a typed number is refused (Chinese, for a field error), or null when it is fine. */
export function phoneProblem(input: string | null | undefined): string | null {
  if (!input || !String(input).trim()) return '请填写手机号';
  return normalisePhone(String(input)) ? null : '请输入有效的中国大陆手机号（11 位，以 13–19 开头）';
}

/** 138****5678: how a number shows to everyone but its owner. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}

/** Verification codes are six digits. */
export const SMS_CODE_LENGTH = 6;
export const SMS_CODE_PATTERN = /^\d{6}$/;
/** Seconds before another code may be asked for the same number (the portal's countdown). */
export const SMS_RESEND_SECONDS = 60;

/** What a code proves: a sign-in, or that the user holds a number they are adding. */
export type SmsCodePurpose = 'login' | 'bind';

/** `POST /api/auth/sms/send` and `POST /api/me/phone/code`: the same answer whether or not a code went out. */
export interface SmsCodeSent {
  /** Always true: the answer does not say whether the number has an account. */
  accepted: true;
  /** The number as it will be used, masked. */
  phone: string;
  /** Seconds until another code may be requested. */
  resendAfter: number;
  /** Seconds a code stays valid. */
  expiresIn: number;
}

/** `GET /api/me/contact-channels`: the owner's own view (the number unmasked). */
export interface ContactChannelsView {
  phone: string | null;
  phoneVerifiedAt: string | null;
  /** SMS notices consent (个人信息保护法): when given, null when not given or withdrawn. */
  smsConsentAt: string | null;
  /** Whether a WeChat service-account openid is bound, and its tail for recognition. */
  wechat: { bound: boolean; openidTail: string | null; boundAt: string | null };
}

/** The notification kinds urgent enough to be sent by SMS (each needs consent and is off by default). */
export const SMS_NOTIFICATION_KINDS = ['reminder.deadline_1d', 'reminder.closing', 'award.objection'] as const;

export function isSmsKind(kind: string): boolean {
  return (SMS_NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/**
 * Where a role is offered an SMS switch: the categories holding urgent kinds it receives
 * (companies and units: deadline reminders; staff: objections to an award). Only the urgent kinds
 * (above) of these categories are texted.
 */
export const SMS_CATEGORIES_BY_ROLE: Record<Role, readonly NotificationCategory[]> = {
  enterprise: ['reminder'],
  agency: ['reminder'],
  expert: [],
  organiser: ['award'],
  admin: ['award'],
  financier: [],
};

/** What SMS carries in each offering category (shown next to the switch). */
export const SMS_CATEGORY_HINTS: Partial<Record<NotificationCategory, string>> = {
  reminder: '仅“明天截止”的提醒',
  award: '仅公示收到异议',
};

export function smsOffered(role: Role, category: string): boolean {
  return (SMS_CATEGORIES_BY_ROLE[role] as readonly string[]).includes(category);
}
