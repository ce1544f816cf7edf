import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AdminOrganisationView, AdminUserView, isValidUscc, maskPhone, OrganisationSummary, Page, UserStatus, VerificationStatus } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, pageOf, RequestMeta } from '@scenematch/server-common';
import { NotificationsService } from '@scenematch/server-notifications';
import { OrganisationsService } from '@scenematch/server-organisations';
import { ORGANISATIONS } from '@scenematch/server-data';
import { clearSecondFactor } from '../mfa/mfa.service';
import { DataSource, EntityManager } from 'typeorm';
import { SessionVersions } from '../session-versions';
import { TokenService } from '../token.service';
import { AdminOrganisationQueryDto, AdminUserQueryDto } from './account-admin.dto';
import { disableRefusal, enableRefusal } from './account-state';

/** LIKE pattern for a user's text: their % and _ are literal. */
function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const USER_STATUS_SQL = `CASE WHEN u.erased_at IS NOT NULL THEN 'erased' WHEN u.disabled THEN 'disabled'
  WHEN u.locked_until > now() THEN 'locked' ELSE 'active' END`;

const ORGANISATION_STATUS_SQL = `CASE WHEN o.verified THEN 'verified' WHEN o.rejected_at IS NOT NULL THEN 'rejected' ELSE 'pending' END`;

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: AdminUserView['role'];
  organisation_id: string;
  organisation_name: string;
  organisation_type: AdminUserView['organisation']['type'];
  organisation_verified: boolean;
  status: UserStatus;
  disabled_reason: string | null;
  mfa_enabled: boolean;
  phone: string | null;
  phone_verified: boolean;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
  total: string;
}

interface OrganisationRow {
  id: string;
  type: AdminOrganisationView['type'];
  name: string;
  uscc: string | null;
  status: VerificationStatus;
  verified_at: Date | null;
  rejected_at: Date | null;
  rejection_reason: string | null;
  members: number;
  created_at: Date;
  total: string;
}

/**
 * Account administration (DESIGN: the admin manages users and organisations; organisers may
 * verify organisations): searchable lists, verification with the organisation told, disabling,
 * enabling and second-factor resets. Every change is audited in its transaction, and every change
 * that must end sessions bumps the session version (every access token of the user ends at once).
 */
