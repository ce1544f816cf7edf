import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditRecord, AuditVerification } from '@scenematch/contracts';
import { Actor, RequestMeta } from '@scenematch/server-common';
import { DataSource, EntityManager } from 'typeorm';
import { auditHash, AuditFields, AuditHashAlgorithm, GENESIS_HASH } from './audit-chain';
import { AppConfig } from '@scenematch/server-config';
import { APPLICATIONS, ORGANISATIONS, PRODUCTS, SCENARIOS, USERS } from '@scenematch/server-data';

/** Serialises appends so that each record chains onto the one before it. */
const AUDIT_CHAIN_LOCK = 7_240_517_099;

export interface AuditEntry {
  action: string;
  outcome?: 'success' | 'failure' | 'denied';
  actor?: Pick<Actor, 'userId' | 'role' | 'organisationId'> | null;
  entityType?: string;
  entityId?: string;
  meta?: RequestMeta | null;
  details?: Record<string, unknown>;
}

/** An entry for what a user did to their own account: the user is both the actor and the entity. */
export function ownAccountEntry(
  user: { id: string } & Pick<Actor, 'role' | 'organisationId'>,
  action: string,
  meta: RequestMeta | null,
  details?: Record<string, unknown>,
): AuditEntry {
  return { action, actor: { userId: user.id, role: user.role, organisationId: user.organisationId }, entityType: 'user', entityId: user.id, meta, details };
}

