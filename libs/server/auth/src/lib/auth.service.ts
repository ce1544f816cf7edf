import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthTokens, LoginResponse, PRIVACY_NOTICE_VERSION, ROLE_FOR_ORGANISATION_TYPE, UserView } from '@scenematch/contracts';
import { AuditService, ownAccountEntry } from '@scenematch/server-audit';
import { RequestMeta } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { Metrics } from '@scenematch/server-metrics';
import { OrganisationsService } from '@scenematch/server-organisations';
import { DataSource } from 'typeorm';
import { RegisterDto } from './dto/auth.dto';
import { User } from './entities/user.entity';
import { LoginAttempts } from './login-attempts';
import { mfaMandatoryFor } from './mfa/mfa-policy';
import { dummyPasswordHash, PasswordHasher } from '@scenematch/server-crypto';
import { SessionVersions } from './session-versions';
import { TokenService } from './token.service';

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisation: user.organisation.toSummary(),
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly attempts: LoginAttempts,
    private readonly sessions: SessionVersions,
    private readonly metrics: Metrics,
  ) {}

  /** Creates the organisation and its first user together, then signs the user in. */
  async register(dto: RegisterDto, meta: RequestMeta): Promise<AuthTokens> {
    const passwordHash = await PasswordHasher.hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(User);
      if (await users.exists({ where: { email: dto.email } })) {
        throw new ConflictException({ message: '该邮箱已注册', errors: [{ field: 'email', message: '该邮箱已注册' }] });
      }
      const organisation = await this.organisations.create(manager, dto.organisation);
      const saved = await users.save(
        users.create({
          email: dto.email,
          passwordHash,
          displayName: dto.displayName,
          role: ROLE_FOR_ORGANISATION_TYPE[dto.organisation.type],
          organisationId: organisation.id,
          privacyConsentVersion: PRIVACY_NOTICE_VERSION,
          privacyConsentedAt: new Date(),
        }),
      );
      const user = await users.findOneOrFail({ where: { id: saved.id } });
      const actor = { userId: user.id, role: user.role, organisationId: organisation.id };
      await this.audit.record(
        {
          action: 'auth.register',
          actor,
          entityType: 'user',
          entityId: user.id,
          meta,
          details: { organisationId: organisation.id, organisationType: organisation.type, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
        },
        manager,
      );
      return { ...(await this.tokens.issue(user, meta, manager)), user: toUserView(user) };
    });
  }

  /**
   * Checks a password with lockout: after LOGIN_MAX_FAILURES consecutive failures (wrong
   * passwords or second-factor codes) the account is locked for LOGIN_LOCK_MINUTES (423, even with
   * the right password). Unknown emails take the same time as wrong passwords. The failure count
   * resets when the sign-in completes (see login), not on a right password alone.
   */
  async validateCredentials(email: string, password: string, meta: RequestMeta): Promise<User> {
    const normalised = email.trim().toLowerCase();
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.organisation', 'o')
      .where('u.email = :email', { email: normalised })
      .getOne();
    const failure = new UnauthorizedException('邮箱或密码错误');
    if (!user) {
      await PasswordHasher.verify(await dummyPasswordHash(), password);
      this.metrics.signInFailures.inc({ reason: 'unknown_email' });
      await this.audit.record({ action: 'auth.login', outcome: 'failure', meta, details: { email: normalised, reason: 'unknown_email' } });
      throw failure;
    }
    const actor = { userId: user.id, role: user.role, organisationId: user.organisationId };
    await this.attempts.assertNotLocked(user, 'auth.login', meta);
    if (user.disabled || user.erasedAt) {
      // Only after the right password: a wrong guess learns nothing about the account's state.
      if (!(await PasswordHasher.verify(user.passwordHash, password))) {
        await this.attempts.fail(user, 'auth.login', 'wrong_password', meta);
        throw failure;
      }
      await this.audit.record({ action: 'auth.login', outcome: 'denied', actor, entityType: 'user', entityId: user.id, meta, details: { reason: user.erasedAt ? 'erased' : 'disabled' } });
      throw new ForbiddenException(user.erasedAt ? '该账号已注销' : '该账号已被停用，请联系平台管理员');
    }
    if (!(await PasswordHasher.verify(user.passwordHash, password))) {
      await this.attempts.fail(user, 'auth.login', 'wrong_password', meta);
      throw failure;
    }
    return user;
  }

  /**
   * After a right password: full tokens, or — when the account has a second factor — a challenge
   * token for POST /auth/mfa/verify, or — when a second factor is mandatory but not set up — an
   * enrolment token that opens only POST /auth/mfa/setup and /enable.
   */
  async login(user: User, meta: RequestMeta, details: Record<string, unknown> = { method: 'password' }): Promise<LoginResponse> {
    const actor = { userId: user.id, role: user.role, organisationId: user.organisationId };
    // The first factor (password or SMS code) never replaces the second: staff still give their TOTP.
    if (user.mfaEnabled) {
      const challenge = await this.tokens.issueMfaToken(user.id, 'mfa_challenge');
      await this.audit.record({ action: 'auth.mfa.challenge', actor, entityType: 'user', entityId: user.id, meta, details });
      return { mfaRequired: true, challengeToken: challenge.token, expiresIn: challenge.expiresIn };
    }
    if (mfaMandatoryFor(user.role, this.config)) {
      const enrolment = await this.tokens.issueMfaToken(user.id, 'mfa_enrolment');
      await this.audit.record({ action: 'auth.mfa.enrolment_required', actor, entityType: 'user', entityId: user.id, meta, details });
      return { mfaEnrolmentRequired: true, enrolmentToken: enrolment.token, expiresIn: enrolment.expiresIn, user: toUserView(user) };
    }
    return this.completeSignIn(user, meta, details);
  }

  /**
   * The last step of every sign-in (password, second factor, identity service): the failure count
   * resets, the sign-in is audited and the platform's own tokens are issued.
   */
  async completeSignIn(user: User, meta: RequestMeta, details?: Record<string, unknown>): Promise<AuthTokens> {
    await this.attempts.succeeded(user.id);
    return this.dataSource.transaction(async (manager) => {
      await this.audit.record(ownAccountEntry(user, 'auth.login', meta, details), manager);
      return { ...(await this.tokens.issue(user, meta, manager)), user: toUserView(user) };
    });
  }

  async refresh(presented: string, meta: RequestMeta): Promise<AuthTokens> {
    return this.dataSource.transaction(async (manager) => {
      const { userId, familyId } = await this.tokens.consume(presented, manager);
      const user = await manager.getRepository(User).findOne({ where: { id: userId } });
      if (!user || user.disabled || user.erasedAt) throw new UnauthorizedException('登录已过期，请重新登录');
      if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) throw LoginAttempts.locked(user.lockedUntil);
      // A session begun before the second factor became mandatory ends: signing in again enrols.
      if (!user.mfaEnabled && mfaMandatoryFor(user.role, this.config)) throw new UnauthorizedException('请重新登录并设置双因素认证');
      // A successful refresh is routine (every page load, every few minutes while active), not a
      // security event: no audit record. Refused refreshes are recorded (denied-requests hook).
      const issued = await this.tokens.issue(user, meta, manager, familyId);
      await this.tokens.linkReplacement(presented, issued.refreshToken, manager);
      return { ...issued, user: toUserView(user) };
    });
  }

  /** Ends every session of the token's user (all refresh tokens, every device). */
  async logout(presented: string, meta: RequestMeta): Promise<void> {
    const ended = await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.revoke(presented, manager);
      if (!userId) return null;
      await this.sessions.bump(userId, manager);
      const user = await manager.getRepository(User).findOne({ where: { id: userId } });
      const actor = user ? { userId, role: user.role, organisationId: user.organisationId } : null;
      await this.audit.record({ action: 'auth.logout', actor, entityType: 'user', entityId: userId, meta, details: { scope: 'all_sessions' } }, manager);
      return userId;
    });
    if (ended) await this.sessions.publish(ended);
  }

  async me(userId: string): Promise<UserView> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId } });
    if (!user) throw new NotFoundException('用户不存在');
    return toUserView(user);
  }
}
