import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiFieldError,
  ProductPage,
  PRODUCT_STATUS_LABELS,
  PRODUCT_TRANSITIONS,
  ProductAction,
  ProductStatus,
  ProductView,
} from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, FieldConflictException, FieldValidationException, isStaff, isUniqueViolation, recordStatusEvents, RequestMeta } from '@scenematch/server-common';
import { ORGANISATIONS, organisationNames } from '@scenematch/server-data';
import { searchDocumentOf, searchPartSql, termHitSql, textSearchClauses, VersionedCache } from '@scenematch/server-database';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { TaxonomyService } from '@scenematch/server-taxonomy';
import { NotificationsService } from '@scenematch/server-notifications';
import { DataSource, EntityManager } from 'typeorm';
import { ProductDto, ProductQueryDto, UpdateProductDto } from './dto/product.dto';
import { canSeeProduct, mayActOnProduct, mayFilterProductsBy, ownsProduct, productEditable } from './product-lifecycle';


export interface ProductRow {
  id: string;
  organisation_id: string;
  company_name: string;
  company_verified: boolean;
  name: string;
  description: string;
  capability_codes: string[];
  domain_codes: string[];
  maturity: ProductView['maturity'];
  deployment_modes: string[];
  cases: string[];
  status: ProductStatus;
  reject_reason: string | null;
  launch_event_id: string | null;
  event_title: string | null;
  event_status: 'planned' | 'released' | null;
  event_held_on: string | null;
  files: Array<{ id: string; kind: 'image' | 'brochure'; filename: string; mime: string; size: number }>;
  submitted_at: Date | null;
  listed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const PRODUCT_VIEW_SQL = `
  SELECT p.id, p.organisation_id, c.name AS company_name, c.verified AS company_verified, p.name, p.description,
         p.capability_codes, p.domain_codes, p.maturity, p.deployment_modes, p.cases, p.status, p.reject_reason,
         p.launch_event_id, e.title AS event_title, e.status AS event_status, to_char(e.held_on, 'YYYY-MM-DD') AS event_held_on,
         coalesce((SELECT json_agg(json_build_object('id', f.id, 'kind', f.kind, 'filename', f.filename, 'mime', f.mime, 'size', f.size) ORDER BY f.created_at)
                     FROM product_files f WHERE f.product_id = p.id), '[]'::json) AS files,
         p.submitted_at, p.listed_at, p.created_at, p.updated_at
    FROM products p
    JOIN ${ORGANISATIONS} c ON c.id = p.organisation_id
    LEFT JOIN launch_events e ON e.id = p.launch_event_id`;

export { canSeeProduct, ownsProduct };

@Injectable()
export class ProductsService {
  private readonly cache: VersionedCache<{ rows: ProductRow[]; total: number; facets?: ProductPage['facets'] }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {
    this.cache = new VersionedCache(dataSource, 'products', 2000);
  }

  // ── reads ────────────────────────────────────────────────────────────────

  async get(id: string, actor: Actor | undefined): Promise<ProductView> {
    const row = (await this.rows(this.dataSource.manager, [id]))[0];
    Access.requireVisible(!!row && canSeeProduct(actor, row), '产品');
    return this.view(row, actor);
  }

