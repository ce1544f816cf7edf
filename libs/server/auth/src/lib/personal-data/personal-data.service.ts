import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataExport } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, FieldValidationException, RequestMeta } from '@scenematch/server-common';
import { auditRecordsOfUser, notificationsOfUser } from '@scenematch/server-data';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { User } from '../entities/user.entity';
import { LoginAttempts } from '../login-attempts';
import { PasswordHasher } from '@scenematch/server-crypto';
import { SessionVersions } from '../session-versions';

/** The name an erased user keeps (stored data, shown wherever the user's past work appears). */
export const ERASED_DISPLAY_NAME = '已注销用户';

/** The most audit events a download carries (newest first); the trail itself is kept whole. */
const EXPORT_AUDIT_LIMIT = 10_000;

/**
 * The rights of 个人信息保护法 (PIPL) that a user exercises themselves: a copy of their personal
 * information (第四十五条) and its deletion (第四十七条). Deletion erases the personal fields of
 * the account and what exists only for the person (notifications, settings, sessions, second
 * factor, password history); it keeps what the law or the platform's records need: the
 * organisation, the business records the account took part in (under a pseudonymous id), and the
 * audit trail (网络安全法 第二十一条: ≥ 6 months; the trail is append-only and hash-chained).
 */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attempts: LoginAttempts,
    private readonly sessions: SessionVersions,
  ) {}

  async export(actor: Actor, meta: RequestMeta): Promise<PersonalDataExport> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: actor.userId } });
    if (!user) throw new NotFoundException('用户不存在');
    const notifications = await notificationsOfUser(this.dataSource, user.id);
    const events = await auditRecordsOfUser(this.dataSource, user.id, EXPORT_AUDIT_LIMIT);
    // Recorded before the answer: who took a copy of which personal data is itself worth knowing.
    await this.audit.record({ action: 'user.personal_data.export', actor, entityType: 'user', entityId: user.id, meta, details: { notifications: notifications.length, auditEvents: events.length } });
    return {
      exportedAt: new Date().toISOString(),
      privacyNoticeVersion: user.privacyConsentVersion,
      account: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        createdAt: user.createdAt.toISOString(),
        lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
        passwordChangedAt: user.passwordChangedAt?.toISOString() ?? null,
        mfaEnabled: user.mfaEnabled,
        phone: user.phone,
        phoneVerifiedAt: user.phoneVerifiedAt?.toISOString() ?? null,
        smsConsentAt: user.smsConsentAt?.toISOString() ?? null,
        wechatBound: !!user.wechatOpenid,
        privacyConsentVersion: user.privacyConsentVersion,
        privacyConsentedAt: user.privacyConsentedAt?.toISOString() ?? null,
      },
      organisation: user.organisation.toSummary(),
      notifications: notifications.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        readAt: n.read_at ? new Date(n.read_at).toISOString() : null,
        createdAt: new Date(n.created_at).toISOString(),
      })),
      auditEvents: events.map((e) => ({
        id: e.id,
        at: new Date(e.at).toISOString(),
        action: e.action,
        outcome: e.outcome,
        entityType: e.entity_type,
        entityId: e.entity_id,
        ip: e.ip,
        userAgent: e.user_agent,
      })),
    };
  }

  /**
   * Deletes the caller's personal information at their request (their password confirms it): the
   * account can never be signed in again, and every token ends at once.
   */
  async erase(actor: Actor, password: string, meta: RequestMeta): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: actor.userId } });
    if (!user || user.erasedAt) throw new NotFoundException('用户不存在');
    await this.attempts.assertNotLocked(user, 'user.erase', meta);
    if (!(await this.attempts.confirmPassword(user, password, 'user.erase', meta))) {
      throw FieldValidationException.single('password', '密码不正确');
    }
    // An unusable password: a random secret nobody knows, hashed like any other.
    const unusable = await PasswordHasher.hash(randomBytes(32).toString('base64url'));
    await this.dataSource.transaction(async (manager) => {
      if (user.role === 'admin') {
        const admins = await manager.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND NOT disabled AND erased_at IS NULL AND id <> $1`,
          [user.id],
        );
        if (admins[0].n === 0) throw new ConflictException('您是平台唯一的管理员，注销前请先指定另一位管理员');
      }
      await manager.query<unknown>(
        `UPDATE users SET email = $2, display_name = $4, password_hash = $3, erased_at = now(),
           mfa_enabled = false, mfa_secret = NULL, mfa_pending_secret = NULL, mfa_last_counter = NULL, mfa_enabled_at = NULL,
           failed_logins = 0, locked_until = NULL, last_login_at = NULL, session_version = session_version + 1,
           phone = NULL, phone_verified_at = NULL, sms_consent_at = NULL, wechat_openid = NULL, wechat_bound_at = NULL
         WHERE id = $1`,
        [user.id, `erased-${user.id}@erased.invalid`, unusable, ERASED_DISPLAY_NAME],
      );
      for (const table of ['refresh_tokens', 'mfa_recovery_codes', 'password_history', 'notifications', 'notification_preferences', 'notification_reminders', 'notification_digests']) {
        await manager.query<unknown>(`DELETE FROM ${table} WHERE user_id = $1`, [user.id]);
      }
      // The audit record names the account by its id only: the e-mail is what was erased.
      await this.audit.record(
        { action: 'user.erase', actor, entityType: 'user', entityId: user.id, meta, details: { organisationId: user.organisationId, requestedBy: 'self' } },
        manager,
      );
    });
    await this.sessions.publish(user.id);
  }
}
