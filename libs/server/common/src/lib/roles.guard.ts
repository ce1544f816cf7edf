import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@scenematch/contracts';
import { Actor, ROLES_KEY } from './actor';

/** Enforces @Roles(...) after authentication: 401 without a user, 403 with the wrong role. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles?.length) return true;
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (!actor) throw new UnauthorizedException('请先登录');
    if (!roles.includes(actor.role)) throw new ForbiddenException('当前角色无权执行此操作');
    return true;
  }
}
