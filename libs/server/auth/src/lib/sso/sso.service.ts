import { ConflictException, ForbiddenException, HttpException, Injectable, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  LinkedIdentityView,
  OrganisationType,
  normalisePhone,
  Page,
  Role,
  SsoApproveRequest,
  SsoConfigView,
  SsoExchangeResponse,
  SsoLinkRequestStatus,
  SsoLinkRequestView,
} from '@scenematch/contracts';
import { AuditService, ownAccountEntry } from '@scenematch/server-audit';
import { Actor, FieldValidationException, pageOf, RequestMeta } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { Organisation } from '@scenematch/server-organisations';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AuthService } from '../auth.service';
import { User } from '../entities/user.entity';
import { LoginAttempts } from '../login-attempts';
import { mfaMandatoryFor } from '../mfa/mfa-policy';
import { PasswordHasher } from '@scenematch/server-crypto';
import { OidcRelyingParty, VerifiedClaims } from './oidc-relying-party';
import { IdentityLinkedBy, SsoLinkRequest, UserIdentity } from './sso.entities';
import { SsoFlowStore, SsoOutcome } from './sso-flow.store';

/** The role a user created for an organisation gets (admins create organiser and expert accounts here too). */
const ROLE_FOR_TYPE: Record<OrganisationType, Role> = { enterprise: 'enterprise', agency: 'agency', organiser: 'organiser', expert_pool: 'expert', financier: 'financier' };

export const SSO_PENDING_MESSAGE = '您的统一身份认证账号尚未关联平台账号，已提交管理员审核，等待管理员审核通过后即可登录';

function claimString(claims: Record<string, unknown>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;
}

/** `true` or the string "true": some providers send booleans as strings. */
function claimTrue(claims: Record<string, unknown>, name: string): boolean {
  const value = claims[name];
  return value === true || value === 'true';
}

interface RequestRow {
  id: string;
  issuer: string;
  subject: string;
  name: string | null;
  email: string | null;
  email_verified: boolean;
  phone: string | null;
  phone_verified: boolean;
  external_id: string | null;
  status: SsoLinkRequestStatus;
  decided_at: Date | null;
  decision_reason: string | null;
  created_at: Date;
  linked_id: string | null;
  linked_email: string | null;
  linked_name: string | null;
  suggested_id: string | null;
  suggested_email: string | null;
  suggested_name: string | null;
  total: string;
}