  async list(query: ProductQueryDto, actor: Actor | undefined): Promise<ProductPage> {
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    const errors: ApiFieldError[] = [];
    if (query.mine) {
      if (!actor || actor.role !== 'enterprise') throw new ForbiddenException('只有企业可以查看“我的产品”');
      where.push(`p.organisation_id = ${p(actor.organisationId)}`);
      if (query.status?.length) where.push(`p.status = ANY(${p(query.status)})`);
    } else if (query.status?.length) {
      if (!mayFilterProductsBy(actor, query.status)) throw new ForbiddenException('无权按该状态查看产品');
      where.push(`p.status = ANY(${p(query.status)})`);
    } else {
      where.push(`p.status = 'listed'`);
    }
    if (query.capability?.length) {
      const { codes, unknown } = await this.taxonomy.capabilities(query.capability);
      for (const u of unknown) errors.push({ field: 'capability', message: `未知的能力标签：${u}` });
      where.push(`p.capability_codes && ${p(codes)}::text[]`);
    }
    if (query.domain?.length) {
      const { codes, unknown } = await this.domainCodes(query.domain);
      for (const u of unknown) errors.push({ field: 'domain', message: `未知的应用领域：${u}` });
      where.push(`p.domain_codes && ${p(codes)}::text[]`);
    }
    if (query.deploymentMode?.length) {
      const codes: string[] = [];
      for (const input of query.deploymentMode) {
        const mode = await this.taxonomy.deploymentMode(input);
        if (mode) codes.push(mode.code);
        else errors.push({ field: 'deploymentMode', message: `未知的部署方式：${input}` });
      }
      where.push(`p.deployment_modes && ${p(codes)}::text[]`);
    }
    if (query.certification) {
      const cert = await this.taxonomy.certification(query.certification);
      const kind = cert?.name ?? query.certification;
      where.push(
        `EXISTS (SELECT 1 FROM company_profiles cp, jsonb_array_elements(cp.certifications) x
                 WHERE cp.organisation_id = p.organisation_id AND x->>'kind' = ${p(kind)}
                   AND (x->>'validUntil' IS NULL OR (x->>'validUntil')::date >= current_date))`,
      );
    }
    if (errors.length) throw new FieldValidationException(errors);
    if (query.maturity?.length) where.push(`p.maturity = ANY(${p(query.maturity)})`);
    if (query.launchEvent) where.push(`p.launch_event_id = ${p(query.launchEvent)}`);
    if (query.company) where.push(`p.organisation_id = ${p(query.company)}`);
    const search = textSearchClauses(query.q, 'p', p);
    where.push(...search.where);

    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const sort = query.sort ?? (search.terms.length ? 'relevance' : 'newest');
    const pageParams = [...params];
    let order = `coalesce(p.listed_at, p.updated_at) DESC, p.id`;
    if (sort === 'name') order = `p.name, p.id`;
    if (sort === 'relevance' && search.terms.length) {
      // A term in the product's name (the first part of its search text) ranks it before hits in
      // its description or company alone.
      const add = (value: unknown) => {
        pageParams.push(value);
        return `$${pageParams.length}`;
      };
      const score = search.terms.map((term) => `CASE WHEN ${termHitSql(searchPartSql('p', 1), term, add)} THEN 10 ELSE 0 END`).join(' + ');
      order = `(${score}) DESC, ${order}`;
    }
    pageParams.push(query.pageSize, (query.page - 1) * query.pageSize);
    const idSql = `SELECT p.id, count(*) OVER () AS total FROM products p ${whereSql} ORDER BY ${order} LIMIT $${pageParams.length - 1} OFFSET $${pageParams.length}`;
    const found = await this.cache.get(JSON.stringify([idSql, pageParams, !!query.facets]), async () => {
      const ids = await this.dataSource.query<Array<{ id: string; total: string }>>(idSql, pageParams);
      let total = ids.length ? Number(ids[0].total) : 0;
      if (!ids.length && query.page > 1) total = Number((await this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM products p ${whereSql}`, params))[0].n);
      const facets = query.facets ? await this.facets(whereSql, params) : undefined;
      return { rows: await this.rows(this.dataSource.manager, ids.map((r) => r.id)), total, facets };
    });
    const items = await Promise.all(found.rows.map((r) => this.view(r, actor)));
    const page: ProductPage = { items, total: found.total, page: query.page, pageSize: query.pageSize };
    if (found.facets) page.facets = found.facets;
    return page;
  }

  private async facets(whereSql: string, params: unknown[]): Promise<ProductPage['facets']> {
    const count = async (column: string, table: string) => {
      const rows = await this.dataSource.query<Array<{ code: string; name: string; count: string }>>(
        `SELECT t.code, t.name, c.n AS count
           FROM (SELECT unnest(p.${column}) AS code, count(*) AS n FROM products p ${whereSql} GROUP BY 1) c
           JOIN ${table} t ON t.code = c.code ORDER BY c.n DESC, t.sort`,
        params,
      );
      return rows.map((r) => ({ code: r.code, name: r.name, count: Number(r.count) }));
    };
    return { capabilities: await count('capability_codes', 'capabilities'), domains: await count('domain_codes', 'domains') };
  }

  // ── writes ───────────────────────────────────────────────────────────────

  async create(dto: ProductDto, actor: Actor, meta: RequestMeta): Promise<ProductView> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('只有企业可以添加产品');
    const id = await this.dataSource.transaction(async (manager) => {
      const fields = await this.resolve(dto);
      const company = await this.companyName(manager, actor.organisationId);
      const doc = searchDocumentOf([fields.name, fields.description, company, ...fields.names, ...(fields.cases ?? [])]);
      const rows = await this.unique(() =>
        manager.query<Array<{ id: string }>>(
          `INSERT INTO products (organisation_id, name, description, capability_codes, domain_codes, maturity, deployment_modes, cases,
                                 search_text, search_tokens, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [actor.organisationId, fields.name, fields.description, fields.capabilityCodes, fields.domainCodes, fields.maturity, fields.deploymentModes,
           fields.cases ?? [], doc.text, doc.tokens, actor.userId],
        ),
      );
      await recordStatusEvents(manager, 'product', rows[0].id, null, 'draft', actor);
      await this.audit.record({ action: 'product.create', actor, entityType: 'product', entityId: rows[0].id, meta, details: { name: fields.name } }, manager);
      return rows[0].id;
    });
    return this.get(id, actor);
  }

  async update(id: string, dto: UpdateProductDto, actor: Actor, meta: RequestMeta): Promise<ProductView> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockOwned(manager, id, actor);
      if (!productEditable(current.status)) {
        throw new ConflictException(`产品当前为“${PRODUCT_STATUS_LABELS[current.status]}”，不能修改`);
      }
      const merged = {
        name: dto.name ?? current.name,
        description: dto.description ?? current.description,
        capabilities: dto.capabilities ?? current.capability_codes,
        domains: dto.domains ?? current.domain_codes,
        maturity: dto.maturity ?? current.maturity,
        deploymentModes: dto.deploymentModes ?? current.deployment_modes,
        cases: dto.cases ?? current.cases,
      };
      const fields = await this.resolve(merged);
      const doc = searchDocumentOf([fields.name, fields.description, current.company_name, ...fields.names, ...(fields.cases ?? [])]);
      await this.unique(() =>
        manager.query<unknown>(
          `UPDATE products SET name = $2, description = $3, capability_codes = $4, domain_codes = $5, maturity = $6, deployment_modes = $7,
                  cases = $8, search_text = $9, search_tokens = $10, updated_at = now() WHERE id = $1`,
          [id, fields.name, fields.description, fields.capabilityCodes, fields.domainCodes, fields.maturity, fields.deploymentModes, fields.cases ?? [], doc.text, doc.tokens],
        ),
      );
      // A listed product's change reaches the matching profile of its company.
      if (current.status === 'listed') await this.outbox.publish(manager, JobName.EnterpriseChanged, { organisationId: current.organisation_id });
      await this.audit.record({ action: 'product.update', actor, entityType: 'product', entityId: id, meta, details: { fields: Object.keys(dto) } }, manager);
    });
    return this.get(id, actor);
  }

  async transition(id: string, action: ProductAction, actor: Actor, meta: RequestMeta, reason?: string): Promise<ProductView> {
    await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ id: string; status: ProductStatus; organisation_id: string; description: string }>>(
        `SELECT id, status, organisation_id, description FROM products WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const row = rows[0];
      Access.requireVisible(!!row && canSeeProduct(actor, row), '产品');
      if (!mayActOnProduct(actor, row, action)) throw new ForbiddenException(action === 'list' || action === 'reject' ? '只有服务中心可以审核产品' : '无权操作该产品');
      if (!PRODUCT_TRANSITIONS[action].from.includes(row.status)) {
        throw new ConflictException(`产品当前为“${PRODUCT_STATUS_LABELS[row.status]}”，不能${ACTION_LABELS[action]}`);
      }
      const to = PRODUCT_TRANSITIONS[action].to;
      if (action === 'reject' && !reason) throw FieldValidationException.single('reason', '请填写未通过的原因');
      await manager.query<unknown>(
        `UPDATE products SET status = $2, updated_at = now(),
                submitted_at = CASE WHEN $2 = 'submitted' THEN now() ELSE submitted_at END,
                listed_at = CASE WHEN $2 = 'listed' THEN now() ELSE listed_at END,
                reject_reason = CASE WHEN $2 = 'rejected' THEN $3 WHEN $2 = 'submitted' THEN NULL ELSE reject_reason END,
                delist_reason = CASE WHEN $2 = 'delisted' THEN $3 ELSE delist_reason END,
                launch_event_id = CASE WHEN $2 IN ('rejected', 'delisted') AND launch_event_id IN (SELECT id FROM launch_events WHERE status = 'planned') THEN NULL ELSE launch_event_id END
          WHERE id = $1`,
        [id, to, reason ?? null],
      );
      await recordStatusEvents(manager, 'product', id, row.status, to, actor, reason ?? null);
      if ((to === 'listed' || to === 'rejected' || to === 'delisted') && isStaff(actor)) {
        const titles: Record<string, string> = { listed: '产品已入库能力清单', rejected: '产品未通过审核', delisted: '产品已下架' };
        await this.notifications.notify(manager, { organisations: [row.organisation_id] }, {
          kind: `product.${to}`,
          title: titles[to],
          body: reason ? `原因：${reason}` : '',
          link: `/products/${id}`,
        });
      }
      if (to === 'listed' || to === 'delisted') await this.outbox.publish(manager, JobName.EnterpriseChanged, { organisationId: row.organisation_id });
      await this.audit.record(
        { action: `product.${action}`, actor, entityType: 'product', entityId: id, meta, details: { from: row.status, to, ...(reason ? { reason } : {}) } },
        manager,
      );
    });
    return this.get(id, actor);
  }

  // ── helpers ──────────────────────────────────────────────────────────────

  async rows(manager: EntityManager, ids: string[]): Promise<ProductRow[]> {
    if (!ids.length) return [];
    const rows = await manager.query<ProductRow[]>(`${PRODUCT_VIEW_SQL} WHERE p.id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is ProductRow => !!r);
  }

  async view(row: ProductRow, actor: Actor | undefined): Promise<ProductView> {
    const [capabilities, domains, modes] = await Promise.all([this.taxonomy.capabilityNames(), this.taxonomy.domainNames(), this.taxonomy.deploymentModeNames()]);
    const own = ownsProduct(actor, row) || isStaff(actor);
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      company: { id: row.organisation_id, name: row.company_name, verified: row.company_verified },
      capabilities: row.capability_codes.map((code) => ({ code, name: capabilities.get(code) ?? code })),
      domains: row.domain_codes.map((code) => ({ code, name: domains.get(code) ?? code })),
      maturity: row.maturity,
      deploymentModes: row.deployment_modes.map((code) => ({ code, name: modes.get(code) ?? code })),
      cases: row.cases,
      status: row.status,
      rejectReason: own ? row.reject_reason : null,
      // A planned event is the organiser's business until it is released.
      launchEvent: row.launch_event_id && row.event_title && (row.event_status === 'released' || isStaff(actor)) ? { id: row.launch_event_id, title: row.event_title, heldOn: row.event_held_on as string } : null,
      files: row.files.map((f) => ({ ...f, url: `/api/products/${row.id}/files/${f.id}` })),
      submittedAt: row.submitted_at?.toISOString() ?? null,
      listedAt: row.listed_at?.toISOString() ?? null,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }

  /** Locks a product for a write by its company: 404 if unseen, 403 if someone else's. */
  async lockOwned(manager: EntityManager, id: string, actor: Actor): Promise<ProductRow> {
    const locked = await manager.query<Array<{ id: string }>>(`SELECT id FROM products WHERE id = $1 FOR UPDATE`, [id]);
    const row = locked[0] ? (await this.rows(manager, [id]))[0] : undefined;
    Access.requireVisible(!!row && canSeeProduct(actor, row), '产品');
    if (!ownsProduct(actor, row as ProductRow)) throw new ForbiddenException('只能修改本企业的产品');
    return row as ProductRow;
  }

  async domainCodes(inputs: string[]): Promise<{ codes: string[]; unknown: string[] }> {
    const codes = new Set<string>();
    const unknown: string[] = [];
    for (const input of inputs) {
      const d = await this.taxonomy.domain(input);
      if (d) codes.add(d.code);
      else unknown.push(input);
    }
    return { codes: [...codes], unknown };
  }

  private async resolve(dto: ProductDto) {
    const errors: ApiFieldError[] = [];
    const caps = await this.taxonomy.capabilities(dto.capabilities);
    if (caps.unknown.length) errors.push({ field: 'capabilities', message: `未知的能力标签：${caps.unknown.join('、')}` });
    if (!caps.codes.length && !caps.unknown.length) errors.push({ field: 'capabilities', message: '请至少选择一个能力标签' });
    const domains = await this.domainCodes(dto.domains);
    if (domains.unknown.length) errors.push({ field: 'domains', message: `未知的应用领域：${domains.unknown.join('、')}` });
    if (!domains.codes.length && !domains.unknown.length) errors.push({ field: 'domains', message: '请至少选择一个应用领域' });
    const modes: string[] = [];
    for (const input of dto.deploymentModes) {
      const mode = await this.taxonomy.deploymentMode(input);
      if (mode) modes.push(mode.code);
      else errors.push({ field: 'deploymentModes', message: `未知的部署方式：${input}` });
    }
    if (errors.length) throw new FieldValidationException(errors);
    const capNames = await this.taxonomy.capabilityNames();
    const domainNames = await this.taxonomy.domainNames();
    return {
      name: dto.name,
      description: dto.description,
      capabilityCodes: caps.codes,
      domainCodes: domains.codes,
      maturity: dto.maturity,
      deploymentModes: [...new Set(modes)],
      cases: dto.cases,
      names: [...caps.codes.map((c) => capNames.get(c) ?? c), ...domains.codes.map((d) => domainNames.get(d) ?? d)],
    };
  }

  private async companyName(manager: EntityManager, id: string): Promise<string> {
    return (await organisationNames(manager, [id])).get(id) ?? '';
  }

  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'products_name_uq')) throw new FieldConflictException('name', '本企业已有同名产品');
      throw error;
    }
  }
}

const ACTION_LABELS: Record<ProductAction, string> = { submit: '提交审核', list: '入库', reject: '驳回', delist: '下架' };
