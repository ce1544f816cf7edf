import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { RequestMeta } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { Metrics } from '@scenematch/server-metrics';
import { DataSource } from 'typeorm';
import { User } from './entities/user.entity';
import { PasswordHasher } from '@scenematch/server-crypto';
import { SessionVersions } from './session-versions';

interface AttemptUser {
  id: string;
  role: Role;
  organisationId: string;
  lockedUntil: Date | null;
}

/** The steps of signing in (password, then second factor): their failures count as failed sign-ins in the metrics. */
export const SIGN_IN_ACTIONS: ReadonlySet<string> = new Set(['auth.login', 'auth.mfa.verify']);

/** Why a sign-in was refused: the label values of the failure counter. */
export const SIGN_IN_FAILURE_REASONS = ['unknown_email', 'wrong_password', 'wrong_code', 'wrong_recovery_code', 'locked'] as const;

function formatLocalTime(date: Date): string {
  return date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' });
}

/**
 * Consecutive failed proofs of identity — wrong passwords and wrong or replayed second-factor
 * codes alike — lock the account for LOGIN_LOCK_MINUTES after LOGIN_MAX_FAILURES. The count
 * resets only when a sign-in completes (tokens issued), so a known password cannot be used to
 * reset the count between guesses of the code. Every failure is audited in its own transaction:
 * it must stay recorded when the request answers with an error.
 */
@Injectable()
export class LoginAttempts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly sessions: SessionVersions,
    private readonly metrics: Metrics,
  ) {
    metrics.use(metrics.signInFailures, metrics.signInLockouts);
    for (const reason of SIGN_IN_FAILURE_REASONS) metrics.signInFailures.inc({ reason }, 0);
  }

  /** 423 (and an audit record) while the account is locked. */
  async assertNotLocked(user: AttemptUser, action: string, meta: RequestMeta): Promise<void> {
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      if (SIGN_IN_ACTIONS.has(action)) this.metrics.signInFailures.inc({ reason: 'locked' });
      await this.audit.record({ action, outcome: 'denied', actor: this.actor(user), entityType: 'user', entityId: user.id, meta, details: { reason: 'locked' } });
      throw LoginAttempts.locked(user.lockedUntil);
    }
  }

  /**
   * Counts and audits one failure. Throws 423 when this failure locked the account; otherwise
   * returns and the caller answers with its own error.
   */
  async fail(user: AttemptUser, action: string, reason: string, meta: RequestMeta): Promise<void> {
    const result = await this.dataSource.query<[Array<{ locked_until: Date | null; just_locked: boolean }>, number]>(
      `UPDATE users SET
         failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
         locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END,
         session_version = CASE WHEN failed_logins + 1 >= $2 THEN session_version + 1 ELSE session_version END
       WHERE id = $1 RETURNING locked_until, failed_logins = 0 AS just_locked`,
      [user.id, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_LOCK_MINUTES],
    );
    const lockedUntil = result[0][0]?.locked_until ? new Date(result[0][0].locked_until) : null;
    const justLocked = !!result[0][0]?.just_locked && !!lockedUntil && lockedUntil.getTime() > Date.now();
    if (SIGN_IN_ACTIONS.has(action)) this.metrics.signInFailures.inc({ reason });
    if (justLocked) this.metrics.signInLockouts.inc();
    if (justLocked) {
      // A lockout ends the account's sessions too: whoever guessed may already hold a token.
      await this.dataSource.query<unknown>(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
      await this.sessions.publish(user.id);
    }
    await this.audit.record({
      action,
      outcome: 'failure',
      actor: this.actor(user),
      entityType: 'user',
      entityId: user.id,
      meta,
      details: { reason, locked: justLocked },
    });
    if (justLocked) throw LoginAttempts.locked(lockedUntil);
  }

  /**
   * The password asked again inside a session (to change it, or the second factor): false, with
   * the failure counted and audited, when it is wrong. The caller answers with its own error.
   */
  async confirmPassword(user: AttemptUser, password: string, action: string, meta: RequestMeta): Promise<boolean> {
    const { passwordHash } = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.id')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    if (await PasswordHasher.verify(passwordHash, password)) return true;
    await this.fail(user, action, 'wrong_password', meta);
    return false;
  }

  /** A sign-in completed: the failure count starts again. */
  async succeeded(userId: string): Promise<void> {
    await this.dataSource.query<unknown>(`UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`, [userId]);
  }

  static locked(until: Date): HttpException {
    return new HttpException(
      {
        statusCode: HttpStatus.LOCKED,
        message: `验证失败次数过多，账户已锁定，请于 ${formatLocalTime(until)} 后再试`,
        lockedUntil: until.toISOString(),
      },
      HttpStatus.LOCKED,
    );
  }

  private actor(user: AttemptUser) {
    return { userId: user.id, role: user.role, organisationId: user.organisationId };
  }
}
