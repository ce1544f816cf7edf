import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mobile numbers (verified by SMS code, sign-in by phone), the SMS consent of 个人信息保护法
 * (given and withdrawn with a time), a bound WeChat service-account openid, and the SMS and
 * WeChat channels per notification category and per notification. Additive only.
 */
export class PhoneAndChannels1766250000000 implements MigrationInterface {
  name = 'PhoneAndChannels1766250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN phone text,
        ADD COLUMN phone_verified_at timestamptz,
        ADD COLUMN sms_consent_at timestamptz,
        ADD COLUMN wechat_openid text,
        ADD COLUMN wechat_bound_at timestamptz,
        ADD CONSTRAINT users_phone_format CHECK (phone IS NULL OR phone ~ '^1[3-9][0-9]{9}$')`);
    // One account per number: sign-in by phone must find exactly one user.
    await q.query(`CREATE UNIQUE INDEX users_phone_key ON users (phone) WHERE phone IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX users_wechat_openid_key ON users (wechat_openid) WHERE wechat_openid IS NOT NULL`);
    await q.query(`
      ALTER TABLE notification_preferences
        ADD COLUMN sms boolean NOT NULL DEFAULT false,
        ADD COLUMN wechat boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE notification_preferences ALTER COLUMN email SET DEFAULT true`);
    await q.query(`
      ALTER TABLE notifications
        ADD COLUMN sms_status text CHECK (sms_status IN ('pending', 'sent', 'skipped')),
        ADD COLUMN sms_sent_at timestamptz,
        ADD COLUMN wechat_status text CHECK (wechat_status IN ('pending', 'sent', 'skipped')),
        ADD COLUMN wechat_sent_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN sms_status, DROP COLUMN sms_sent_at, DROP COLUMN wechat_status, DROP COLUMN wechat_sent_at`);
    await q.query(`ALTER TABLE notification_preferences DROP COLUMN sms, DROP COLUMN wechat, ALTER COLUMN email DROP DEFAULT`);
    await q.query(`DROP INDEX users_wechat_openid_key`);
    await q.query(`DROP INDEX users_phone_key`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_phone_format, DROP COLUMN phone, DROP COLUMN phone_verified_at, DROP COLUMN sms_consent_at, DROP COLUMN wechat_openid, DROP COLUMN wechat_bound_at`);
  }
}
