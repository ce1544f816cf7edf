import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthTokens, MfaEnableResult, MfaSetup, MfaStatus } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { FieldValidationException, RequestMeta } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { createHmac } from 'node:crypto';
import { toDataURL } from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { toUserView } from '../auth.service';
import { MfaDisableDto, MfaVerifyDto, SecondFactorDto } from '../dto/mfa.dto';
import { User } from '../entities/user.entity';
import { LoginAttempts } from '../login-attempts';
import { TokenService } from '../token.service';
import { mfaMandatoryFor } from './mfa-policy';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { SecretBox } from './secret-box';
import { matchTotp, newTotpSecret, otpauthUrl } from './totp';

/** Who is setting up a second factor: a signed-in user, or one holding an enrolment token. */
export interface MfaSubject {
  userId: string;
  via: 'session' | 'enrolment';
}

type SecondFactor = 'totp' | 'recovery_code';

/**
 * TOTP second factor (SHA1, 6 digits, 30 s, ±1 step) with ten single-use recovery codes. Each
 * accepted code moves the account's last used time step forward, so a code (or an older one) is
 * never accepted twice. Wrong codes count towards the account lockout and are audited.
 */
/** Switches a user's second factor off: secret, pending enrolment, replay counter and recovery codes. */
export async function clearSecondFactor(manager: EntityManager, userId: string): Promise<void> {
  await manager.query<unknown>(
    `UPDATE users SET mfa_enabled = false, mfa_secret = NULL, mfa_pending_secret = NULL, mfa_last_counter = NULL, mfa_enabled_at = NULL
     WHERE id = $1`,
    [userId],
  );
  await manager.query<unknown>(`DELETE FROM mfa_recovery_codes WHERE user_id = $1`, [userId]);
}

