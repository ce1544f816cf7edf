import { ConflictException, HttpException, HttpStatus, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthTokens, ROLE_FOR_ORGANISATION_TYPE, UserView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { RequestMeta } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { OrganisationsService } from '@scenematch/server-organisations';
import { DataSource } from 'typeorm';
import { RegisterDto } from './dto/auth.dto';
import { User } from './entities/user.entity';
import { dummyPasswordHash, PasswordHasher } from './password-hasher';
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

function formatLocalTime(date: Date): string {
  return date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' });
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
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
          details: { organisationId: organisation.id, organisationType: organisation.type },
        },
        manager,
      );
      return { ...(await this.tokens.issue(user, meta, manager)), user: toUserView(user) };
    });
  }

  /**
   * Checks a password with lockout: after LOGIN_MAX_FAILURES consecutive failures the account
   * is locked for LOGIN_LOCK_MINUTES (423, even with the right password). Unknown emails take
   * the same time as wrong passwords.
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
      await this.audit.record({ action: 'auth.login', outcome: 'failure', meta, details: { email: normalised, reason: 'unknown_email' } });
      throw failure;
    }
    const actor = { userId: user.id, role: user.role, organisationId: user.organisationId };
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await this.audit.record({ action: 'auth.login', outcome: 'denied', actor, entityType: 'user', entityId: user.id, meta, details: { reason: 'locked' } });
      throw this.locked(user.lockedUntil);
    }
    if (user.disabled) {
      await this.audit.record({ action: 'auth.login', outcome: 'denied', actor, entityType: 'user', entityId: user.id, meta, details: { reason: 'disabled' } });
      throw failure;
    }
    if (!(await PasswordHasher.verify(user.passwordHash, password))) {
      const [row]: Array<{ failed_logins: number; locked_until: Date | null }> = await this.dataSource.query(
        `UPDATE users SET
           failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
           locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
         WHERE id = $1 RETURNING failed_logins, locked_until`,
        [user.id, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_LOCK_MINUTES],
      ).then((result: [Array<{ failed_logins: number; locked_until: Date | null }>, number]) => result[0]);
      const justLocked = !!row?.locked_until && new Date(row.locked_until).getTime() > Date.now();
      await this.audit.record({
        action: 'auth.login',
        outcome: 'failure',
        actor,
        entityType: 'user',
        entityId: user.id,
        meta,
        details: { reason: 'wrong_password', locked: justLocked },
      });
      if (justLocked) throw this.locked(new Date(row.locked_until as Date));
      throw failure;
    }
    await this.dataSource.query(`UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`, [user.id]);
    return user;
  }

  async login(user: User, meta: RequestMeta): Promise<AuthTokens> {
    return this.dataSource.transaction(async (manager) => {
      await this.audit.record(
        { action: 'auth.login', actor: { userId: user.id, role: user.role, organisationId: user.organisationId }, entityType: 'user', entityId: user.id, meta },
        manager,
      );
      return { ...(await this.tokens.issue(user, meta, manager)), user: toUserView(user) };
    });
  }

  async refresh(presented: string, meta: RequestMeta): Promise<AuthTokens> {
    return this.dataSource.transaction(async (manager) => {
      const { userId, familyId } = await this.tokens.consume(presented, manager);
      const user = await manager.getRepository(User).findOne({ where: { id: userId } });
      if (!user || user.disabled) throw new UnauthorizedException('登录已过期，请重新登录');
      const issued = await this.tokens.issue(user, meta, manager, familyId);
      await this.tokens.linkReplacement(presented, issued.refreshToken, manager);
      return { ...issued, user: toUserView(user) };
    });
  }

  async logout(presented: string, meta: RequestMeta): Promise<void> {
    const userId = await this.tokens.revoke(presented);
    if (userId) await this.audit.record({ action: 'auth.logout', actor: { userId, role: null as never, organisationId: null as never }, entityType: 'user', entityId: userId, meta });
  }

  async me(userId: string): Promise<UserView> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId } });
    if (!user) throw new NotFoundException('用户不存在');
    return toUserView(user);
  }

  private locked(until: Date): HttpException {
    return new HttpException(
      {
        statusCode: HttpStatus.LOCKED,
        message: `密码错误次数过多，账户已锁定，请于 ${formatLocalTime(until)} 后再试`,
        lockedUntil: until.toISOString(),
      },
      HttpStatus.LOCKED,
    );
  }
}
