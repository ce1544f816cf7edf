import { relation } from '../relation';

/** Accounts as other domains may read them: no password, MFA secret or session data. */
export const USERS = relation('users', [
  'id',
  'email',
  'display_name',
  'role',
  'organisation_id',
  'disabled',
  'created_at',
  'erased_at',
  'phone',
  'phone_verified_at',
  'sms_consent_at',
  'wechat_openid',
]);
