import { createParamDecorator, ExecutionContext, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Role } from '@scenematch/contracts';

/** Who is asking: set on the request by the JWT guard, read by every endpoint that checks access. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  organisationId: string;
  /** Whether the caller's organisation is verified (set by the JWT guard from the session state). */
  organisationVerified?: boolean;
}

export const IS_PUBLIC_KEY = 'scenematch:public';
export const ROLES_KEY = 'scenematch:roles';

/** Open to anonymous callers; a bearer token, when sent and valid, still sets the actor. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Only these roles may call the endpoint (403 otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

interface RequestWithActor {
  user?: Actor;
}

/** The signed-in actor; throws 401 when absent. Use `@CurrentActor({ optional: true })` on public routes. */
export const CurrentActor = createParamDecorator(
  (options: { optional?: boolean } | undefined, context: ExecutionContext): Actor | undefined => {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    if (!request.user && !options?.optional) throw new UnauthorizedException('请先登录');
    return request.user;
  },
);

/** Service-centre staff see everything. */
export function isStaff(actor: Actor | undefined): boolean {
  return actor?.role === 'organiser' || actor?.role === 'admin';
}

/**
 * Contact details (phones, e-mails of organisations and people) go to staff, to the organisation
 * they belong to, and to signed-in users of verified organisations only: a self-registered,
 * unverified account cannot harvest them.
 */
export function seesContactDetails(actor: Actor | undefined, ownerOrganisationId?: string | null): boolean {
  if (!actor) return false;
  if (isStaff(actor) || (!!ownerOrganisationId && actor.organisationId === ownerOrganisationId)) return true;
  return actor.organisationVerified === true;
}
