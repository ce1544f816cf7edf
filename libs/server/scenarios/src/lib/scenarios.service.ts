import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiFieldError,
  canTransition,
  parseDeadline,
  DomainCount,
  ScenarioPage,
  PUBLIC_SCENARIO_STATUSES,
  REVISABLE_SCENARIO_STATUSES,
  SCENARIO_STATUS_LABELS,
  ScenarioAction,
  ScenarioEventView,
  ScenarioRevisionView,
  ScenarioStatus,
  ScenarioView,
} from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, FieldConflictException, FieldValidationException, isStaff, isUniqueViolation, recordStatusEvents, RequestMeta } from '@scenematch/server-common';
import { DOMAINS, organisationNames, USERS } from '@scenematch/server-data';
import { TaxonomyService } from '@scenematch/server-taxonomy';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { scheduleBidOpening } from './bid-opening-schedule';
import { preparedQuery, searchPartSql, termHitSql, textSearchClauses, VersionedCache } from '@scenematch/server-database';
import { NotificationsService } from '@scenematch/server-notifications';
import { DataSource, EntityManager } from 'typeorm';
import { CreateScenarioDto, ScenarioQueryDto, UpdateScenarioDto } from './dto/scenario.dto';
import { ScenarioBatch } from './entities/scenario-batch.entity';
import { TERM_SEARCH_ROWS_SQL, termPostingsSql, TermSearch, termSearchSql } from './term-search';
import { Scenario } from './entities/scenario.entity';
import { mayActOnScenario, publicationTarget, scenarioEditRefusal } from './scenario-lifecycle';
import { canSee, isOwnUnit, SCENARIO_FROM_SQL, SCENARIO_SEARCH_PARTS, SCENARIO_VIEW_SQL, ScenarioRow, searchDocument, toScenarioView } from './scenario-view';


