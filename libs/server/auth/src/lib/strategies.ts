import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { PASSWORD_MAX_LENGTH } from '@scenematch/contracts';
import { Actor, FieldValidationException, requestMetaOf } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { AuthService } from './auth.service';
import { User } from './entities/user.entity';
import { SessionVersions } from './session-versions';
import { AccessClaims } from './token.service';

@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, email: unknown, password: unknown): Promise<User> {
    // This runs before the body is validated: junk must be a 400 here, not a crash further on
    // (and an oversized password is never hashed).
    const errors = [];
    if (typeof email !== 'string' || email.length > 254 || email.includes('\u0000') || !/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.push({ field: 'email', message: '邮箱格式不正确' });
    if (typeof password !== 'string' || password.length > PASSWORD_MAX_LENGTH) errors.push({ field: 'password', message: '请填写密码' });
    if (errors.length) throw new FieldValidationException(errors);
    return this.auth.validateCredentials(email as string, password as string, requestMetaOf(request));
  }
}

@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionVersions,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_ACCESS_SECRET,
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  /**
   * Signature (HS256 only), issuer, audience and expiry are checked above; a token must also
   * expire, and its session version, role and organisation must still be the user's (sign-out,
   * password change, lockout, disablement, erasure and a second-factor reset move the version on).
   */
  async validate(claims: AccessClaims & { exp?: unknown }): Promise<Actor | false> {
    if (claims.typ !== 'access' || !claims.sub || !claims.org || typeof claims.exp !== 'number' || typeof claims.sv !== 'number') return false;
    const state = await this.sessions.accepts({ userId: claims.sub, version: claims.sv, role: claims.role, organisationId: claims.org });
    if (!state) return false;
    return { userId: claims.sub, email: claims.email, role: claims.role, organisationId: claims.org, organisationVerified: state.organisationVerified };
  }
}
