import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { FieldValidationException, IS_PUBLIC_KEY, isServiceUnavailable } from '@scenematch/server-common';

/**
 * Global: every route needs a valid bearer token unless marked @Public(); on public routes a
 * valid token still identifies the caller and an invalid one is ignored.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  private isPublic = new WeakMap<object, boolean>();

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>();
    this.isPublic.set(request, !!isPublic);
    if (isPublic && !request.headers['authorization']) return true;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T, _info: unknown, context: ExecutionContext): T {
    // The session check could not reach its store (PostgreSQL down): a 503 the client retries,
    // not a 401 that would sign the user out.
    if (error && isServiceUnavailable(error)) throw error;
    const request = context.switchToHttp().getRequest<object>();
    if (this.isPublic.get(request)) return (user || undefined) as T;
    if (error || !user) throw new UnauthorizedException('请先登录或重新登录');
    return user;
  }
}

/** Sign-in with email and password; missing fields are a 400 with field messages. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<T>(error: unknown, user: T, info: { message?: string } | undefined): T {
    if (error) throw error;
    if (!user) {
      if (info?.message === 'Missing credentials') {
        throw new FieldValidationException([
          { field: 'email', message: '请填写邮箱' },
          { field: 'password', message: '请填写密码' },
        ]);
      }
      throw new UnauthorizedException('邮箱或密码错误');
    }
    return user;
  }
}
