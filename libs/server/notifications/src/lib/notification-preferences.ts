import { Role } from '@scenematch/contracts';
import { EntityManager } from 'typeorm';
import { UnsubscribeTarget } from './unsubscribe-token';

export { DIGEST_FIRST_LOOKBACK_DAYS, DIGEST_ROLES } from './notification-settings-rules';

/** SQL: whether the user `userId` (a column) wants mails of `target` (a parameter or literal): on unless switched off. */
export const emailEnabledSql = (userId: string, target: string) =>
  `coalesce((SELECT p.email FROM notification_preferences p WHERE p.user_id = ${userId} AND p.category = ${target}), true)`;

/** SQL: whether the user row `u` can be texted: a verified number and the SMS consent in force. */
export const smsReachableSql = (u: string) => `(${u}.phone IS NOT NULL AND ${u}.phone_verified_at IS NOT NULL AND ${u}.sms_consent_at IS NOT NULL)`;

/** SQL: whether the user wants `channel` (sms or wechat) for a category: off unless switched on. */
export const channelEnabledSql = (channel: 'sms' | 'wechat', userId: string, target: string) =>
  `coalesce((SELECT p.${channel} FROM notification_preferences p WHERE p.user_id = ${userId} AND p.category = ${target}), false)`;

/** Whether a user wants mails of a category (or the digest): on unless switched off. */
export async function emailEnabled(manager: EntityManager, userId: string, target: UnsubscribeTarget): Promise<boolean> {
  const rows = await manager.query<Array<{ email: boolean }>>(`SELECT email FROM notification_preferences WHERE user_id = $1 AND category = $2`, [userId, target]);
  return rows[0]?.email ?? true;
}
