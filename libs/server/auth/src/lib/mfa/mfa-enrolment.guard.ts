import { CanActivate, createParamDecorator, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Actor } from '@scenematch/server-common';
import { TokenService } from '../token.service';
import type { MfaSubject } from './mfa.service';

interface EnrolmentRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: Actor;
  mfaSubject?: MfaSubject;
}

/**
 * For the set-up endpoints only (routes marked @Public, so the global JWT guard lets them
 * through): a signed-in user (valid access token), or someone holding the enrolment token a
 * right password gives when a second factor is mandatory and missing. Nothing else accepts an
 * enrolment token: its audience differs from the access tokens'.
 */
@Injectable()
export class MfaEnrolmentGuard implements CanActivate {
  constructor(private readonly tokens: TokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<EnrolmentRequest>();
    if (request.user) {
      request.mfaSubject = { userId: request.user.userId, via: 'session' };
      return true;
    }
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const userId = match ? await this.tokens.verifyMfaToken(match[1], 'mfa_enrolment') : null;
    if (!userId) throw new UnauthorizedException('请先登录或重新登录');
    request.mfaSubject = { userId, via: 'enrolment' };
    return true;
  }
}

export const CurrentMfaSubject = createParamDecorator(
  (_: unknown, context: ExecutionContext): MfaSubject => {
    const subject = context.switchToHttp().getRequest<EnrolmentRequest>().mfaSubject;
    if (!subject) throw new UnauthorizedException('请先登录或重新登录');
    return subject;
  },
);