/**
 * Sign-in through the unified identity service. The callback resolves the provider's identity
 * to a platform user: an identity already linked; else a user whose e-mail equals the provider's
 * VERIFIED e-mail, or whose platform-verified mobile number equals the provider's VERIFIED number
 * (linked now); else a link request an admin decides. The portal then redeems
 * the outcome once, and gets exactly what a password sign-in gives (tokens, or the platform's
 * second-factor step), after the same checks (disabled, erased, locked).
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly relyingParty: OidcRelyingParty,
    private readonly flows: SsoFlowStore,
    private readonly auth: AuthService,
    private readonly attempts: LoginAttempts,
    private readonly audit: AuditService,
  ) {}

  publicConfig(): SsoConfigView {
    const oidc = this.config.oidc;
    return { enabled: !!oidc, displayName: oidc?.displayName ?? this.config.OIDC_DISPLAY_NAME };
  }

  /** The provider's authorization URL for a new flow, whose secrets are kept under flowId. */
  async start(flowId: string): Promise<string> {
    const { url, pending } = await this.relyingParty.authorizationUrl();
    await this.flows.begin(flowId, pending);
    return url;
  }

  /** Handles the provider's redirect; always records an outcome for the portal to redeem. */
  async callback(flowId: string | null, query: Record<string, string>, meta: RequestMeta): Promise<void> {
    this.relyingParty.assertEnabled();
    if (!flowId) return;
    const pending = await this.flows.takePending(flowId);
    const outcome = await this.resolve(pending, query, meta);
    await this.flows.finish(flowId, outcome);
  }

  private async resolve(pending: Awaited<ReturnType<SsoFlowStore['takePending']>>, query: Record<string, string>, meta: RequestMeta): Promise<SsoOutcome> {
    const issuer = this.relyingParty.settings.issuer;
    if (!pending) {
      await this.audit.record({ action: 'auth.sso.callback', outcome: 'denied', meta, details: { issuer, reason: 'unknown_or_expired_flow' } });
      return { kind: 'error', status: 401, message: '登录请求已过期或无效，请重新发起统一身份认证登录' };
    }
    if (query['error']) {
      await this.audit.record({ action: 'auth.sso.callback', outcome: 'failure', meta, details: { issuer, reason: 'provider_error', error: query['error'].slice(0, 100) } });
      return { kind: 'error', status: 401, message: query['error'] === 'access_denied' ? '已取消统一身份认证登录' : '统一身份认证未完成，请重试' };
    }
    let verified: VerifiedClaims;
    try {
      verified = await this.relyingParty.redeem(query, pending);
    } catch (error) {
      if (error instanceof HttpException) return { kind: 'error', status: error.getStatus(), message: String(error.message) };
      // State or nonce mismatch, bad signature, wrong audience, expired token, PKCE refused, …
      const reason = (error as { code?: string }).code ?? (error as Error).name;
      this.logger.warn(`OIDC callback refused: ${(error as Error).message}`);
      await this.audit.record({ action: 'auth.sso.callback', outcome: 'denied', meta, details: { issuer, reason, message: (error as Error).message.slice(0, 200) } });
      return { kind: 'error', status: 401, message: '统一身份认证校验失败，请重新登录' };
    }
    const mfaValues = this.config.OIDC_MFA_AMR_VALUES.split(',').map((v) => v.trim()).filter(Boolean);
    const mfaSatisfied = verified.amr.some((method) => mfaValues.includes(method));
    const linked = await this.findOrLink(verified, meta);
    if (linked) return { kind: 'user', userId: linked.userId, identityId: linked.identityId, mfaSatisfied, amr: verified.amr };
    const requestId = await this.requestLink(verified, meta);
    return { kind: 'pending', requestId };
  }

  /**
   * The linked user, linking a new identity by the provider's verified e-mail or verified mobile
   * number; null: an admin must decide.
   */
  private async findOrLink(verified: VerifiedClaims, meta: RequestMeta): Promise<{ userId: string; identityId: string } | null> {
    return this.dataSource.transaction(async (manager) => {
      const identities = manager.getRepository(UserIdentity);
      const existing = await identities.findOne({ where: { issuer: verified.issuer, subject: verified.subject } });
      if (existing) return { userId: existing.userId, identityId: existing.id };
      const users = manager.getRepository(User);
      // (a) the provider's verified e-mail equals a user's e-mail.
      const email = claimString(verified.claims, this.config.OIDC_EMAIL_CLAIM)?.toLowerCase() ?? null;
      const byEmail = email && claimTrue(verified.claims, this.config.OIDC_EMAIL_VERIFIED_CLAIM) ? await users.findOne({ where: { email } }) : null;
      // (b) the provider's verified mobile number equals a number the user verified here (by SMS code);
      // a number nobody verified on the platform could have been typed in by anyone.
      const phone = this.claimedPhone(verified.claims);
      const byPhone =
        phone && claimTrue(verified.claims, this.config.OIDC_PHONE_VERIFIED_CLAIM)
          ? await users.findOne({ where: { phone, phoneVerifiedAt: Not(IsNull()), disabledAt: IsNull(), erasedAt: IsNull() } })
          : null;
      // Two different accounts match (e-mail of one, number of another): an admin decides.
      if (byEmail && byPhone && byEmail.id !== byPhone.id) return null;
      const user = byEmail ?? byPhone;
      if (!user || user.erasedAt) return null;
      const linkedBy: IdentityLinkedBy = byEmail ? 'verified_email' : 'verified_phone';
      // One account per provider and user: a second provider account with the same e-mail or number waits for an admin.
      if (await identities.exists({ where: { issuer: verified.issuer, userId: user.id } })) return null;
      const identity = await identities.save(identities.create({ userId: user.id, issuer: verified.issuer, subject: verified.subject, linkedBy }));
      await this.audit.record(ownAccountEntry(user, 'auth.sso.link', meta, { issuer: verified.issuer, subject: verified.subject, linkedBy }), manager);
      return { userId: user.id, identityId: identity.id };
    });
  }

  /** The provider's mobile number as the platform keeps numbers (11 digits), or null when it is none. */
  private claimedPhone(claims: Record<string, unknown>): string | null {
    const raw = claimString(claims, this.config.OIDC_PHONE_CLAIM);
    return raw ? normalisePhone(raw) : null;
  }

  /** Records (or refreshes) the identity's pending link request. */
  private async requestLink(verified: VerifiedClaims, meta: RequestMeta): Promise<string> {
    const c = verified.claims;
    const externalClaim = this.config.OIDC_EXTERNAL_ID_CLAIM;
    const values = [
      verified.issuer,
      verified.subject,
      (claimString(c, 'name') ?? claimString(c, 'preferred_username'))?.slice(0, 200) ?? null,
      claimString(c, this.config.OIDC_EMAIL_CLAIM)?.toLowerCase().slice(0, 320) ?? null,
      claimTrue(c, this.config.OIDC_EMAIL_VERIFIED_CLAIM),
      (this.claimedPhone(c) ?? claimString(c, this.config.OIDC_PHONE_CLAIM))?.slice(0, 40) ?? null,
      claimTrue(c, this.config.OIDC_PHONE_VERIFIED_CLAIM),
      externalClaim ? (claimString(c, externalClaim)?.slice(0, 100) ?? null) : null,
    ];
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ id: string; created: boolean }>>(
        `INSERT INTO sso_link_requests (issuer, subject, name, email, email_verified, phone, phone_verified, external_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (issuer, subject) WHERE status = 'pending'
         DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, email_verified = EXCLUDED.email_verified, phone = EXCLUDED.phone,
                       phone_verified = EXCLUDED.phone_verified, external_id = EXCLUDED.external_id, updated_at = now()
         RETURNING id, (xmax = 0) AS created`,
        values,
      );
      const { id, created } = rows[0];
      if (created) {
        await this.audit.record(
          { action: 'auth.sso.link_requested', entityType: 'sso_link_request', entityId: id, meta, details: { issuer: verified.issuer, subject: verified.subject } },
          manager,
        );
      }
      return id;
    });
  }

  /**
   * The portal redeems the outcome of its flow, once. A linked user gets what a password sign-in
   * gives; the provider's second factor (amr) stands for the platform's when it is one of
   * OIDC_MFA_AMR_VALUES.
   */
  async exchange(flowId: string | null, meta: RequestMeta): Promise<SsoExchangeResponse> {
    this.relyingParty.assertEnabled();
    const outcome = flowId ? await this.flows.takeOutcome(flowId) : null;
    if (!outcome) throw new UnauthorizedException('登录请求已过期或无效，请重新发起统一身份认证登录');
    if (outcome.kind === 'error') throw new HttpException({ statusCode: outcome.status, message: outcome.message }, outcome.status);
    if (outcome.kind === 'pending') return { ssoPending: true, message: SSO_PENDING_MESSAGE };
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: outcome.userId } });
    if (!user) throw new UnauthorizedException('登录请求已过期或无效，请重新发起统一身份认证登录');
    const actor = { userId: user.id, role: user.role, organisationId: user.organisationId };
    await this.attempts.assertNotLocked(user, 'auth.sso.login', meta);
    if (user.disabled || user.erasedAt) {
      await this.audit.record({ action: 'auth.sso.login', outcome: 'denied', actor, entityType: 'user', entityId: user.id, meta, details: { reason: user.erasedAt ? 'erased' : 'disabled' } });
      throw new ForbiddenException(user.erasedAt ? '该账号已注销' : '该账号已被停用，请联系平台管理员');
    }
    await this.dataSource.query<unknown>(`UPDATE user_identities SET last_login_at = now() WHERE id = $1`, [outcome.identityId]);
    const needsSecondFactor = user.mfaEnabled || mfaMandatoryFor(user.role, this.config);
    const method = { method: 'oidc', issuer: this.relyingParty.settings.issuer, amr: outcome.amr };
    if (needsSecondFactor && outcome.mfaSatisfied) return this.auth.completeSignIn(user, meta, { ...method, secondFactor: 'identity_provider' });
    return this.auth.login(user, meta, method);
  }

  // ---- the admin's decisions -------------------------------------------------------------

  async listRequests(query: { status?: SsoLinkRequestStatus; page: number; pageSize: number }): Promise<Page<SsoLinkRequestView>> {
    const status = query.status ?? 'pending';
    const rows = await this.dataSource.query<RequestRow[]>(
      `SELECT r.id, r.issuer, r.subject, r.name, r.email, r.email_verified, r.phone, r.phone_verified, r.external_id, r.status,
              r.decided_at, r.decision_reason, r.created_at,
              lu.id AS linked_id, lu.email AS linked_email, lu.display_name AS linked_name,
              su.id AS suggested_id, su.email AS suggested_email, su.display_name AS suggested_name,
              count(*) OVER () AS total
         FROM sso_link_requests r
         LEFT JOIN users lu ON lu.id = r.user_id
         LEFT JOIN LATERAL (
               -- the likely account: same e-mail first, else same mobile number (the request keeps it as 11 digits)
               SELECT u.id, u.email, u.display_name FROM users u
                WHERE r.status = 'pending' AND u.erased_at IS NULL AND (u.email = r.email OR u.phone = r.phone)
                ORDER BY (u.email = r.email) IS TRUE DESC LIMIT 1
             ) su ON true
        WHERE r.status = $1
        ORDER BY ${status === 'pending' ? 'r.created_at, r.id' : 'r.decided_at DESC, r.id'}
        LIMIT $2 OFFSET $3`,
      [status, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return pageOf(rows.map(toRequestView), rows.length ? Number(rows[0].total) : 0, query);
  }

  /** Links the waiting identity to an existing user, or creates a user for it in an organisation. */
  async approve(id: string, dto: SsoApproveRequest, actor: Actor, meta: RequestMeta): Promise<SsoLinkRequestView> {
    if (!!dto.userId === !!dto.organisationId) {
      throw new FieldValidationException([{ field: 'userId', message: '请选择关联的已有用户，或选择机构新建用户（二选一）' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lockPending(id, manager);
      const users = manager.getRepository(User);
      let user: User;
      if (dto.userId) {
        const found = await users.findOne({ where: { id: dto.userId } });
        if (!found || found.erasedAt) throw new FieldValidationException([{ field: 'userId', message: '用户不存在' }]);
        user = found;
      } else {
        user = await this.createUser(request, dto, manager);
      }
      const identities = manager.getRepository(UserIdentity);
      if (await identities.exists({ where: { issuer: request.issuer, subject: request.subject } })) throw new ConflictException('该统一身份认证账号已关联其他用户');
      if (await identities.exists({ where: { issuer: request.issuer, userId: user.id } })) throw new ConflictException('该用户已关联此身份源的另一个账号，请先解除关联');
      await identities.insert({ userId: user.id, issuer: request.issuer, subject: request.subject, linkedBy: 'admin_approval' });
      await manager.getRepository(SsoLinkRequest).update({ id }, { status: 'approved', userId: user.id, decidedBy: actor.userId, decidedAt: new Date() });
      await this.audit.record(
        {
          action: 'sso.link_request.approve',
          actor,
          entityType: 'sso_link_request',
          entityId: id,
          meta,
          details: { userId: user.id, createdUser: !dto.userId, organisationId: user.organisationId, issuer: request.issuer, subject: request.subject },
        },
        manager,
      );
    });
    return this.requestView(id);
  }

  async reject(id: string, reason: string, actor: Actor, meta: RequestMeta): Promise<SsoLinkRequestView> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockPending(id, manager);
      await manager.getRepository(SsoLinkRequest).update({ id }, { status: 'rejected', decidedBy: actor.userId, decidedAt: new Date(), decisionReason: reason });
      await this.audit.record({ action: 'sso.link_request.reject', actor, entityType: 'sso_link_request', entityId: id, meta, details: { reason } }, manager);
    });
    return this.requestView(id);
  }

  private async lockPending(id: string, manager: EntityManager): Promise<SsoLinkRequest> {
    const request = await manager.getRepository(SsoLinkRequest).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw new NotFoundException('申请不存在');
    if (request.status !== 'pending') throw new ConflictException('该申请已处理');
    return request;
  }

  private async createUser(request: SsoLinkRequest, dto: SsoApproveRequest, manager: EntityManager): Promise<User> {
    const organisation = await manager.getRepository(Organisation).findOne({ where: { id: dto.organisationId as string } });
    if (!organisation) throw new FieldValidationException([{ field: 'organisationId', message: '机构不存在' }]);
    const email = (dto.email ?? request.email)?.trim().toLowerCase();
    if (!email) throw new FieldValidationException([{ field: 'email', message: '统一身份认证未提供邮箱，请填写新用户的邮箱' }]);
    const users = manager.getRepository(User);
    if (await users.exists({ where: { email } })) {
      throw new ConflictException({ message: '该邮箱已注册，请选择关联已有用户', errors: [{ field: 'email', message: '该邮箱已注册' }] });
    }
    // No password anyone knows: the account signs in through the identity service.
    const passwordHash = await PasswordHasher.hash(randomBytes(32).toString('base64url'));
    const saved = await users.save(
      users.create({
        email,
        passwordHash,
        displayName: (dto.displayName ?? request.name ?? email).slice(0, 100),
        role: ROLE_FOR_TYPE[organisation.type],
        organisationId: organisation.id,
      }),
    );
    return users.findOneOrFail({ where: { id: saved.id } });
  }

  private async requestView(id: string): Promise<SsoLinkRequestView> {
    const rows = await this.dataSource.query<RequestRow[]>(
      `SELECT r.id, r.issuer, r.subject, r.name, r.email, r.email_verified, r.phone, r.phone_verified, r.external_id, r.status,
              r.decided_at, r.decision_reason, r.created_at,
              lu.id AS linked_id, lu.email AS linked_email, lu.display_name AS linked_name,
              NULL AS suggested_id, NULL AS suggested_email, NULL AS suggested_name, 1::bigint AS total
         FROM sso_link_requests r LEFT JOIN users lu ON lu.id = r.user_id WHERE r.id = $1`,
      [id],
    );
    if (!rows[0]) throw new NotFoundException('申请不存在');
    return toRequestView(rows[0]);
  }

  // ---- linked identities -----------------------------------------------------------------

  async identities(userId: string): Promise<LinkedIdentityView[]> {
    const rows = await this.dataSource.getRepository(UserIdentity).find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      issuer: row.issuer,
      providerName: this.config.oidc && row.issuer === this.config.oidc.issuer ? this.config.OIDC_DISPLAY_NAME.replace(/登录$/, '') : row.issuer,
      subject: row.subject,
      linkedAt: row.createdAt.toISOString(),
      linkedBy: row.linkedBy,
      lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    }));
  }

  /** The user removes one of their own linked identities; signing in there asks again. */
  async unlink(userId: string, identityId: string, actor: Actor, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const identity = await manager.getRepository(UserIdentity).findOne({ where: { id: identityId, userId } });
      if (!identity) throw new NotFoundException('关联不存在');
      await manager.getRepository(UserIdentity).delete({ id: identityId });
      await this.audit.record(
        { action: 'auth.sso.unlink', actor, entityType: 'user', entityId: userId, meta, details: { issuer: identity.issuer, subject: identity.subject } },
        manager,
      );
    });
  }
}

function toRequestView(r: RequestRow): SsoLinkRequestView {
  return {
    id: r.id,
    issuer: r.issuer,
    subject: r.subject,
    name: r.name,
    email: r.email,
    emailVerified: r.email_verified,
    phone: r.phone,
    phoneVerified: r.phone_verified,
    externalId: r.external_id,
    status: r.status,
    suggestedUser: r.suggested_id ? { id: r.suggested_id, email: r.suggested_email as string, displayName: r.suggested_name as string } : null,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    decisionReason: r.decision_reason,
    linkedUser: r.linked_id ? { id: r.linked_id, email: r.linked_email as string, displayName: r.linked_name as string } : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
