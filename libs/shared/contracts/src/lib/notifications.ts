import type { ScoreLevel } from '@scenematch/matching/levels';
import type { Role } from './roles';

/**
 * Notification categories: what a user switches email on or off for. In-app notifications are
 * always on. A notification's `kind` (e.g. `application.shortlisted`) belongs to the category
 * named by its first segment; kinds of unknown families fall into `other`.
 */
export const NOTIFICATION_CATEGORIES = ['match', 'invitation', 'reminder', 'application', 'scenario', 'product', 'review', 'award', 'other'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const NOTIFICATION_CATEGORY_LABELS: Record<NotificationCategory, string> = {
  match: '新场景匹配',
  invitation: '揭榜邀请',
  reminder: '截止提醒',
  application: '申报进展',
  scenario: '场景审核与状态',
  product: '产品审核',
  review: '评审任务',
  award: '揭榜公示',
  other: '其他通知',
};

/** The categories a role receives notifications of (the settings page shows these). */
export const NOTIFICATION_CATEGORIES_BY_ROLE: Record<Role, NotificationCategory[]> = {
  enterprise: ['match', 'invitation', 'reminder', 'application', 'product', 'award', 'scenario', 'other'],
  agency: ['reminder', 'scenario', 'award', 'other'],
  expert: ['review', 'other'],
  organiser: ['award', 'scenario', 'other'],
  admin: ['award', 'scenario', 'other'],
  financier: ['other'],
};

/** The category of a notification kind. */
export function notificationCategory(kind: string): NotificationCategory {
  const family = kind.split('.')[0];
  return (NOTIFICATION_CATEGORIES as readonly string[]).includes(family) ? (family as NotificationCategory) : 'other';
}

/** `GET /api/me/notification-settings`. */
export interface NotificationSettingsView {
  /** Where mails go. */
  email: string;
  categories: Array<{
    category: NotificationCategory;
    label: string;
    inApp: true;
    email: boolean;
    /** SMS for the category's urgent kinds; `null` where the category is not offered on SMS. */
    sms: boolean | null;
    /** What SMS carries in this category (`null` where not offered). */
    smsHint: string | null;
    /** WeChat service-account template messages. */
    wechat: boolean;
  }>;
  /** The weekly digest of new matching scenarios; `null` where the role has none (not a company). */
  digest: boolean | null;
  /**
   * What the digest and the match notices call their matches: the level (SCORE_LEVELS) of the
   * least score they include (MATCH_NOTIFY_MIN_SCORE); `null` with the digest.
   */
  digestLevel: ScoreLevel | null;
  /**
   * Whether each extra channel can reach the user now, and why not: SMS needs a verified mobile
   * number and the SMS consent; WeChat needs a bound openid. A switch may be on while its channel
   * is unavailable (nothing is sent until it becomes available).
   */
  channels: {
    sms: { available: boolean; reason: string | null };
    wechat: { available: boolean; reason: string | null };
  };
}

/** `PUT /api/me/notification-settings`: only what changes. */
export interface NotificationSettingsUpdate {
  categories?: Array<{ category: NotificationCategory; email?: boolean; sms?: boolean; wechat?: boolean }>;
  digest?: boolean;
}

/** A digest or reminder run requested by the schedule or by an organiser. */
export interface NotificationRunView {
  id: string;
  kind: 'digest' | 'reminders';
  trigger: 'schedule' | 'manual';
  status: 'queued' | 'running' | 'completed';
  /**
   * Digests recorded (digest runs) or reminders written (reminder runs).
   * @asType integer
   */
  sent: number;
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  finishedAt: string | null;
}

/** One in-app notification. */
export interface NotificationView {
  /** The notification's number (bigint, as text). */
  id: string;
  kind: string;
  title: string;
  body: string;
  /** A portal path to open (e.g. `/me/applications`), or none. */
  link: string | null;
  /** @format date-time */
  readAt: string | null;
  /**
   * @format date-time
   * @format date-time
   */
  createdAt: string;
}

/** `GET /api/me/notifications`: a page of them with the caller's unread count. */
export interface NotificationPage {
  items: NotificationView[];
  /** @asType integer */
  total: number;
  /** @asType integer */
  page: number;
  /** @asType integer */
  pageSize: number;
  /** @asType integer */
  unread: number;
}

/** What an unsubscribe link switches off: a category's mails, or the weekly digest. */
export type UnsubscribeTarget = NotificationCategory | 'digest';

/** `GET /api/notifications/unsubscribe?format=json`: what the link would switch off. */
export interface UnsubscribePreview {
  target: UnsubscribeTarget;
  label: string;
}

/** `POST /api/notifications/unsubscribe?format=json`: what was switched off. */
export interface UnsubscribeResult {
  unsubscribed: UnsubscribeTarget;
  label: string;
}
