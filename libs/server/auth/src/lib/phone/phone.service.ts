import { ConflictException, ForbiddenException, Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContactChannelsView, LoginResponse, maskPhone, SmsCodePurpose, SmsCodeSent, SMS_RESEND_SECONDS } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, FieldConflictException, FieldValidationException, isUniqueViolation, RequestMeta } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { SmsGateway } from '@scenematch/server-notifications';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth.service';
import { User } from '../entities/user.entity';
import { LoginAttempts } from '../login-attempts';
import { SmsCodes } from './sms-codes';

const WRONG_CODE = '验证码不正确或已失效，请重新获取';

/**
 * Mobile numbers: binding one (proved with a code sent to it, and the password), SMS consent,
 * WeChat binding, and signing in with the number and a code. The "send a sign-in code" answer is
 * the same whether or not the number has an account (no enumeration); the code goes out only
 * to a verified number of an active account.
 */
@Injectable()
export class PhoneService {
  private readonly logger = new Logger(PhoneService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly codes: SmsCodes,
    private readonly sms: SmsGateway,
    private readonly auth: AuthService,
    private readonly attempts: LoginAttempts,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** POST /auth/sms/send: the same answer for every valid number; a code only to an account's verified number. */
  async sendLoginCode(phone: string, meta: RequestMeta): Promise<SmsCodeSent> {
    this.assertSmsEnabled();
    await this.codes.take(phone, meta.ip);
    const user = await this.userByPhone(phone);
    if (user && !user.disabled && !user.erasedAt) {
      const code = await this.codes.issue('login', phone);
      // Not awaited: the answer must take as long for a number without an account as for one with.
      void this.deliver('login', phone, code).catch((error: Error) => this.logger.error(`Sign-in code to ${maskPhone(phone)} not sent: ${error.message}`));
    }
    await this.audit.record({ action: 'auth.sms.code', actor: user ? this.actor(user) : null, entityType: user ? 'user' : undefined, entityId: user?.id, meta, details: { purpose: 'login', phone: maskPhone(phone), sent: !!user && !user.disabled && !user.erasedAt } });
    return this.sent(phone);
  }

  /** POST /auth/sms/login: the number and its code give what a password sign-in gives (TOTP still asked of staff). */
  async login(phone: string, code: string, meta: RequestMeta): Promise<LoginResponse> {
    const user = await this.userByPhone(phone);
    const wrong = new UnauthorizedException({ statusCode: 401, message: WRONG_CODE, errors: [{ field: 'code', message: WRONG_CODE }] });
    if (!user) {
      // Still consumes a try of any code of that number: the same path, the same answer.
      await this.codes.check('login', phone, code);
      await this.audit.record({ action: 'auth.login', outcome: 'failure', meta, details: { method: 'sms', phone: maskPhone(phone), reason: 'unknown_phone' } });
      throw wrong;
    }
    await this.attempts.assertNotLocked(user, 'auth.login', meta);
    const result = await this.codes.check('login', phone, code);
    if (result !== 'ok') {
      await this.attempts.fail(user, 'auth.login', result === 'void' ? 'sms_code_void' : 'wrong_sms_code', meta);
      throw wrong;
    }
    if (user.disabled || user.erasedAt) {
      await this.audit.record({ action: 'auth.login', outcome: 'denied', actor: this.actor(user), entityType: 'user', entityId: user.id, meta, details: { method: 'sms', reason: user.erasedAt ? 'erased' : 'disabled' } });
      throw new ForbiddenException(user.erasedAt ? '该账号已注销' : '该账号已被停用，请联系平台管理员');
    }
    return this.auth.login(user, meta, { method: 'sms' });
  }

  async channels(userId: string): Promise<ContactChannelsView> {
    const rows = await this.dataSource.query<Array<{ phone: string | null; phone_verified_at: Date | null; sms_consent_at: Date | null; wechat_openid: string | null; wechat_bound_at: Date | null }>>(`SELECT phone, phone_verified_at, sms_consent_at, wechat_openid, wechat_bound_at FROM users WHERE id = $1`, [userId]);
    const u = rows[0];
    if (!u) throw new NotFoundException('用户不存在');
    return {
      phone: u.phone,
      phoneVerifiedAt: u.phone_verified_at?.toISOString() ?? null,
      smsConsentAt: u.sms_consent_at?.toISOString() ?? null,
      wechat: { bound: !!u.wechat_openid, openidTail: u.wechat_openid ? u.wechat_openid.slice(-4) : null, boundAt: u.wechat_bound_at?.toISOString() ?? null },
    };
  }

  /** POST /me/phone/code: a code to the number the user is adding (limited like sign-in codes). */
  async sendBindCode(actor: Actor, phone: string, meta: RequestMeta): Promise<SmsCodeSent> {
    this.assertSmsEnabled();
    const current = await this.channels(actor.userId);
    if (current.phone === phone && current.phoneVerifiedAt) throw new FieldConflictException('phone', '这已是您绑定的手机号');
    await this.codes.take(phone, meta.ip);
    const code = await this.codes.issue('bind', phone);
    await this.deliver('bind', phone, code);
    await this.audit.record({ action: 'user.phone.code', actor, entityType: 'user', entityId: actor.userId, meta, details: { phone: maskPhone(phone) } });
    return this.sent(phone);
  }

  /** PUT /me/phone: binds (or changes to) the number once its code and the password are right. */
  async bind(actor: Actor, phone: string, code: string, password: string, meta: RequestMeta): Promise<ContactChannelsView> {
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: actor.userId } });
    await this.attempts.assertNotLocked(user, 'user.phone.bind', meta);
    if (!(await this.attempts.confirmPassword(user, password, 'user.phone.bind', meta))) throw FieldValidationException.single('password', '密码不正确');
    const result = await this.codes.check('bind', phone, code);
    if (result !== 'ok') {
      await this.audit.record({ action: 'user.phone.bind', outcome: 'failure', actor, entityType: 'user', entityId: actor.userId, meta, details: { phone: maskPhone(phone), reason: result } });
      throw FieldValidationException.single('code', WRONG_CODE);
    }
    const previous = await this.channels(actor.userId);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query<unknown>(`UPDATE users SET phone = $2, phone_verified_at = now() WHERE id = $1`, [actor.userId, phone]);
        await this.audit.record(
          { action: 'user.phone.bind', actor, entityType: 'user', entityId: actor.userId, meta, details: { phone: maskPhone(phone), previous: maskPhone(previous.phone) } },
          manager,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_phone_key')) throw new FieldConflictException('phone', '该手机号已绑定其他账号');
      throw error;
    }
    return this.channels(actor.userId);
  }

  /** DELETE /me/phone: no more sign-in by phone and no SMS (the SMS consent ends with the number). */
  async unbind(actor: Actor, meta: RequestMeta): Promise<ContactChannelsView> {
    const previous = await this.channels(actor.userId);
    if (!previous.phone) throw new ConflictException('尚未绑定手机号');
    await this.dataSource.transaction(async (manager) => {
      await manager.query<unknown>(`UPDATE users SET phone = NULL, phone_verified_at = NULL, sms_consent_at = NULL WHERE id = $1`, [actor.userId]);
      await this.audit.record({ action: 'user.phone.unbind', actor, entityType: 'user', entityId: actor.userId, meta, details: { phone: maskPhone(previous.phone), smsConsentWithdrawn: !!previous.smsConsentAt } }, manager);
    });
    return this.channels(actor.userId);
  }

  /** PUT /me/sms-consent: gives (with its time) or withdraws the consent to SMS notices. */
  async setSmsConsent(actor: Actor, consent: boolean, meta: RequestMeta): Promise<ContactChannelsView> {
    const current = await this.channels(actor.userId);
    if (consent && !(current.phone && current.phoneVerifiedAt)) throw FieldValidationException.single('consent', '请先绑定并验证手机号');
    if (consent === !!current.smsConsentAt) {
      // Nothing changes (the time of an earlier consent stays), but the request is on record.
      await this.audit.record({ action: consent ? 'user.sms_consent.give' : 'user.sms_consent.withdraw', actor, entityType: 'user', entityId: actor.userId, meta, details: { at: current.smsConsentAt, unchanged: true } });
      return current;
    }
    await this.dataSource.transaction(async (manager) => {
      // An UPDATE … RETURNING answers [rows, count] (rows[0] was the row array, and its `at` was Array.prototype.at).
      const [rows] = await manager.query<[Array<{ at: Date | null }>, number]>(
        `UPDATE users SET sms_consent_at = CASE WHEN $2 THEN now() END WHERE id = $1 RETURNING sms_consent_at AS at`,
        [actor.userId, consent],
      );
      await this.audit.record(
        { action: consent ? 'user.sms_consent.give' : 'user.sms_consent.withdraw', actor, entityType: 'user', entityId: actor.userId, meta, details: { at: rows[0]?.at ?? new Date().toISOString() } },
        manager,
      );
    });
    return this.channels(actor.userId);
  }

  /** PUT /me/wechat: binds the user's openid under the service account (see README: OAuth in production). */
  async bindWechat(actor: Actor, openid: string, meta: RequestMeta): Promise<ContactChannelsView> {
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query<unknown>(`UPDATE users SET wechat_openid = $2, wechat_bound_at = now() WHERE id = $1`, [actor.userId, openid]);
        await this.audit.record({ action: 'user.wechat.bind', actor, entityType: 'user', entityId: actor.userId, meta, details: { openidTail: openid.slice(-4) } }, manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_wechat_openid_key')) throw new FieldConflictException('openid', '该微信已绑定其他账号');
      throw error;
    }
    return this.channels(actor.userId);
  }

  async unbindWechat(actor: Actor, meta: RequestMeta): Promise<ContactChannelsView> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query<unknown>(`UPDATE users SET wechat_openid = NULL, wechat_bound_at = NULL WHERE id = $1`, [actor.userId]);
      await this.audit.record({ action: 'user.wechat.unbind', actor, entityType: 'user', entityId: actor.userId, meta }, manager);
    });
    return this.channels(actor.userId);
  }

  private async deliver(purpose: SmsCodePurpose, phone: string, code: string): Promise<void> {
    await this.sms.send({
      phone,
      templateId: this.config.SMS_TEMPLATE_CODE,
      params: { code, minutes: String(Math.round(this.config.SMS_CODE_TTL_SECONDS / 60)) },
      tag: `code-${purpose}-${phone.slice(-4)}`,
    });
  }

  private sent(phone: string): SmsCodeSent {
    return { accepted: true, phone: maskPhone(phone) as string, resendAfter: SMS_RESEND_SECONDS, expiresIn: this.config.SMS_CODE_TTL_SECONDS };
  }

  private assertSmsEnabled(): void {
    if (!this.sms.enabled) throw new ForbiddenException('本平台未开通短信服务，请使用邮箱和密码登录');
  }

  private async userByPhone(phone: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.organisation', 'o')
      .where('u.phone = :phone AND u.phone_verified_at IS NOT NULL', { phone })
      .getOne();
  }

  private actor(user: User) {
    return { userId: user.id, role: user.role, organisationId: user.organisationId };
  }
}