/** Fields whose change after publication is recorded as a visible revision. */
const REVISED_FIELDS = [
  'title',
  'domainCode',
  'description',
  'painPoints',
  'expectedOutcome',
  'capabilityCodes',
  'deadline',
  'budgetMin',
  'budgetMax',
  'site',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const;

export interface ListFilter {
  where: string[];
  params: unknown[];
  /** What a hit holds: the index terms, then the lone characters (for ranking). */
  terms: string[];
  /** The search as asked: index terms and lone Han characters. */
  search: { terms: string[]; chars: string[] };
  /** The domain filter's codes, when there is one. */
  domainCodes?: string[];
}

/** A list page's rows (for any caller), the matches' count and, when asked, their domain counts. */
interface SearchResult {
  rows: ScenarioRow[];
  total: number;
  facets?: DomainCount[];
}

/**
 * The most terms a search joins postings for (a 50-character query has up to 49 bigrams); longer
 * ones read the table, where each more term only narrows what the GIN index finds.
 */
const MAX_INDEXED_TERMS = 8;

/** How many terms' posting counts a process keeps for the current version of the scenarios. */
const MAX_KNOWN_TERM_SIZES = 50_000;

/** The longest term the postings hold (ScenarioSearchTerms1766400000000): folding may lengthen a query's. */
const MAX_INDEXED_TERM_LENGTH = 50;

@Injectable()
export class ScenariosService {
  private readonly searchCache: VersionedCache<SearchResult>;
  /**
   * How many public scenarios hold each term (0: none), at `termSizesVersion` of the scenarios:
   * statistics that choose how a search by several terms joins them, read once per term and
   * version rather than by every search (most searches share their terms with earlier ones).
   */
  private readonly termSizes = new Map<string, number>();
  private termSizesVersion = '';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {
    this.searchCache = new VersionedCache(dataSource, 'scenarios', 2000);
  }

  // ── reads ────────────────────────────────────────────────────────────────

  async get(id: string, actor: Actor | undefined): Promise<ScenarioView> {
    const row = await this.row(this.dataSource.manager, id);
    Access.requireVisible(!!row && canSee(actor, row), '场景');
    return this.view(row as ScenarioRow, actor);
  }

  async revisions(id: string, actor: Actor | undefined): Promise<ScenarioRevisionView[]> {
    await this.get(id, actor);
    const rows =
      await this.dataSource.query<Array<{ version: number; changed_at: Date; changed_by: string | null; changes: ScenarioRevisionView['changes'] }>>(
        `SELECT r.version, r.changed_at, u.display_name AS changed_by, r.changes
           FROM scenario_revisions r LEFT JOIN ${USERS} u ON u.id = r.changed_by
          WHERE r.scenario_id = $1 ORDER BY r.version DESC`,
        [id],
      );
    return rows.map((r) => ({ version: r.version, changedAt: r.changed_at.toISOString(), changedBy: r.changed_by, changes: r.changes }));
  }

  /** The lifecycle history: the owning unit and staff only. */
  async events(id: string, actor: Actor): Promise<ScenarioEventView[]> {
    const row = await this.row(this.dataSource.manager, id);
    Access.requireVisible(!!row && canSee(actor, row), '场景');
    if (!isStaff(actor) && !isOwnUnit(actor, row as ScenarioRow)) throw new ForbiddenException('只有发榜单位和服务中心可以查看流转记录');
    const rows =
      await this.dataSource.query<Array<{ from_status: ScenarioStatus | null; to_status: ScenarioStatus; actor_role: string | null; reason: string | null; at: Date }>>(
        `SELECT from_status, to_status, actor_role, reason, at FROM scenario_events WHERE scenario_id = $1 ORDER BY id`,
        [id],
      );
    return rows.map((r) => ({ from: r.from_status, to: r.to_status, actorRole: r.actor_role, reason: r.reason, at: r.at.toISOString() }));
  }

  async list(query: ScenarioQueryDto, actor: Actor | undefined): Promise<ScenarioPage> {
    const filter = await this.filter(query, actor);
    const found = this.termSearchable(query, filter) ? await this.termSearch(query, filter) : await this.tableSearch(query, filter, actor);
    const names = await this.capabilityNames();
    const page: ScenarioPage = {
      items: found.rows.map((r) => toScenarioView(r, names, actor)),
      total: found.total,
      page: query.page,
      pageSize: query.pageSize,
    };
    if (found.facets) page.facets = { domains: found.facets };
    return page;
  }

  /**
   * Whether the search's own index (scenario_search_terms: the terms of public scenarios with
   * their domain, relevance weight and sort keys) answers this list alone: a public search by
   * words or by one Han character typed alone, filtered by domain at most, in an order the index
   * holds. Lone Han characters beside words or each other, other filters and the list order read
   * the table.
   */
  private termSearchable(query: ScenarioQueryDto, filter: ListFilter): boolean {
    const { terms, chars } = filter.search;
    const sort = query.sort ?? 'relevance';
    // Words (index terms), or one Han character typed alone.
    const indexed = terms.length ? !chars.length : chars.length === 1;
    return (
      indexed &&
      terms.length <= MAX_INDEXED_TERMS &&
      terms.every((term) => term.length <= MAX_INDEXED_TERM_LENGTH) &&
      !query.mine &&
      !query.status?.length &&
      !query.capability?.length &&
      !query.batch &&
      !query.agency &&
      !query.deadlineFrom &&
      !query.deadlineTo &&
      sort !== 'number'
    );
  }

  /**
   * The page, the total and the domain counts of a public search in one query (termSearchSql),
   * from the postings of its terms: a scenario hits when it holds every term; its relevance is the
   * sum of the terms' weights (10 in the title, 4 in the unit's name), as `order` ranks the table.
   * A search by several terms first reads how many postings each has (one small lookup).
   */
  private async termSearch(query: ScenarioQueryDto, filter: ListFilter): Promise<SearchResult> {
    const search: TermSearch = {
      terms: filter.search.terms,
      char: filter.search.terms.length ? undefined : filter.search.chars[0],
      domainCodes: filter.domainCodes,
      sort: query.sort === 'newest' || query.sort === 'deadline' ? query.sort : 'relevance',
      facets: !!query.facets,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    };
    return this.searchCache.get(JSON.stringify(['terms', search]), async (version) => {
      let postings: number[] | undefined;
      if (search.terms.length > 1) {
        // Several terms: how many postings each has decides how they are joined; a term that no
        // public scenario holds means no hits.
        postings = await this.postingCounts(version, search.terms);
        if (postings.some((n) => n === 0)) return { rows: [], total: 0, facets: search.facets ? [] : undefined };
      }
      const { sql, params, ids } = termSearchSql({ ...search, postings });
      // One query: the total and the domain counts (on the first row), and the page's view rows
      // (or, for several terms, its ids, whose rows a second prepared query reads); prepared, as
      // its planning would cost as much as running it.
      const found = await preparedQuery<ScenarioRow & { ord: string | null; search_total: number; search_facets: DomainCount[] | null }>(this.dataSource, sql, params);
      const head = found[0];
      const page = found.filter((r) => r.ord !== null);
      const rows = ids
        ? page.length
          ? await preparedQuery<ScenarioRow>(this.dataSource, TERM_SEARCH_ROWS_SQL, [page.map((r) => r.id), PUBLIC_SCENARIO_STATUSES])
          : []
        : page.map((r) => {
            const row: Partial<(typeof found)[number]> = { ...r };
            delete row.ord;
            delete row.search_total;
            delete row.search_facets;
            return row as ScenarioRow;
          });
      return { rows, total: head?.search_total ?? 0, facets: search.facets ? (head?.search_facets ?? []) : undefined };
    });
  }

  /** How many public scenarios hold each of `terms` at `version` (termSizes; one lookup for those not known yet). */
  private async postingCounts(version: string, terms: string[]): Promise<number[]> {
    if (version !== this.termSizesVersion) {
      this.termSizes.clear();
      this.termSizesVersion = version;
    }
    const known = new Map(terms.filter((term) => this.termSizes.has(term)).map((term) => [term, this.termSizes.get(term) as number]));
    const unknown = terms.filter((term) => !known.has(term));
    if (!unknown.length) return terms.map((term) => known.get(term) as number);
    const found = new Map(
      (await preparedQuery<{ term: string; n: number }>(this.dataSource, termPostingsSql(unknown.length), unknown)).map((r) => [r.term, r.n]),
    );
    // Another version may have been seen meanwhile: keep only what belongs to the current one.
    if (version === this.termSizesVersion) {
      if (this.termSizes.size + unknown.length > MAX_KNOWN_TERM_SIZES) this.termSizes.clear();
      for (const term of unknown) this.termSizes.set(term, found.get(term) ?? 0);
    }
    return terms.map((term) => known.get(term) ?? found.get(term) ?? 0);
  }

  /** The list from the table itself: any filter, any order, any status the caller may see. */
  private async tableSearch(query: ScenarioQueryDto, filter: ListFilter, actor: Actor | undefined): Promise<SearchResult> {
    const { where, params, terms } = filter;
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // One pass over the bare table picks the page's ids and counts the matches; the joins and
    // aggregates of the full view then run for one page only.
    const pageParams = [...params];
    const order = this.order(query, terms, pageParams);
    pageParams.push(query.pageSize, (query.page - 1) * query.pageSize);
    const idSql = `SELECT s.id, count(*) OVER () AS total FROM scenarios s ${order.joins} ${whereSql}
        ORDER BY ${order.sql} LIMIT $${pageParams.length - 1} OFFSET $${pageParams.length}`;
    // A page's rows, total and facets depend only on the SQL, its parameters and the data version;
    // the views (contact details, return reasons) are still built per caller.
    return this.searchCache.get(JSON.stringify([idSql, pageParams, query.facets ?? false]), async () => {
      const ids = await this.dataSource.query<Array<{ id: string; total: string }>>(idSql, pageParams);
      let total = ids.length ? Number(ids[0].total) : 0;
      if (!ids.length && query.page > 1) {
        total = Number((await this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM scenarios s ${whereSql}`, params))[0].n);
      }
      const facets = query.facets ? await this.domainFacets({ ...query, domain: undefined }, actor) : undefined;
      return { rows: await this.rowsByIds(ids.map((r) => r.id)), total, facets };
    });
  }

  /** View rows for these ids, in the given order. */
  private async rowsByIds(ids: string[]): Promise<ScenarioRow[]> {
    if (!ids.length) return [];
    const rows = await this.dataSource.query<ScenarioRow[]>(`SELECT ${SCENARIO_VIEW_SQL} ${SCENARIO_FROM_SQL} WHERE s.id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is ScenarioRow => !!r);
  }

  /** Rows for export: the same filters as the list, without paging (at most `limit`). */
  async exportRows(query: ScenarioQueryDto, actor: Actor | undefined, limit = 50_000): Promise<ScenarioView[]> {
    const { where, params, terms } = await this.filter(query, actor);
    const order = this.order({ ...query, sort: query.sort ?? 'number' }, terms, params);
    params.push(limit);
    const ids = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT s.id FROM scenarios s ${order.joins} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order.sql} LIMIT $${params.length}`,
      params,
    );
    const rows = await this.rowsByIds(ids.map((r) => r.id));
    const names = await this.capabilityNames();
    return rows.map((r) => toScenarioView(r, names, actor));
  }

  private async domainFacets(query: ScenarioQueryDto, actor: Actor | undefined): Promise<DomainCount[]> {
    const { where, params } = await this.filter(query, actor);
    const rows = await this.dataSource.query<Array<{ code: string; name: string; count: string }>>(
      `SELECT d.code, d.name, c.n AS count
         FROM (SELECT s.domain_code, count(*) AS n FROM scenarios s ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY s.domain_code) c
         JOIN ${DOMAINS} d ON d.code = c.domain_code ORDER BY c.n DESC, d.sort`,
      params,
    );
    return rows.map((r) => ({ code: r.code, name: r.name, count: Number(r.count) }));
  }

  private async filter(query: ScenarioQueryDto, actor: Actor | undefined): Promise<ListFilter> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const errors: ApiFieldError[] = [];

    // Who sees which statuses.
    if (query.mine) {
      if (!actor || actor.role !== 'agency') throw new ForbiddenException('只有发榜单位可以查看“我的场景”');
      where.push(`(s.agency_id = ${p(actor.organisationId)} OR ${p(actor.organisationId)} = ANY(s.co_agency_ids))`);
      if (query.status?.length) where.push(`s.status = ANY(${p(query.status)})`);
    } else if (query.status?.length) {
      const nonPublic = query.status.filter((s) => !PUBLIC_SCENARIO_STATUSES.includes(s as ScenarioStatus));
      if (nonPublic.length && !isStaff(actor)) throw new ForbiddenException('无权按该状态查看场景');
      where.push(`s.status = ANY(${p(query.status)})`);
    } else {
      where.push(`s.status = ANY(${p(PUBLIC_SCENARIO_STATUSES)})`);
    }

    let domainCodes: string[] | undefined;
    if (query.domain?.length) {
      const codes: string[] = [];
      domainCodes = codes;
      for (const input of query.domain) {
        const domain = await this.taxonomy.domain(input);
        if (domain) codes.push(domain.code);
        else errors.push({ field: 'domain', message: `未知的应用领域：${input}` });
      }
      where.push(`s.domain_code = ANY(${p(codes)})`);
    }
    if (query.capability?.length) {
      const { codes, unknown } = await this.taxonomy.capabilities(query.capability);
      for (const input of unknown) errors.push({ field: 'capability', message: `未知的能力标签：${input}` });
      where.push(`s.capability_codes && ${p(codes)}::text[]`);
    }
    if (errors.length) throw new FieldValidationException(errors);
    if (query.batch) where.push(`s.batch_id = ${p(query.batch)}`);
    if (query.agency) where.push(`(s.agency_id = ${p(query.agency)} OR ${p(query.agency)} = ANY(s.co_agency_ids))`);
    // Day filters on Beijing calendar days: from that day's 00:00 to the end of the last day.
    if (query.deadlineFrom) where.push(`s.deadline >= (${p(query.deadlineFrom)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
    if (query.deadlineTo) where.push(`s.deadline < (${p(query.deadlineTo)}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);

    const search = textSearchClauses(query.q, 's', p);
    where.push(...search.where);
    return { where, params, terms: search.terms, search: search.query, domainCodes };
  }

  /** ORDER BY for the id query, with the joins it needs (the filters themselves only read `s`). */
  private order(query: ScenarioQueryDto, terms: string[], params: unknown[]): { sql: string; joins: string } {
    const sort = query.sort ?? (terms.length ? 'relevance' : 'number');
    switch (sort) {
      case 'relevance': {
        if (!terms.length) return { sql: `coalesce(s.published_at, s.created_at) DESC, s.id`, joins: '' };
        // A term in the title counts most (so every title hit ranks before a description-only one),
        // then one in the unit's name; the rest found it in the other text. Terms are tested as
        // the index holds them (whole Latin tokens, Han bigrams), on the stored folded parts.
        const p = (value: unknown) => {
          params.push(value);
          return `$${params.length}`;
        };
        const title = searchPartSql('s', SCENARIO_SEARCH_PARTS.title);
        const unit = searchPartSql('s', SCENARIO_SEARCH_PARTS.unit);
        const score = terms.map((term) => `(CASE WHEN ${termHitSql(title, term, p)} THEN 10 ELSE 0 END + CASE WHEN ${termHitSql(unit, term, p)} THEN 4 ELSE 0 END)`).join(' + ');
        return { sql: `${score} DESC, length(s.title), coalesce(s.published_at, s.created_at) DESC, s.id`, joins: '' };
      }
      case 'newest':
        return { sql: `coalesce(s.published_at, s.created_at) DESC, s.id`, joins: '' };
      case 'deadline':
        return { sql: `s.deadline ASC NULLS LAST, s.id`, joins: '' };
      default:
        return {
          sql: `b.number DESC NULLS LAST, s.seq_no ASC NULLS LAST, coalesce(s.published_at, s.created_at) DESC, s.id`,
          joins: 'LEFT JOIN scenario_batches b ON b.id = s.batch_id',
        };
    }
  }

  // ── writes ───────────────────────────────────────────────────────────────

  async create(dto: CreateScenarioDto, actor: Actor, meta: RequestMeta): Promise<ScenarioView> {
    if (actor.role !== 'agency') throw new ForbiddenException('只有发榜单位可以发布场景');
    const id = await this.dataSource.transaction(async (manager) => {
      const fields = await this.resolveFields(manager, dto, null);
      const agencyName = await this.organisationName(manager, actor.organisationId);
      const repo = manager.getRepository(Scenario);
      const scenario = repo.create({
        ...fields,
        agencyId: actor.organisationId,
        coAgencyIds: [],
        status: 'draft',
        source: 'portal',
        createdBy: actor.userId,
      } as Partial<Scenario>);
      this.index(scenario, fields.domainName, [agencyName]);
      await this.saveUnique(manager, scenario);
      await recordStatusEvents(manager, 'scenario', scenario.id, null, 'draft', actor);
      await this.audit.record({ action: 'scenario.create', actor, entityType: 'scenario', entityId: scenario.id, meta, details: { title: scenario.title } }, manager);
      return scenario.id;
    });
    return this.get(id, actor);
  }

  async update(id: string, dto: UpdateScenarioDto, actor: Actor, meta: RequestMeta): Promise<ScenarioView> {
    await this.dataSource.transaction(async (manager) => {
      const scenario = await this.lockForOwner(manager, id, actor);
      const refusal = scenarioEditRefusal(scenario.status, dto.batchId !== undefined && dto.batchId !== scenario.batchId);
      if (refusal === 'locked') throw new ConflictException(`场景当前为“${SCENARIO_STATUS_LABELS[scenario.status]}”，不能修改`);
      if (refusal === 'batch-fixed') throw new ConflictException('已通过审核的场景不能更换榜单');
      const revisable = REVISABLE_SCENARIO_STATUSES.includes(scenario.status);
      const fields = await this.resolveFields(manager, dto, scenario);
      const before = { ...scenario };
      Object.assign(scenario, fields);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of REVISED_FIELDS) {
        if (JSON.stringify(before[field]) !== JSON.stringify(scenario[field])) changes[field] = { from: before[field], to: scenario[field] };
      }
      if (changes['deadline'] && scenario.bidsOpenedAt) throw new ConflictException('该场景已开标，不能再修改截止时间');
      if (!Object.keys(changes).length && before.batchId === scenario.batchId) return;
      const agencyNames = await this.agencyNames(manager, scenario);
      this.index(scenario, fields.domainName, agencyNames);
      if (revisable) {
        scenario.version += 1;
        await manager.query<unknown>(`INSERT INTO scenario_revisions (scenario_id, version, changed_by, changes) VALUES ($1, $2, $3, $4)`, [
          scenario.id,
          scenario.version,
          actor.userId,
          JSON.stringify(changes),
        ]);
      }
      await this.saveUnique(manager, scenario);
      if (scenario.status === 'published') await this.outbox.publish(manager, JobName.ScenarioChanged, { scenarioId: scenario.id });
      if (scenario.status === 'published' && changes['deadline']) await this.scheduleOpening(manager, scenario);
      await this.audit.record(
        { action: 'scenario.update', actor, entityType: 'scenario', entityId: id, meta, details: { fields: Object.keys(changes), version: scenario.version } },
        manager,
      );
    });
    return this.get(id, actor);
  }

  async transition(id: string, action: ScenarioAction, actor: Actor, meta: RequestMeta, reason?: string): Promise<ScenarioView> {
    await this.dataSource.transaction(async (manager) => {
      const scenario = await manager.getRepository(Scenario).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const row = scenario && { status: scenario.status, agency_id: scenario.agencyId };
      Access.requireVisible(!!row && canSee(actor, row), '场景');
      const s = scenario as Scenario;
      if (!mayActOnScenario(actor, row as ScenarioRow, action)) throw new ForbiddenException(isStaff(actor) || actor.role === 'agency' ? '无权执行该操作' : '无权操作该场景');
      if (!canTransition(action, s.status)) {
        throw new ConflictException(`场景当前为“${SCENARIO_STATUS_LABELS[s.status]}”，不能${ACTION_LABELS[action]}`);
      }
      const from = s.status;
      let to: ScenarioStatus;
      switch (action) {
        case 'submit':
          this.requireComplete(s);
          to = 'submitted';
          s.submittedAt = new Date();
          s.returnReason = null;
          break;
        case 'approve':
        case 'publish': {
          const batch = s.batchId ? await manager.getRepository(ScenarioBatch).findOneBy({ id: s.batchId }) : null;
          const target = publicationTarget(action, batch?.status);
          if (target === 'batch-closed') throw new ConflictException('该榜单已截止，不能再发布场景');
          to = target;
          if (to === 'published') s.publishedAt = new Date();
          break;
        }
        case 'return':
          if (!reason) throw FieldValidationException.single('reason', '退回时请填写原因');
          to = 'returned';
          s.returnReason = reason;
          break;
        case 'close':
          to = 'closed';
          s.closedAt = new Date();
          break;
        case 'cancel':
          to = 'cancelled';
          s.cancelReason = reason ?? null;
          break;
      }
      s.status = to;
      await manager.getRepository(Scenario).save(s);
      // The matching worker scores what opens and drops what closes.
      if (to === 'published') await this.outbox.publish(manager, JobName.ScenarioChanged, { scenarioId: s.id });
      if (from === 'published' && (to === 'closed' || to === 'cancelled')) await this.outbox.publish(manager, JobName.ScenarioClosed, { scenarioId: s.id });
      // The bids open at the deadline, or at once when the scenario stops taking them.
      if (to === 'published' || from === 'published') await this.scheduleOpening(manager, s);
      if (['returned', 'approved', 'published'].includes(to) && isStaff(actor)) {
        const titles: Record<string, string> = { returned: '场景被退回', approved: '场景已通过审核，待榜单发布', published: '场景已发布' };
        await this.notifications.notify(manager, { organisations: [s.agencyId] }, {
          kind: `scenario.${to}`,
          title: `${titles[to]}：${s.title}`,
          body: to === 'returned' ? `原因：${reason}` : '',
          link: `/scenarios/${s.id}`,
        });
      }
      await recordStatusEvents(manager, 'scenario', s.id, from, to, actor, reason ?? null);
      await this.audit.record(
        { action: `scenario.${action}`, actor, entityType: 'scenario', entityId: s.id, meta, details: { from, to, ...(reason ? { reason } : {}) } },
        manager,
      );
    });
    return this.get(id, actor);
  }

  // ── helpers ──────────────────────────────────────────────────────────────

  /** Announces the opening: at the deadline (the batch's closing day when it has none), or at once when the scenario stops taking bids. */
  private async scheduleOpening(manager: EntityManager, s: Scenario): Promise<void> {
    await scheduleBidOpening(this.outbox, manager, s.id);
  }

  private async row(manager: EntityManager, id: string): Promise<ScenarioRow | undefined> {
    const rows = await manager.query<ScenarioRow[]>(`SELECT ${SCENARIO_VIEW_SQL} ${SCENARIO_FROM_SQL} WHERE s.id = $1`, [id]);
    return rows[0];
  }

  private async view(row: ScenarioRow, actor: Actor | undefined): Promise<ScenarioView> {
    return toScenarioView(row, await this.capabilityNames(), actor);
  }

  private capabilityNames(): Promise<Map<string, string>> {
    return this.taxonomy.capabilityNames();
  }

  /** Locks the scenario for a write by its owning unit (staff may edit too). 404 if unseen, 403 if not theirs. */
  private async lockForOwner(manager: EntityManager, id: string, actor: Actor): Promise<Scenario> {
    const scenario = await manager.getRepository(Scenario).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    Access.requireVisible(!!scenario && canSee(actor, { status: scenario.status, agency_id: scenario.agencyId }), '场景');
    const s = scenario as Scenario;
    if (!isStaff(actor) && !isOwnUnit(actor, { agency_id: s.agencyId })) throw new ForbiddenException('只能修改本单位的场景');
    return s;
  }

  private requireComplete(s: Scenario): void {
    const errors: ApiFieldError[] = [];
    if (s.description.trim().length < 10) errors.push({ field: 'description', message: '提交审核前请填写场景描述（至少 10 字）' });
    if (s.deadline && s.deadline.getTime() <= Date.now()) {
      errors.push({ field: 'deadline', message: '截止时间已过，请修改后再提交' });
    }
    if (errors.length) throw new FieldValidationException(errors, '场景信息不完整，不能提交审核');
  }

  /** Checks and resolves the submitted fields (names to codes); throws one 400 listing every problem. */
  private async resolveFields(
    manager: EntityManager,
    dto: UpdateScenarioDto,
    current: Scenario | null,
  ): Promise<Partial<Scenario> & { domainName: string }> {
    const errors: ApiFieldError[] = [];
    const out: Partial<Scenario> = {};
    for (const key of ['title', 'description', 'painPoints', 'expectedOutcome', 'site', 'contactName', 'contactPhone', 'contactEmail'] as const) {
      if (dto[key] !== undefined) out[key] = dto[key] ?? '';
    }
    let domainName = '';
    const domainInput = dto.domain ?? null;
    if (domainInput !== null) {
      const domain = await this.taxonomy.domain(domainInput);
      if (domain) {
        out.domainCode = domain.code;
        domainName = domain.name;
      } else errors.push({ field: 'domain', message: `未知的应用领域：${domainInput}` });
    } else if (current) {
      domainName = (await this.taxonomy.domainByCode(current.domainCode))?.name ?? '';
    }
    if (dto.capabilities !== undefined) {
      const { codes, unknown } = await this.taxonomy.capabilities(dto.capabilities);
      if (unknown.length) errors.push({ field: 'capabilities', message: `未知的能力标签：${unknown.join('、')}` });
      out.capabilityCodes = codes;
    }
    if (dto.deadline !== undefined) out.deadline = dto.deadline === null ? null : parseDeadline(dto.deadline);
    if (dto.budgetMin !== undefined) out.budgetMin = dto.budgetMin;
    if (dto.budgetMax !== undefined) out.budgetMax = dto.budgetMax;
    const min = out.budgetMin !== undefined ? out.budgetMin : current?.budgetMin ?? null;
    const max = out.budgetMax !== undefined ? out.budgetMax : current?.budgetMax ?? null;
    if (min !== null && max !== null && min > max) errors.push({ field: 'budgetMax', message: '预算上限不能低于下限' });
    if (dto.batchId !== undefined) {
      if (dto.batchId) {
        const batch = await manager.getRepository(ScenarioBatch).findOneBy({ id: dto.batchId });
        if (!batch) errors.push({ field: 'batchId', message: '榜单不存在' });
        else if (batch.status === 'closed') errors.push({ field: 'batchId', message: '该榜单已截止' });
        else if (batch.closesOn && (out.deadline ?? current?.deadline) && (out.deadline ?? current?.deadline)!.getTime() > (parseDeadline(batch.closesOn) as Date).getTime()) {
          errors.push({ field: 'deadline', message: `截止时间不能晚于榜单截止时间（${batch.closesOn} 17:00）` });
        }
      }
      out.batchId = dto.batchId ?? null;
    }
    if (errors.length) throw new FieldValidationException(errors);
    return { ...out, domainName };
  }

  private index(s: Scenario, domainName: string, agencyNames: string[]): void {
    const doc = searchDocument({ ...s, domainName, agencyNames });
    s.searchText = doc.text;
    s.searchTokens = doc.tokens;
  }

  private async organisationName(manager: EntityManager, id: string): Promise<string> {
    return (await organisationNames(manager, [id])).get(id) ?? '';
  }

  private async agencyNames(manager: EntityManager, s: Scenario): Promise<string[]> {
    const ids = [...new Set([s.agencyId, ...s.coAgencyIds])];
    const names = await organisationNames(manager, ids);
    return ids.flatMap((id) => names.get(id) ?? []);
  }

  /** Saves; a second live scenario with the same unit, title and batch is a 409 on `title`. */
  private async saveUnique(manager: EntityManager, s: Scenario): Promise<void> {
    try {
      await manager.getRepository(Scenario).save(s);
    } catch (error) {
      if (isUniqueViolation(error, 'scenarios_natural_uq')) throw new FieldConflictException('title', '本单位在该榜单中已有同名场景');
      throw error;
    }
  }
}

const ACTION_LABELS: Record<ScenarioAction, string> = {
  submit: '提交审核',
  approve: '审核通过',
  publish: '发布',
  return: '退回',
  close: '截止',
  cancel: '撤销',
};
