import { Body, Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { LinkedIdentityView, Page, SsoConfigView, SsoExchangeResponse, SsoLinkRequestView } from '@scenematch/contracts';
import { ActionRoute, Actor, ApiErrors, ApiRedirect, CurrentActor, DeleteRoute, Public, ReadRoute, ReqMeta, RequestMeta, uuidOrNotFound } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { parse as parseCookies, serialize } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { SsoApproveDto, SsoRejectDto, SsoRequestQueryDto } from './sso.dto';
import { SsoService } from './sso.service';
import { SSO_FLOW_TTL_SECONDS } from './sso-flow.store';

/** The httpOnly cookie holding the flow id: it binds the provider's answer to this browser. */
export const SSO_FLOW_COOKIE = 'sm_sso_flow';
const COOKIE_PATH = '/api/auth/sso';
const FLOW_ID = /^[A-Za-z0-9_-]{43}$/;

const requestId = uuidOrNotFound('申请不存在');
const identityId = uuidOrNotFound('关联不存在');
const userId = uuidOrNotFound('用户不存在');

/**
 * Sign-in through the unified identity service (OpenID Connect). No token ever travels in a
 * URL: the callback keeps the outcome server-side and sends the browser to /login/sso, whose
 * page redeems it with POST /exchange; the flow cookie (httpOnly, SameSite=Lax, path-scoped)
 * is what identifies the flow.
 */
@ApiTags('auth')
@Controller('auth/sso')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly config: AppConfig,
  ) {}

  @ReadRoute('config', { public: true, summary: 'Whether sign-in through the unified identity service is offered, and the button text', ok: 'SsoConfigView' })
  configView(): SsoConfigView {
    return this.sso.publicConfig();
  }

  @Get('start')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: "Redirects to the identity provider (authorization code flow with PKCE, state and nonce)" })
  @ApiRedirect('To the identity provider; sets the httpOnly flow cookie')
  @ApiErrors({ 404: 'Sign-in through the identity service is not offered', 503: 'The identity provider cannot be reached' })
  async start(@Res() reply: FastifyReply): Promise<void> {
    const flowId = randomBytes(32).toString('base64url');
    const url = await this.sso.start(flowId);
    reply.header('set-cookie', this.cookie(flowId, SSO_FLOW_TTL_SECONDS)).header('cache-control', 'no-store').redirect(url, 302);
  }

  @Get('callback')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: "The provider's redirect: checks the answer, then sends the browser to the portal's /login/sso" })
  @ApiRedirect("To the portal's /login/sso, which redeems the outcome with POST /api/auth/sso/exchange")
  @ApiQuery({ name: 'code', type: String, required: false, description: 'The authorization code' })
  @ApiQuery({ name: 'state', type: String, required: false })
  @ApiQuery({ name: 'error', type: String, required: false, description: 'Set by the provider when the sign-in did not happen (e.g. access_denied)' })
  @ApiErrors({ 404: 'Sign-in through the identity service is not offered' })
  async callback(@Req() request: FastifyRequest, @Query() query: Record<string, string>, @ReqMeta() meta: RequestMeta, @Res() reply: FastifyReply): Promise<void> {
    const flat: Record<string, string> = {};
    for (const [key, value] of Object.entries(query)) if (typeof value === 'string') flat[key] = value;
    await this.sso.callback(this.flowId(request), flat, meta);
    // The page that redeems the outcome; no code, state or token in its URL (no referrer leak either).
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').redirect('/login/sso', 302);
  }

  @UseGuards(ThrottlerGuard)
  @ActionRoute('exchange', { public: true, summary: 'Redeems the outcome of this browser\'s flow once: tokens (as a password sign-in), a second-factor step, or "waiting for approval"', ok: 'SsoExchangeResponse', errors: [{ 401: 'No flow cookie, the flow expired or was redeemed, or the provider refused', 404: 'Sign-in through the identity service is not offered', 403: 'The linked account is disabled', 423: 'The linked account is locked' }] })
  async exchange(@Req() request: FastifyRequest, @ReqMeta() meta: RequestMeta, @Res({ passthrough: true }) reply: FastifyReply): Promise<SsoExchangeResponse> {
    const flowId = this.flowId(request);
    reply.header('set-cookie', this.cookie('', 0)).header('cache-control', 'no-store');
    return this.sso.exchange(flowId, meta);
  }

  private flowId(request: FastifyRequest): string | null {
    const header = request.headers.cookie;
    const value = header ? parseCookies(header)[SSO_FLOW_COOKIE] : undefined;
    return value && FLOW_ID.test(value) ? value : null;
  }

  private cookie(value: string, maxAge: number): string {
    return serialize(SSO_FLOW_COOKIE, value, {
      httpOnly: true,
      // Lax: sent on the provider's top-level redirect back to us, not on cross-site sub-requests.
      sameSite: 'lax',
      secure: this.config.PUBLIC_URL.startsWith('https://'),
      path: COOKIE_PATH,
      maxAge,
    });
  }
}

/** Linked identities of the signed-in user; the admin's queue of link requests. */
@ApiTags('auth')
@Controller()
export class SsoAccountController {
  constructor(private readonly sso: SsoService) {}

  @ReadRoute('me/identities', { summary: 'The identity-service accounts linked to the signed-in user', list: 'LinkedIdentityView' })
  myIdentities(@CurrentActor() actor: Actor): Promise<LinkedIdentityView[]> {
    return this.sso.identities(actor.userId);
  }

  @DeleteRoute('me/identities/:id', { summary: 'Unlink one of them (audited); signing in there then needs a link again', description: 'Unlinked' })
  async unlink(@Param('id', identityId) id: string, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<void> {
    await this.sso.unlink(actor.userId, id, actor, meta);
  }

  @ReadRoute('admin/users/:id/identities', { roles: ['admin'], summary: "A user's linked identity-service accounts", list: 'LinkedIdentityView' })
  userIdentities(@Param('id', userId) id: string): Promise<LinkedIdentityView[]> {
    return this.sso.identities(id);
  }

  @ReadRoute('admin/sso-requests', { roles: ['admin'], summary: 'Identity-service sign-ins waiting for a link (pending: oldest first), or decided ones', page: 'SsoLinkRequestView' })
  requests(@Query() query: SsoRequestQueryDto): Promise<Page<SsoLinkRequestView>> {
    return this.sso.listRequests(query);
  }

  @ActionRoute('admin/sso-requests/:id/approve', { roles: ['admin'], summary: 'Approve: link to an existing user, or create a user in an organisation (audited)', ok: 'SsoLinkRequestView', errors: [{ 409: 'Already decided, or the email is already registered' }] })
  approve(@Param('id', requestId) id: string, @Body() dto: SsoApproveDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<SsoLinkRequestView> {
    return this.sso.approve(id, dto, actor, meta);
  }

  @ActionRoute('admin/sso-requests/:id/reject', { roles: ['admin'], summary: 'Reject with a reason (audited)', ok: 'SsoLinkRequestView', errors: [{ 409: 'Already decided' }] })
  reject(@Param('id', requestId) id: string, @Body() dto: SsoRejectDto, @CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<SsoLinkRequestView> {
    return this.sso.reject(id, dto.reason, actor, meta);
  }
}