@Injectable()
export class AccountAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly notifications: NotificationsService,
    private readonly sessions: SessionVersions,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  async users(query: AdminUserQueryDto): Promise<Page<AdminUserView>> {
    const { where, params, add } = sqlFilters();
    if (query.q) add(`(u.email::text ILIKE ? ESCAPE '\\' OR u.display_name ILIKE ? ESCAPE '\\')`, contains(query.q));
    if (query.role) add('u.role = ?', query.role);
    if (query.organisationId) add('u.organisation_id = ?::uuid', query.organisationId);
    if (query.status) add(`${USER_STATUS_SQL} = ?`, query.status);
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT u.id, u.email, u.display_name, u.role, u.organisation_id, o.name AS organisation_name, o.type AS organisation_type,
              o.verified AS organisation_verified, ${USER_STATUS_SQL} AS status, u.disabled_reason, u.mfa_enabled, u.phone, u.phone_verified_at IS NOT NULL AS phone_verified, u.locked_until,
              u.last_login_at, u.created_at, count(*) OVER () AS total
         FROM users u JOIN ${ORGANISATIONS} o ON o.id = u.organisation_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY u.created_at DESC, u.id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const total = rows.length ? Number(rows[0].total) : await this.countUsers(where, params.slice(0, -2));
    return pageOf(rows.map(toAdminUser), total, query);
  }

  async members(organisationId: string, query: { page: number; pageSize: number }): Promise<Page<AdminUserView>> {
    await this.organisations.get(organisationId);
    return this.users(Object.assign(new AdminUserQueryDto(), { organisationId, page: query.page, pageSize: query.pageSize }));
  }

  async organisationList(query: AdminOrganisationQueryDto): Promise<Page<AdminOrganisationView>> {
    const { where, params, add } = sqlFilters();
    if (query.q) {
      // The name by substring, the USCC whole (as typed, upper-cased).
      params.push(contains(query.q), query.q);
      where.push(`(o.name ILIKE $${params.length - 1} ESCAPE '\\' OR o.uscc = upper($${params.length}))`);
    }
    if (query.type) add('o.type = ?', query.type);
    if (query.status) add(`${ORGANISATION_STATUS_SQL} = ?`, query.status);
    // The queue holds organisations that registered (with a code): units imported from a
    // published list by name alone have nothing to check until someone claims them.
    if (query.status === 'pending') where.push('o.uscc IS NOT NULL');
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    // The queue reads oldest first: whoever registered first waits least.
    const order = query.status === 'pending' ? 'o.created_at, o.id' : 'o.created_at DESC, o.id';
    const rows = await this.dataSource.query<OrganisationRow[]>(
      `SELECT o.id, o.type, o.name, o.uscc, ${ORGANISATION_STATUS_SQL} AS status, o.verified_at, o.rejected_at, o.rejection_reason,
              (SELECT count(*)::int FROM users u WHERE u.organisation_id = o.id AND u.erased_at IS NULL) AS members,
              o.created_at, count(*) OVER () AS total
         FROM ${ORGANISATIONS} o
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${order}
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.page > 1) {
      const counted = await this.dataSource.query<Array<{ n: string }>>(
        `SELECT count(*) AS n FROM ${ORGANISATIONS} o ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
        params.slice(0, -2),
      );
      total = Number(counted[0].n);
    }
    return pageOf(rows.map(toAdminOrganisation), total, query);
  }

  async verifyOrganisation(id: string, actor: Actor, meta: RequestMeta): Promise<OrganisationSummary> {
    const organisation = await this.dataSource.transaction(async (manager) => {
      const verified = await this.organisations.verify(id, actor, meta, manager);
      await this.notifications.notify(manager, { organisations: [id] }, {
        kind: 'organisation.verified',
        title: `${verified.name} 已通过机构认证`,
        body: '平台已核验贵单位的统一社会信用代码，机构状态为“已认证”。',
        link: null,
      });
      return verified;
    });
    // Contact details follow verification: every member's session state says so at once.
    await this.sessions.publishOrganisation(id);
    return organisation.toSummary();
  }

  async rejectOrganisation(id: string, reason: string, actor: Actor, meta: RequestMeta): Promise<OrganisationSummary> {
    const organisation = await this.dataSource.transaction(async (manager) => {
      const rejected = await this.organisations.reject(id, reason, actor, meta, manager);
      await this.notifications.notify(manager, { organisations: [id] }, {
        kind: 'organisation.rejected',
        title: `${rejected.name} 的机构认证未通过`,
        body: `驳回理由：${reason}。请核对机构信息后联系平台服务中心。`,
        link: null,
      });
      return rejected;
    });
    return organisation.toSummary();
  }

  /** Disabling ends every session of the user at once; they cannot sign in until enabled again. */
  async disable(id: string, reason: string, actor: Actor, meta: RequestMeta): Promise<AdminUserView> {
    if (id === actor.userId) throw new ConflictException('不能停用自己的账号');
    await this.dataSource.transaction(async (manager) => {
      const target = await this.lockUser(id, manager);
      const refusal = disableRefusal(target);
      if (refusal === 'erased') throw new ConflictException('该账号已注销');
      if (refusal === 'already-disabled') throw new ConflictException('该账号已停用');
      await manager.query<unknown>(`UPDATE users SET disabled = true, disabled_at = now(), disabled_reason = $2 WHERE id = $1`, [id, reason]);
      const ended = await this.tokens.revokeAllForUser(id, manager);
      await this.sessions.bump(id, manager);
      await this.audit.record({ action: 'user.disable', actor, entityType: 'user', entityId: id, meta, details: { reason, sessionsEnded: ended } }, manager);
    });
    await this.sessions.publish(id);
    return this.user(id);
  }

  async enable(id: string, actor: Actor, meta: RequestMeta): Promise<AdminUserView> {
    await this.dataSource.transaction(async (manager) => {
      const target = await this.lockUser(id, manager);
      const refusal = enableRefusal(target);
      if (refusal === 'erased') throw new ConflictException('该账号已注销，不能启用');
      if (refusal === 'not-disabled') throw new ConflictException('该账号未停用');
      await manager.query<unknown>(`UPDATE users SET disabled = false, disabled_at = NULL, disabled_reason = NULL, failed_logins = 0, locked_until = NULL WHERE id = $1`, [id]);
      await this.sessions.bump(id, manager);
      await this.audit.record({ action: 'user.enable', actor, entityType: 'user', entityId: id, meta }, manager);
    });
    await this.sessions.publish(id);
    return this.user(id);
  }

  /**
   * For a user who lost their authenticator and recovery codes: the second factor is switched
   * off (sign-in asks to set it up again where it is mandatory) and every session ends.
   */
  async resetSecondFactor(id: string, actor: Actor, meta: RequestMeta): Promise<AdminUserView> {
    await this.dataSource.transaction(async (manager) => {
      const target = await this.lockUser(id, manager);
      if (!target.mfa_enabled && !target.has_pending) throw new ConflictException('该用户未启用双因素认证');
      await clearSecondFactor(manager, id);
      const ended = await this.tokens.revokeAllForUser(id, manager);
      await this.sessions.bump(id, manager);
      await this.audit.record({ action: 'user.mfa.reset', actor, entityType: 'user', entityId: id, meta, details: { sessionsEnded: ended } }, manager);
    });
    await this.sessions.publish(id);
    return this.user(id);
  }

  private async user(id: string): Promise<AdminUserView> {
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT u.id, u.email, u.display_name, u.role, u.organisation_id, o.name AS organisation_name, o.type AS organisation_type,
              o.verified AS organisation_verified, ${USER_STATUS_SQL} AS status, u.disabled_reason, u.mfa_enabled, u.phone, u.phone_verified_at IS NOT NULL AS phone_verified, u.locked_until,
              u.last_login_at, u.created_at, 1::bigint AS total
         FROM users u JOIN ${ORGANISATIONS} o ON o.id = u.organisation_id WHERE u.id = $1`,
      [id],
    );
    if (!rows[0]) throw new NotFoundException('用户不存在');
    return toAdminUser(rows[0]);
  }

  private async lockUser(id: string, manager: EntityManager) {
    const rows = await manager.query<Array<{ disabled: boolean; erased_at: Date | null; mfa_enabled: boolean; has_pending: boolean }>>(
      `SELECT disabled, erased_at, mfa_enabled, mfa_pending_secret IS NOT NULL AS has_pending FROM users WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!rows[0]) throw new NotFoundException('用户不存在');
    return rows[0];
  }

  private async countUsers(where: string[], params: unknown[]): Promise<number> {
    const rows = await this.dataSource.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM users u ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return Number(rows[0].n);
  }
}

/** WHERE conditions and their parameters; `add` binds every `?` of a condition to its value, the next parameter. */
function sqlFilters(): { where: string[]; params: unknown[]; add: (sql: string, value: unknown) => void } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  return { where, params, add };
}

function toAdminUser(r: UserRow): AdminUserView {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    organisation: { id: r.organisation_id, name: r.organisation_name, type: r.organisation_type, verified: r.organisation_verified },
    status: r.status,
    disabledReason: r.disabled_reason,
    mfaEnabled: r.mfa_enabled,
    // Staff see a number only masked; its owner sees it whole on their own security page.
    phone: r.phone_verified ? maskPhone(r.phone) : null,
    lockedUntil: r.locked_until ? new Date(r.locked_until).toISOString() : null,
    lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

function toAdminOrganisation(r: OrganisationRow): AdminOrganisationView {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    uscc: r.uscc,
    usccValid: !!r.uscc && isValidUscc(r.uscc),
    verificationStatus: r.status,
    verifiedAt: r.verified_at ? new Date(r.verified_at).toISOString() : null,
    rejectedAt: r.rejected_at ? new Date(r.rejected_at).toISOString() : null,
    rejectionReason: r.rejection_reason,
    members: r.members,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
