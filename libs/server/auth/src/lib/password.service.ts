import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PASSWORD_HISTORY_DEPTH, passwordProblems } from '@scenematch/contracts';
import { AuditService, ownAccountEntry } from '@scenematch/server-audit';
import { FieldValidationException, RequestMeta } from '@scenematch/server-common';
import { DataSource } from 'typeorm';
import { ChangePasswordDto } from './dto/password.dto';
import { User } from './entities/user.entity';
import { LoginAttempts } from './login-attempts';
import { PasswordHasher } from '@scenematch/server-crypto';
import { SessionVersions } from './session-versions';
import { TokenService } from './token.service';

/**
 * Password change: the shared policy, no reuse of the last PASSWORD_HISTORY_DEPTH passwords
 * (the current one and the previous ones kept in password_history), and every session of the
 * user ends — the user signs in again with the new password everywhere.
 */
@Injectable()
export class PasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly attempts: LoginAttempts,
    private readonly sessions: SessionVersions,
  ) {}

  async change(userId: string, dto: ChangePasswordDto, meta: RequestMeta): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: userId } });
    await this.attempts.assertNotLocked(user, 'auth.password.change', meta);
    if (!(await this.attempts.confirmPassword(user, dto.currentPassword, 'auth.password.change', meta))) {
      throw FieldValidationException.single('currentPassword', '当前密码不正确');
    }
    const problems = passwordProblems(dto.newPassword, user.email);
    if (problems.length) throw FieldValidationException.single('newPassword', problems.join('；'));
    const newHash = await PasswordHasher.hash(dto.newPassword);

    await this.dataSource.transaction(async (manager) => {
      // The row lock serialises two changes of one account, so the history check sees both.
      const [locked] = await manager.query<Array<{ password_hash: string }>>(`SELECT password_hash FROM users WHERE id = $1 FOR UPDATE`, [user.id]);
      const previous = await manager.query<Array<{ password_hash: string }>>(
        `SELECT password_hash FROM password_history WHERE user_id = $1 ORDER BY id DESC LIMIT $2`,
        [user.id, PASSWORD_HISTORY_DEPTH - 1],
      );
      for (const hash of [locked.password_hash, ...previous.map((row) => row.password_hash)]) {
        if (await PasswordHasher.verify(hash, dto.newPassword)) {
          throw FieldValidationException.single('newPassword', `新密码不能与最近 ${PASSWORD_HISTORY_DEPTH} 次使用过的密码相同`);
        }
      }
      await manager.query<unknown>(`INSERT INTO password_history (user_id, password_hash) VALUES ($1, $2)`, [user.id, locked.password_hash]);
      // Older hashes serve no check: keep no more than needed.
      await manager.query<unknown>(
        `DELETE FROM password_history WHERE user_id = $1 AND id NOT IN
           (SELECT id FROM password_history WHERE user_id = $1 ORDER BY id DESC LIMIT $2)`,
        [user.id, PASSWORD_HISTORY_DEPTH - 1],
      );
      await manager.query<unknown>(`UPDATE users SET password_hash = $2, password_changed_at = now() WHERE id = $1`, [user.id, newHash]);
      const revoked = await this.tokens.revokeAllForUser(user.id, manager);
      await this.sessions.bump(user.id, manager);
      await this.audit.record(ownAccountEntry(user, 'auth.password.change', meta, { sessionsEnded: revoked }), manager);
    });
    await this.sessions.publish(user.id);
  }
}