@Injectable()
export class MfaService {
  private readonly box: SecretBox;
  private readonly recoveryKey: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly attempts: LoginAttempts,
    private readonly config: AppConfig,
  ) {
    const keyMaterial = config.MFA_ENCRYPTION_KEY ?? config.JWT_REFRESH_SECRET;
    this.box = new SecretBox(keyMaterial, 'totp-secret');
    this.recoveryKey = createHmac('sha256', keyMaterial).update('scenematch:recovery-codes').digest('hex');
  }

  async status(userId: string): Promise<MfaStatus> {
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: userId } });
    const [{ left }] = await this.dataSource.query<Array<{ left: number }>>(
      `SELECT count(*)::int AS left FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return {
      enabled: user.mfaEnabled,
      required: mfaMandatoryFor(user.role, this.config),
      enabledAt: user.mfaEnabledAt?.toISOString() ?? null,
      recoveryCodesLeft: user.mfaEnabled ? left : 0,
    };
  }

  /** A new secret to scan; it takes effect only once a code from it is confirmed (enable). */
  async setup(subject: MfaSubject, meta: RequestMeta): Promise<MfaSetup> {
    const user = await this.activeUser(subject.userId);
    if (user.mfaEnabled) throw new ConflictException('已启用双因素认证');
    const secret = newTotpSecret();
    const url = otpauthUrl(secret, user.email);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { mfaPendingSecret: this.box.seal(secret) });
      await this.audit.record({ action: 'auth.mfa.setup', actor: this.actor(user), entityType: 'user', entityId: user.id, meta, details: { via: subject.via } }, manager);
    });
    return { secret, otpauthUrl: url, qrDataUrl: await toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 220 }) };
  }

  /** Confirms the pending secret with a code: the second factor is on, recovery codes shown once. */
  async enable(subject: MfaSubject, code: string, meta: RequestMeta, password?: string): Promise<MfaEnableResult> {
    const user = await this.activeUser(subject.userId);
    await this.attempts.assertNotLocked(user, 'auth.mfa.enable', meta);
    if (user.mfaEnabled) throw new ConflictException('已启用双因素认证');
    // From a signed-in session the password is asked again: a borrowed or stolen access token
    // must not be enough to bind someone else's authenticator (and lock the owner out).
    if (subject.via === 'session') {
      if (!password) throw FieldValidationException.single('password', '请填写当前密码');
      if (!(await this.attempts.confirmPassword(user, password, 'auth.mfa.enable', meta))) {
        throw FieldValidationException.single('password', '密码不正确');
      }
    }
    const sealed = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.id')
      .addSelect('u.mfaPendingSecret')
      .where('u.id = :id', { id: user.id })
      .getOne();
    const secret = sealed?.mfaPendingSecret ? this.box.open(sealed.mfaPendingSecret) : null;
    if (!secret) throw new ConflictException('请先获取新的密钥并扫描二维码');
    const step = matchTotp(secret, code, null);
    if (step === null) {
      await this.attempts.fail(user, 'auth.mfa.enable', 'wrong_code', meta);
      throw FieldValidationException.single('code', '验证码不正确，请核对手机时间后重试');
    }
    const recoveryCodes = newRecoveryCodes();
    const tokens = await this.dataSource.transaction(async (manager) => {
      const updated = await manager.query<[Array<{ id: string }>, number]>(
        `UPDATE users SET mfa_enabled = true, mfa_secret = mfa_pending_secret, mfa_pending_secret = NULL,
           mfa_last_counter = $2, mfa_enabled_at = now()
         WHERE id = $1 AND mfa_enabled = false AND mfa_pending_secret = $3 RETURNING id`,
        [user.id, step, sealed?.mfaPendingSecret],
      );
      if (!updated[0]?.length) throw new ConflictException('双因素认证的设置已变化，请刷新后重试');
      await this.replaceRecoveryCodes(user.id, recoveryCodes, manager);
      await this.audit.record({ action: 'auth.mfa.enable', actor: this.actor(user), entityType: 'user', entityId: user.id, meta, details: { via: subject.via } }, manager);
      return subject.via === 'enrolment' ? this.signIn(user, 'enrolled', meta, manager) : undefined;
    });
    if (tokens) await this.attempts.succeeded(user.id);
    return tokens ? { recoveryCodes, tokens } : { recoveryCodes };
  }

  /** Second step of a sign-in: the challenge token and a code (or a recovery code) give the tokens. */
  async verify(dto: MfaVerifyDto, meta: RequestMeta): Promise<AuthTokens> {
    const factor = this.chosenFactor(dto);
    const userId = await this.tokens.verifyMfaToken(dto.challengeToken, 'mfa_challenge');
    const expired = new UnauthorizedException('验证已超时，请重新登录');
    if (!userId) throw expired;
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId } });
    if (!user || user.disabled || !user.mfaEnabled) throw expired;
    await this.attempts.assertNotLocked(user, 'auth.mfa.verify', meta);
    const used = await this.consumeSecondFactor(user, dto, factor);
    if (!used) {
      await this.attempts.fail(user, 'auth.mfa.verify', factor === 'totp' ? 'wrong_code' : 'wrong_recovery_code', meta);
      throw new UnauthorizedException(factor === 'totp' ? '验证码不正确或已使用' : '恢复码不正确或已使用');
    }
    const tokens = await this.dataSource.transaction((manager) => this.signIn(user, used, meta, manager));
    await this.attempts.succeeded(user.id);
    return tokens;
  }

  /** Switching the second factor off needs the password and a code; not where it is mandatory. */
  async disable(userId: string, dto: MfaDisableDto, meta: RequestMeta): Promise<void> {
    const factor = this.chosenFactor(dto);
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: userId } });
    if (!user.mfaEnabled) throw new ConflictException('尚未启用双因素认证');
    if (mfaMandatoryFor(user.role, this.config)) throw new ConflictException('您的账号必须使用双因素认证，不能关闭');
    await this.attempts.assertNotLocked(user, 'auth.mfa.disable', meta);
    if (!(await this.attempts.confirmPassword(user, dto.password, 'auth.mfa.disable', meta))) {
      throw FieldValidationException.single('password', '密码不正确');
    }
    if (!(await this.consumeSecondFactor(user, dto, factor))) {
      await this.attempts.fail(user, 'auth.mfa.disable', factor === 'totp' ? 'wrong_code' : 'wrong_recovery_code', meta);
      throw factor === 'totp'
        ? FieldValidationException.single('code', '验证码不正确或已使用')
        : FieldValidationException.single('recoveryCode', '恢复码不正确或已使用');
    }
    await this.dataSource.transaction(async (manager) => {
      await clearSecondFactor(manager, user.id);
      await this.audit.record({ action: 'auth.mfa.disable', actor: this.actor(user), entityType: 'user', entityId: user.id, meta, details: { with: factor } }, manager);
    });
  }

  private chosenFactor(dto: SecondFactorDto): SecondFactor {
    if (dto.code && dto.recoveryCode) throw FieldValidationException.single('recoveryCode', '验证码和恢复码只需填写一项');
    if (dto.code) return 'totp';
    if (dto.recoveryCode) return 'recovery_code';
    throw FieldValidationException.single('code', '请输入验证码或恢复码');
  }

  /**
   * Accepts a code at most once: the TOTP step must be newer than the last accepted one, and a
   * recovery code is marked used. Both are single conditional updates, so two requests racing
   * with the same code cannot both succeed.
   */
  private async consumeSecondFactor(user: User, dto: SecondFactorDto, factor: SecondFactor): Promise<SecondFactor | null> {
    if (factor === 'recovery_code') {
      const [rows] = await this.dataSource.query<[Array<{ id: string }>, number]>(
        `UPDATE mfa_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
        [user.id, hashRecoveryCode(dto.recoveryCode ?? '', this.recoveryKey)],
      );
      return rows.length ? 'recovery_code' : null;
    }
    const stored = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.id')
      .addSelect(['u.mfaSecret', 'u.mfaLastCounter'])
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    const secret = stored.mfaSecret ? this.box.open(stored.mfaSecret) : null;
    if (!secret) return null;
    const step = matchTotp(secret, dto.code ?? '', stored.mfaLastCounter === null ? null : Number(stored.mfaLastCounter));
    if (step === null) return null;
    const [rows] = await this.dataSource.query<[Array<{ id: string }>, number]>(
      `UPDATE users SET mfa_last_counter = $2 WHERE id = $1 AND (mfa_last_counter IS NULL OR mfa_last_counter < $2) RETURNING id`,
      [user.id, step],
    );
    return rows.length ? 'totp' : null;
  }

  private async replaceRecoveryCodes(userId: string, codes: string[], manager: EntityManager): Promise<void> {
    await manager.query<unknown>(`DELETE FROM mfa_recovery_codes WHERE user_id = $1`, [userId]);
    await manager.query<unknown>(
      `INSERT INTO mfa_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`,
      [userId, codes.map((code) => hashRecoveryCode(code, this.recoveryKey))],
    );
  }

  private async signIn(user: User, secondFactor: SecondFactor | 'enrolled', meta: RequestMeta, manager: EntityManager): Promise<AuthTokens> {
    await this.audit.record({ action: 'auth.login', actor: this.actor(user), entityType: 'user', entityId: user.id, meta, details: { mfa: secondFactor } }, manager);
    return { ...(await this.tokens.issue(user, meta, manager)), user: toUserView(user) };
  }

  private async activeUser(userId: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId } });
    if (!user || user.disabled) throw new UnauthorizedException('请先登录或重新登录');
    return user;
  }

  private actor(user: User) {
    return { userId: user.id, role: user.role, organisationId: user.organisationId };
  }
}
