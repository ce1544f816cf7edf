import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@scenematch/server-config';
import { Actor, RequestMeta } from '@scenematch/server-common';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';

export interface AccessClaims {
  sub: string;
  email: string;
  role: Actor['role'];
  org: string;
  typ: 'access';
  /** The user's session version at issue: a later bump ends this token (SessionVersions). */
  sv: number;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  sessionIdleMinutes: number;
}

/**
 * The two half-way tokens of a sign-in with a second factor. Each has its own audience, so the
 * access-token strategy (and every other endpoint) refuses them.
 */
export type MfaTokenPurpose = 'mfa_challenge' | 'mfa_enrolment';

interface MfaClaims {
  sub: string;
  typ: MfaTokenPurpose;
}

const MFA_TOKEN_TTL_SECONDS: Record<MfaTokenPurpose, number> = { mfa_challenge: 300, mfa_enrolment: 900 };

/**
 * Short-lived JWT access tokens and opaque, rotating refresh tokens (`<id>.<secret>`, stored as
 * an HMAC). Presenting a refresh token that was already rotated revokes its whole family: a
 * stolen token stops working as soon as either party uses it again.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async issue(user: User, meta: RequestMeta | null, manager: EntityManager, familyId: string = randomUUID()): Promise<IssuedTokens> {
    const claims: AccessClaims = { sub: user.id, email: user.email, role: user.role, org: user.organisationId, typ: 'access', sv: user.sessionVersion };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.config.JWT_ACCESS_SECRET,
      algorithm: 'HS256',
      expiresIn: this.config.JWT_ACCESS_TTL_SECONDS,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
    });
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await manager.getRepository(RefreshToken).insert({
      id,
      userId: user.id,
      familyId,
      tokenHash: this.hmac(secret),
      expiresAt: new Date(Date.now() + this.config.JWT_REFRESH_TTL_SECONDS * 1000),
      ip: meta?.ip ?? null,
      userAgent: meta?.userAgent ?? null,
    });
    return {
      accessToken,
      refreshToken: `${id}.${secret}`,
      expiresIn: this.config.JWT_ACCESS_TTL_SECONDS,
      sessionIdleMinutes: this.config.SESSION_IDLE_MINUTES,
    };
  }

  async issueMfaToken(userId: string, purpose: MfaTokenPurpose): Promise<{ token: string; expiresIn: number }> {
    const expiresIn = MFA_TOKEN_TTL_SECONDS[purpose];
    const claims: MfaClaims = { sub: userId, typ: purpose };
    const token = await this.jwt.signAsync(claims, {
      secret: this.config.JWT_ACCESS_SECRET,
      algorithm: 'HS256',
      expiresIn,
      issuer: this.config.JWT_ISSUER,
      audience: this.mfaAudience(purpose),
    });
    return { token, expiresIn };
  }

  /** The user id of a valid challenge or enrolment token of that purpose, or null. */
  async verifyMfaToken(token: string, purpose: MfaTokenPurpose): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<MfaClaims>(token, {
        secret: this.config.JWT_ACCESS_SECRET,
        algorithms: ['HS256'],
        issuer: this.config.JWT_ISSUER,
        audience: this.mfaAudience(purpose),
      });
      return claims.typ === purpose && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }

  private mfaAudience(purpose: MfaTokenPurpose): string {
    return `${this.config.JWT_AUDIENCE}:${purpose}`;
  }

  /** Consumes a refresh token: returns its user id and family, or throws 401. */
  async consume(presented: string, manager: EntityManager): Promise<{ userId: string; familyId: string }> {
    const [id, secret] = presented.split('.');
    const invalid = new UnauthorizedException('登录已过期，请重新登录');
    if (!id || !secret || !/^[0-9a-f-]{36}$/i.test(id)) throw invalid;
    const repo = manager.getRepository(RefreshToken);
    const token = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!token || !this.matches(token.tokenHash, secret)) throw invalid;
    if (token.revokedAt) {
      // A rotated token came back: someone holds a copy. Revoke the whole family in its own
      // transaction, since the caller's transaction rolls back with the 401.
      await this.dataSource.transaction((own) => this.revokeFamily(token.familyId, own));
      throw invalid;
    }
    if (token.expiresAt.getTime() <= Date.now()) throw invalid;
    // Each refresh rotates the token, so its creation is the session's last use: idle too long, it ends.
    if (token.createdAt.getTime() + this.config.SESSION_IDLE_MINUTES * 60_000 <= Date.now()) throw invalid;
    await repo.update({ id }, { revokedAt: new Date() });
    return { userId: token.userId, familyId: token.familyId };
  }

  async linkReplacement(oldPresented: string, newPresented: string, manager: EntityManager): Promise<void> {
    await manager
      .getRepository(RefreshToken)
      .update({ id: oldPresented.split('.')[0] }, { replacedBy: newPresented.split('.')[0] });
  }

  /**
   * Logout: revokes every refresh token of the presented token's user, on every device
   * (idempotent, silent for unknown tokens). Returns the user id.
   */
  async revoke(presented: string, manager: EntityManager): Promise<string | null> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    const token = await manager.getRepository(RefreshToken).findOneBy({ id });
    if (!token || !this.matches(token.tokenHash, secret)) return null;
    await this.revokeAllForUser(token.userId, manager);
    return token.userId;
  }

  /** Ends every session of the user; returns how many refresh tokens were still valid. */
  async revokeAllForUser(userId: string, manager: EntityManager): Promise<number> {
    const result = await manager.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }

  private async revokeFamily(familyId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private hmac(secret: string): string {
    return createHmac('sha256', this.config.JWT_REFRESH_SECRET).update(secret).digest('hex');
  }

  private matches(storedHash: string, secret: string): boolean {
    const a = Buffer.from(storedHash, 'hex');
    const b = Buffer.from(this.hmac(secret), 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