/** `actorUserId` → `actor_user_id`: a field's column name. */
type ColumnName<F extends string> = F extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${ColumnName<Tail>}`
  : F;

/** The hashed fields under their column names: a field added to AuditFields is a column of the row too. */
type AuditColumns = { [F in Exclude<keyof AuditFields, 'at'> as ColumnName<F>]: AuditFields[F] };

export interface AuditRow extends AuditColumns {
  id: string;
  /** As PostgreSQL answers a timestamptz. */
  at: Date;
  prev_hash: string;
  hash: string;
  hash_alg?: AuditHashAlgorithm;
  /** Joined from users when listing (not part of the hashed record). */
  actor_email?: string | null;
  actor_name?: string | null;
  actor_organisation_name?: string | null;
  /** The object's name (user, organisation, scenario, product) when it has one. */
  entity_label?: string | null;
}

export type { AuditRecord, AuditVerification };

export function fieldsOfRow(row: AuditRow): AuditFields {
  return {
    at: row.at.toISOString(),
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    actorOrganisationId: row.actor_organisation_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
    details: row.details ?? {},
  };
}

/**
 * The append-only, hash-chained audit trail. Record inside the transaction of the change it
 * describes (pass its EntityManager) so that the record exists if and only if the change does.
 */
@Injectable()
export class AuditService {
  private readonly hashAlgorithm: AuditHashAlgorithm;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() config?: AppConfig,
  ) {
    this.hashAlgorithm = config?.CRYPTO_SUITE === 'sm4' ? 'sm3' : 'sha256';
  }

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    if (manager) return this.append(entry, manager);
    await this.dataSource.transaction((m) => this.append(entry, m));
  }

  private async append(entry: AuditEntry, manager: EntityManager): Promise<void> {
    await manager.query<unknown>('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const last = await manager.query<Array<{ hash: string }>>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    const prevHash = last[0]?.hash ?? GENESIS_HASH;
    const fields: AuditFields = {
      at: new Date().toISOString(),
      actorUserId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? null,
      actorOrganisationId: entry.actor?.organisationId ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      outcome: entry.outcome ?? 'success',
      ip: entry.meta?.ip ?? null,
      userAgent: entry.meta?.userAgent ?? null,
      requestId: entry.meta?.requestId ?? null,
      details: entry.details ?? {},
    };
    await manager.query<unknown>(
      `INSERT INTO audit_log (at, actor_user_id, actor_role, actor_organisation_id, action, entity_type, entity_id,
         outcome, ip, user_agent, request_id, details, prev_hash, hash, hash_alg)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
      [
        fields.at,
        fields.actorUserId,
        fields.actorRole,
        fields.actorOrganisationId,
        fields.action,
        fields.entityType,
        fields.entityId,
        fields.outcome,
        fields.ip,
        fields.userAgent,
        fields.requestId,
        JSON.stringify(fields.details),
        prevHash,
        auditHash(prevHash, fields, this.hashAlgorithm),
        this.hashAlgorithm,
      ],
    );
  }

  /**
   * Recomputes the chain; an altered, inserted or deleted record breaks it where it happened.
   * The newest records are compared with the anchor the database keeps on every append, so
   * that deleting them (which leaves the remaining chain intact) is detected too.
   */
  async verify(): Promise<AuditVerification> {
    const problems: AuditVerification['problems'] = [];
    let prevHash = GENESIS_HASH;
    let lastId = '0';
    let checked = 0;
    // Read the anchor first: records appended while we walk the chain only move it forward.
    const heads = await this.dataSource.query<Array<{ last_id: string; last_hash: string }>>(
      `SELECT last_id, last_hash FROM audit_chain_head`,
    );
    const head = heads[0];
    let headSeen = !head || head.last_id === '0';
    for (;;) {
      const rows = await this.dataSource.query<AuditRow[]>(
        `SELECT * FROM audit_log WHERE id > $1 ORDER BY id LIMIT 5000`,
        [lastId],
      );
      if (!rows.length) break;
      for (const row of rows) {
        checked++;
        if (row.prev_hash !== prevHash) problems.push({ id: String(row.id), problem: '与前一条记录的链接断开（记录被删除或插入）' });
        if (auditHash(row.prev_hash, fieldsOfRow(row), row.hash_alg ?? 'sha256') !== row.hash) {
          problems.push({ id: String(row.id), problem: '记录内容与其哈希不符（记录被篡改）' });
        }
        if (head && String(row.id) === String(head.last_id)) {
          headSeen = true;
          if (row.hash !== head.last_hash) problems.push({ id: String(row.id), problem: '最新记录与数据库锚点不符（记录被篡改）' });
        }
        prevHash = row.hash;
        lastId = String(row.id);
      }
    }
    if (!headSeen) {
      problems.push({ id: String(head?.last_id), problem: '最新的审计记录缺失（记录被删除）' });
    }
    return { ok: problems.length === 0, checked, problems };
  }

  /** The records matching the filters, newest first. */
  async search(filters: AuditFilters, page: { page: number; pageSize: number }): Promise<{ items: AuditRecord[]; total: number }> {
    const { clause, params } = whereOf(filters);
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM audit_log a ${clause}`, params);
    const rows = await this.dataSource.query<Array<Omit<AuditRecord, 'at'> & { at: Date }>>(
      `${SELECT_WITH_ACTOR} ${clause} ORDER BY a.id DESC LIMIT ${Number(page.pageSize)} OFFSET ${(Number(page.page) - 1) * Number(page.pageSize)}`,
      params,
    );
    // `at` is a timestamptz (a Date); the record states it as the ISO text the response carried.
    return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total: count };
  }

  /** At most `limit` records for an export, newest first, and whether more matched. */
  async exportRows(filters: AuditFilters, limit: number): Promise<{ rows: AuditRow[]; truncated: boolean }> {
    const { clause, params } = whereOf(filters);
    const rows = await this.dataSource.query<AuditRow[]>(`${SELECT_WITH_ACTOR} ${clause} ORDER BY a.id DESC LIMIT ${Number(limit) + 1}`, params);
    return { rows: rows.slice(0, limit), truncated: rows.length > limit };
  }
}

const UUID_TEXT = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;
const SEALED_BID = `coalesce(sb.sealed, false)`;
/** Who acted on a sealed application, until the bids are opened (the list words it by Accept-Language). */
export const SEALED_ACTOR_NAME = '（密封申报，开标后显示）';

/**
 * Records with who acted (name, e-mail, organisation) and a readable name for the object, so
 * that a reader sees people and organisations rather than ids. None of it is hashed: the names
 * are today's (an erased account reads 已注销用户), the record keeps the ids.
 *
 * Records about a sealed bid (its application's scenario not yet opened) are shown without who
 * acted, from where and the details: otherwise the trail would tell staff which companies bid
 * before the opening. The stored record is untouched (the chain still verifies); the mask lifts
 * at the opening.
 */
const SELECT_WITH_ACTOR = `SELECT a.id, a.at, a.action, a.entity_type, a.outcome, a.request_id, a.prev_hash, a.hash, a.hash_alg,
       CASE WHEN ${SEALED_BID} THEN NULL ELSE a.entity_id END AS entity_id,
       CASE WHEN ${SEALED_BID} THEN NULL ELSE a.actor_user_id END AS actor_user_id,
       CASE WHEN ${SEALED_BID} THEN NULL ELSE a.actor_role END AS actor_role,
       CASE WHEN ${SEALED_BID} THEN NULL ELSE a.actor_organisation_id END AS actor_organisation_id,
       CASE WHEN ${SEALED_BID} THEN NULL ELSE a.ip END AS ip,
       CASE WHEN ${SEALED_BID} THEN NULL ELSE a.user_agent END AS user_agent,
       CASE WHEN ${SEALED_BID} THEN '{"sealed": true}'::jsonb ELSE a.details END AS details,
       CASE WHEN ${SEALED_BID} THEN NULL ELSE u.email END AS actor_email,
       CASE WHEN ${SEALED_BID} THEN '${SEALED_ACTOR_NAME}' ELSE u.display_name END AS actor_name,
       CASE WHEN ${SEALED_BID} THEN NULL ELSE ao.name END AS actor_organisation_name,
       CASE WHEN NOT ${SEALED_BID} AND a.entity_id ~ ${UUID_TEXT} THEN
         CASE a.entity_type
           WHEN 'user' THEN (SELECT eu.display_name || coalesce('（' || euo.name || '）', '') FROM ${USERS} eu LEFT JOIN ${ORGANISATIONS} euo ON euo.id = eu.organisation_id WHERE eu.id = a.entity_id::uuid)
           WHEN 'organisation' THEN (SELECT eo.name FROM ${ORGANISATIONS} eo WHERE eo.id = a.entity_id::uuid)
           WHEN 'scenario' THEN (SELECT es.title FROM ${SCENARIOS} es WHERE es.id = a.entity_id::uuid)
           WHEN 'product' THEN (SELECT ep.name FROM ${PRODUCTS} ep WHERE ep.id = a.entity_id::uuid)
         END
       END AS entity_label
  FROM audit_log a LEFT JOIN ${USERS} u ON u.id = a.actor_user_id LEFT JOIN ${ORGANISATIONS} ao ON ao.id = a.actor_organisation_id
  LEFT JOIN LATERAL (
    SELECT true AS sealed FROM ${APPLICATIONS} ap JOIN ${SCENARIOS} sc ON sc.id = ap.scenario_id
     WHERE ap.id = (CASE WHEN a.entity_type = 'application' AND a.entity_id ~ ${UUID_TEXT} THEN a.entity_id::uuid END)
       AND sc.bids_opened_at IS NULL
  ) sb ON true`;

export interface AuditFilters {
  action?: string;
  actorUserId?: string;
  /** A user's id or sign-in email. */
  actor?: string;
  entityType?: string;
  entityId?: string;
  outcome?: 'success' | 'failure' | 'denied';
  from?: string;
  to?: string;
}

function whereOf(filters: AuditFilters): { clause: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  // `action` is a prefix: "auth." finds every sign-in event. LIKE wildcards typed by the caller are literal.
  if (filters.action) add(`a.action LIKE ? ESCAPE '\\'`, `${filters.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (filters.actorUserId) add('a.actor_user_id = ?', filters.actorUserId);
  if (filters.actor) {
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(filters.actor)) add('a.actor_user_id = ?::uuid', filters.actor);
    else add(`a.actor_user_id IN (SELECT au.id FROM ${USERS} au WHERE au.email = ?)`, filters.actor.trim().toLowerCase());
  }
  if (filters.entityType) add('a.entity_type = ?', filters.entityType);
  if (filters.entityId) add('a.entity_id = ?', filters.entityId);
  if (filters.outcome) add('a.outcome = ?', filters.outcome);
  if (filters.from) add('a.at >= ?', filters.from);
  if (filters.to) add('a.at < ?', filters.to);
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
