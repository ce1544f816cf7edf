import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiFieldError, APPLICATION_STATUS_LABELS, chinaToday, ApplicationDeclarations, ApplicationStatus, ApplicationView, ConsortiumMemberState, formatBeijing, Page, ScenarioApplicationsPage } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, beijingIsoSql, EFFECTIVE_DEADLINE_SQL, FieldValidationException, isStaff, isUniqueViolation, pageOf, recordStatusEvents, RequestMeta } from '@scenematch/server-common';
import { randomUUID } from 'node:crypto';
import { NotificationsService } from '@scenematch/server-notifications';
import { COMPANY_PROFILES, isAssignedReviewer, ORGANISATIONS, PRODUCTS, SCENARIO_BATCHES, SCENARIOS } from '@scenematch/server-data';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicationDto, ApplicationQueryDto, UpdateApplicationDto } from './application.dto';
import { biddingClosed, biddingRefusal, eligibilityProblems, EligibilityFacts, factsNeeded, mayMove } from './application-rules';
import { ConsortiumService } from './consortium.service';
import { BidAccessFacts, canReadBid } from './sealing/bid-access';
import { BidOpeningService } from './sealing/bid-opening.service';
import { BidContents, BidSealer } from './sealing/bid-sealer';

interface ScenarioWindow {
  id: string;
  title: string;
  status: string;
  agency_id: string;
  agency_name: string;
  deadline: string | null;
  deadline_at: Date | null;
  opened: boolean;
  batch_id: string | null;
  opens_on: string | null;
  max_applications_per_company: number | null;
  required_certifications: string[] | null;
  exclude_previous_winners: boolean | null;
}

interface ApplicationRow {
  id: string;
  scenario_id: string;
  scenario_title: string;
  scenario_agency_id: string;
  scenario_agency: string;
  scenario_status: string;
  deadline: string | null;
  deadline_at: Date | null;
  opened: boolean;
  organisation_id: string;
  company_name: string;
  member_ids: string[];
  members: Array<{ id: string; name: string; state: ConsortiumMemberState }>;
  proposal: string | null;
  product_ids: string[];
  products: Array<{ id: string; name: string }>;
  files: Array<{ id: string; filename: string; size: number }>;
  quote: string | null;
  duration_days: number | null;
  team: string;
  declarations: ApplicationDeclarations;
  /** The encrypted contents while the scenario's bids are sealed. */
  sealed: Buffer | null;
  status: ApplicationStatus;
  reject_reason: string | null;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const WINDOW_SQL = `
  SELECT s.id, s.title, s.status, s.agency_id, o.name AS agency_name,
         ${beijingIsoSql(EFFECTIVE_DEADLINE_SQL)} AS deadline, ${EFFECTIVE_DEADLINE_SQL} AS deadline_at, s.bids_opened_at IS NOT NULL AS opened,
         s.batch_id, to_char(b.opens_on, 'YYYY-MM-DD') AS opens_on,
         b.max_applications_per_company, b.required_certifications, b.exclude_previous_winners
    FROM ${SCENARIOS} s JOIN ${ORGANISATIONS} o ON o.id = s.agency_id LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id`;

const APPLICATION_SQL = `
  SELECT a.id, a.scenario_id, s.title AS scenario_title, s.agency_id AS scenario_agency_id, ag.name AS scenario_agency, s.status AS scenario_status,
         ${beijingIsoSql(EFFECTIVE_DEADLINE_SQL)} AS deadline, ${EFFECTIVE_DEADLINE_SQL} AS deadline_at, s.bids_opened_at IS NOT NULL AS opened,
         a.organisation_id, c.name AS company_name, a.member_ids,
         coalesce((SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'state', coalesce(cm.status, 'invited')) ORDER BY array_position(a.member_ids, m.id))
                     FROM ${ORGANISATIONS} m LEFT JOIN consortium_members cm ON cm.application_id = a.id AND cm.organisation_id = m.id
                    WHERE m.id = ANY(a.member_ids)), '[]'::json) AS members,
         a.proposal, a.product_ids,
         coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY array_position(a.product_ids, p.id)) FROM ${PRODUCTS} p WHERE p.id = ANY(a.product_ids)), '[]'::json) AS products,
         coalesce((SELECT json_agg(json_build_object('id', f.id, 'filename', f.filename, 'size', f.size) ORDER BY f.created_at)
                     FROM application_files f WHERE f.application_id = a.id), '[]'::json) AS files,
         a.quote, a.duration_days, a.team, a.declarations, a.sealed, a.status, a.reject_reason, a.submitted_at, a.created_at, a.updated_at
    FROM applications a
    JOIN ${SCENARIOS} s ON s.id = a.scenario_id
    JOIN ${ORGANISATIONS} ag ON ag.id = s.agency_id
    JOIN ${ORGANISATIONS} c ON c.id = a.organisation_id
    LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id`;

function accessFacts(row: ApplicationRow): BidAccessFacts {
  return { organisationId: row.organisation_id, memberIds: row.member_ids, status: row.status, scenarioAgencyId: row.scenario_agency_id, opened: row.opened };
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly consortia: ConsortiumService,
    private readonly sealer: BidSealer,
    private readonly opening: BidOpeningService,
  ) {}

  async create(scenarioId: string, dto: ApplicationDto, actor: Actor, meta: RequestMeta): Promise<ApplicationView> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('只有企业可以揭榜申报');
    const id = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.window(manager, scenarioId);
      this.requireOpen(scenario);
      await this.checkReferences(manager, dto, actor);
      await this.consortia.assertMayLead(manager, scenarioId, actor.organisationId);
      // Sealed from the first save: the readable columns stay empty until the opening.
      const applicationId = randomUUID();
      const key = (await this.sealer.dataKey(manager, scenarioId)) as Buffer;
      const sealed = this.sealer.sealContents(key, applicationId, {
        proposal: dto.proposal,
        quote: dto.quote,
        durationDays: dto.durationDays,
        team: dto.team ?? '',
        declarations: dto.declarations ?? {},
        productIds: dto.productIds ?? [],
      });
      try {
        const rows = await manager.query<Array<{ id: string }>>(
          `INSERT INTO applications (id, scenario_id, organisation_id, member_ids, proposal, product_ids, quote, duration_days, team, declarations, sealed, created_by)
           VALUES ($1, $2, $3, $4, NULL, '{}', NULL, NULL, '', '{}', $5, $6) RETURNING id`,
          [applicationId, scenarioId, actor.organisationId, dto.memberIds ?? [], sealed, actor.userId],
        );
        await this.consortia.syncMembers(manager, rows[0].id, dto.memberIds ?? [], actor, meta);
        await recordStatusEvents(manager, 'application', rows[0].id, null, 'draft', actor);
        // No scenario in the details: the audit trail must not tell staff who bids where before the opening.
        await this.audit.record({ action: 'application.create', actor, entityType: 'application', entityId: rows[0].id, meta }, manager);
        return rows[0].id;
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ConflictException('本企业已申报该场景，每个场景只能申报一次');
        }
        throw error;
      }
    });
    return this.get(id, actor);
  }

  async update(id: string, dto: UpdateApplicationDto, actor: Actor, meta: RequestMeta): Promise<ApplicationView> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockEditable(manager, id, actor);
      this.requireOpen(await this.window(manager, row.scenario_id));
      await this.checkReferences(manager, { ...dto, productIds: dto.productIds, memberIds: dto.memberIds } as ApplicationDto, actor);
      if (dto.memberIds) await this.consortia.syncMembers(manager, id, dto.memberIds, actor, meta);
      const current = contentsOf(row);
      const key = (await this.sealer.dataKey(manager, row.scenario_id)) as Buffer;
      const sealed = this.sealer.sealContents(key, id, {
        proposal: dto.proposal ?? current.proposal,
        quote: dto.quote ?? current.quote,
        durationDays: dto.durationDays ?? current.durationDays,
        team: dto.team ?? current.team,
        declarations: dto.declarations ?? current.declarations,
        productIds: dto.productIds ?? current.productIds,
      });
      await manager.query<unknown>(
        `UPDATE applications SET sealed = $2, proposal = NULL, product_ids = '{}', quote = NULL, duration_days = NULL, team = '', declarations = '{}',
                member_ids = coalesce($3, member_ids), updated_at = now()
          WHERE id = $1`,
        [id, sealed, dto.memberIds ?? null],
      );
      await this.audit.record({ action: 'application.update', actor, entityType: 'application', entityId: id, meta, details: { fields: Object.keys(dto) } }, manager);
    });
    return this.get(id, actor);
  }

  /** Submits: the batch's eligibility rules are checked now, each failure with its reason. */
  async submit(id: string, actor: Actor, meta: RequestMeta): Promise<ApplicationView> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwn(manager, id, actor);
      if (!mayMove('submit', row.status)) throw new ConflictException(`申报当前为“${APPLICATION_STATUS_LABELS[row.status]}”，不能提交`);
      const scenario = await this.window(manager, row.scenario_id);
      this.requireOpen(scenario);
      const problems = await this.eligibility(manager, scenario, actor.organisationId, id);
      if (problems.length) throw new FieldValidationException(problems.map((message) => ({ field: 'eligibility', message })), '不符合本批次的申报条件');
      await this.consortia.assertAllAccepted(manager, id);
      if (!row.declarations['truthful']) {
        throw FieldValidationException.single('declarations.truthful', '提交前请承诺所填信息真实有效');
      }
      await manager.query<unknown>(`UPDATE applications SET status = 'submitted', submitted_at = now(), updated_at = now() WHERE id = $1`, [id]);
      await recordStatusEvents(manager, 'application', id, 'draft', 'submitted', actor);
      await this.notifications.notify(manager, { organisations: [row.organisation_id, ...row.member_ids] }, {
        kind: 'application.submitted',
        title: `已提交申报：${row.scenario_title}`,
        body: '申报截止前可修改或撤回。',
        link: `/me/applications`,
      });
      await this.audit.record({ action: 'application.submit', actor, entityType: 'application', entityId: id, meta }, manager);
    });
    return this.get(id, actor);
  }

  async withdraw(id: string, actor: Actor, meta: RequestMeta): Promise<ApplicationView> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwn(manager, id, actor);
      if (!mayMove('withdraw', row.status)) throw new ConflictException(`申报当前为“${APPLICATION_STATUS_LABELS[row.status]}”，不能撤回`);
      if (biddingClosed(row.deadline_at, row.scenario_status)) throw new ConflictException(`申报已于 ${formatBeijing(row.deadline_at)} 截止，不能撤回`);
      await manager.query<unknown>(`UPDATE applications SET status = 'withdrawn', withdrawn_at = now(), updated_at = now() WHERE id = $1`, [id]);
      await recordStatusEvents(manager, 'application', id, row.status, 'withdrawn', actor);
      await this.audit.record({ action: 'application.withdraw', actor, entityType: 'application', entityId: id, meta }, manager);
    });
    return this.get(id, actor);
  }

  /** Form check (形式审查) by the organiser, once applications have closed. */
  async formCheck(id: string, outcome: 'shortlisted' | 'rejected', actor: Actor, meta: RequestMeta, reason?: string): Promise<ApplicationView> {
    await this.openIfDueFor(id);
    await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<ApplicationRow[]>(`${APPLICATION_SQL} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
      const row = rows[0];
      Access.requireVisible(!!row && canReadBid(actor, accessFacts(row)), '申报');
      if (!isStaff(actor)) throw new ForbiddenException('只有服务中心可以进行形式审查');
      if (!mayMove('formCheck', row.status)) throw new ConflictException(`申报当前为“${APPLICATION_STATUS_LABELS[row.status]}”，不能进行形式审查`);
      if (!row.opened) throw new ConflictException('开标前不能进行形式审查');
      await manager.query<unknown>(`UPDATE applications SET status = $2, reject_reason = $3, updated_at = now() WHERE id = $1`, [id, outcome, outcome === 'rejected' ? reason : null]);
      await recordStatusEvents(manager, 'application', id, 'submitted', outcome, actor, reason ?? null);
      await this.notifications.notify(manager, { organisations: [row.organisation_id, ...row.member_ids] }, {
        kind: `application.${outcome}`,
        title: outcome === 'shortlisted' ? `通过形式审查：${row.scenario_title}` : `未通过形式审查：${row.scenario_title}`,
        body: outcome === 'shortlisted' ? '申报将进入专家评审。' : `原因：${reason}`,
        link: `/me/applications`,
      });
      await this.audit.record({ action: `application.${outcome === 'shortlisted' ? 'shortlist' : 'reject'}`, actor, entityType: 'application', entityId: id, meta, details: reason ? { reason } : {} }, manager);
    });
    return this.get(id, actor);
  }

  async get(id: string, actor: Actor | undefined): Promise<ApplicationView> {
    const row = await this.readable(id, actor);
    return toView(await this.hydrate(this.dataSource.manager, row));
  }

  /** The application row if the actor may read it (404 otherwise); opens the bids first if they are due. */
  async readable(id: string, actor: Actor | undefined): Promise<ApplicationRow> {
    let rows = await this.dataSource.query<ApplicationRow[]>(`${APPLICATION_SQL} WHERE a.id = $1`, [id]);
    if (rows[0] && !rows[0].opened && biddingClosed(rows[0].deadline_at, rows[0].scenario_status)) {
      // The opening job may be a moment late: nobody waits for it, and nobody reads early.
      await this.opening.openIfDue(rows[0].scenario_id);
      rows = await this.dataSource.query<ApplicationRow[]>(`${APPLICATION_SQL} WHERE a.id = $1`, [id]);
    }
    const assigned = actor?.role === 'expert' && (await this.isAssigned(id, actor.userId));
    Access.requireVisible(!!rows[0] && canReadBid(actor, accessFacts(rows[0]), assigned), '申报');
    return rows[0];
  }

  /** The sealed contents, for the company that may read them (callers have checked access). */
  async hydrate(manager: EntityManager, row: ApplicationRow): Promise<ApplicationRow> {
    if (!row.sealed) return row;
    const key = await this.sealer.dataKey(manager, row.scenario_id, false);
    if (!key) {
      // Opened (and its key destroyed) between our read and now: the contents are plain now.
      const fresh = await manager.query<ApplicationRow[]>(`${APPLICATION_SQL} WHERE a.id = $1`, [row.id]);
      if (fresh[0] && !fresh[0].sealed) return fresh[0];
      throw new Error(`Application ${row.id} is sealed but its scenario has no data key`);
    }
    const c: BidContents = this.sealer.unsealContents(key, row.id, row.sealed);
    const products = c.productIds.length
      ? await manager.query<Array<{ id: string; name: string }>>(`SELECT id, name FROM ${PRODUCTS} p WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`, [c.productIds])
      : [];
    return {
      ...row,
      proposal: c.proposal,
      quote: String(c.quote),
      duration_days: c.durationDays,
      team: c.team,
      declarations: c.declarations,
      product_ids: c.productIds,
      products,
    };
  }

  private async openIfDueFor(applicationId: string): Promise<void> {
    const rows = await this.dataSource.query<Array<{ scenario_id: string }>>(`SELECT scenario_id FROM applications WHERE id = $1`, [applicationId]);
    if (rows[0]) await this.opening.openIfDue(rows[0].scenario_id);
  }

  /** An expert assigned to the application and not recused. */
  async isAssigned(applicationId: string, expertUserId: string): Promise<boolean> {
    return isAssignedReviewer(this.dataSource.manager, applicationId, expertUserId);
  }

  async mine(actor: Actor, query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('只有企业有“我的申报”');
    const params: unknown[] = [actor.organisationId];
    let where = `(a.organisation_id = $1 OR ($1 = ANY(a.member_ids) AND a.status <> 'draft'))`;
    if (query.status?.length) {
      params.push(query.status);
      where += ` AND a.status = ANY($${params.length})`;
    }
    return this.page(where, params, query);
  }

  /**
   * A scenario's applications for staff and its agency: before the opening only how many
   * there are and when they open (no bidder, no content); after it, the bids.
   */
  async forScenario(scenarioId: string, actor: Actor, query: ApplicationQueryDto): Promise<ScenarioApplicationsPage> {
    let scenario = await this.window(this.dataSource.manager, scenarioId);
    const ownAgency = actor.role === 'agency' && actor.organisationId === scenario.agency_id;
    if (!isStaff(actor) && !ownAgency) {
      Access.requireVisible(scenario.status === 'published' || scenario.status === 'closed', '场景');
      throw new ForbiddenException('只有发榜单位和服务中心可以查看申报');
    }
    if (!scenario.opened && biddingClosed(scenario.deadline_at, scenario.status)) {
      await this.opening.openIfDue(scenarioId);
      scenario = await this.window(this.dataSource.manager, scenarioId);
    }
    if (!scenario.opened) {
      const counted = await this.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM applications WHERE scenario_id = $1 AND status NOT IN ('draft', 'withdrawn')`,
        [scenarioId],
      );
      return { items: [], total: 0, page: query.page, pageSize: query.pageSize, sealed: { count: counted[0].n, opensAt: scenario.deadline } };
    }
    const params: unknown[] = [scenarioId];
    let where = `a.scenario_id = $1 AND a.status <> 'draft'`;
    if (query.status?.length) {
      params.push(query.status);
      where += ` AND a.status = ANY($${params.length})`;
    }
    return { ...(await this.page(where, params, query)), sealed: null };
  }

  private async page(where: string, params: unknown[], query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    const counted = await this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM applications a WHERE ${where}`, params);
    const rows = await this.dataSource.query<ApplicationRow[]>(
      `${APPLICATION_SQL} WHERE ${where} ORDER BY a.updated_at DESC, a.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const views: ApplicationView[] = [];
    for (const row of rows) views.push(toView(await this.hydrate(this.dataSource.manager, row)));
    return pageOf(views, Number(counted[0].n), query);
  }

  private async window(manager: EntityManager, scenarioId: string): Promise<ScenarioWindow> {
    const rows = await manager.query<ScenarioWindow[]>(`${WINDOW_SQL} WHERE s.id = $1`, [scenarioId]);
    Access.requireVisible(!!rows[0] && ['published', 'closed', 'evaluating', 'awarded', 'piloting', 'accepted'].includes(rows[0].status), '场景');
    return rows[0];
  }

  /** Bids are taken until the deadline: at the deadline's very second, and after it, they are refused. */
  private requireOpen(s: ScenarioWindow): void {
    const refusal = biddingRefusal({ status: s.status, deadlineAt: s.deadline_at, opened: s.opened, opensOn: s.opens_on }, chinaToday());
    if (refusal === 'not_published') throw new ConflictException('该场景已截止申报');
    if (refusal === 'deadline_passed') throw new ConflictException(`申报已于 ${formatBeijing(s.deadline_at)}（北京时间）截止，不再接受申报或修改`);
    if (refusal === 'opened') throw new ConflictException('该场景已开标，不再接受申报');
    if (refusal === 'not_yet_open') throw new ConflictException(`申报将于 ${s.opens_on} 开始`);
  }

  private async checkReferences(manager: EntityManager, dto: Partial<ApplicationDto>, actor: Actor): Promise<void> {
    const errors: ApiFieldError[] = [];
    if (dto.productIds?.length) {
      const own = await manager.query<Array<{ id: string }>>(
        `SELECT id FROM ${PRODUCTS} p WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND status = 'listed'`,
        [dto.productIds, actor.organisationId],
      );
      if (own.length !== new Set(dto.productIds).size) errors.push({ field: 'productIds', message: '只能引用本企业已入库的产品' });
    }
    if (dto.memberIds?.length) {
      if (dto.memberIds.includes(actor.organisationId)) errors.push({ field: 'memberIds', message: '牵头单位不能同时作为联合体成员' });
      const members = await manager.query<Array<{ id: string }>>(`SELECT id FROM ${ORGANISATIONS} o WHERE id = ANY($1::uuid[]) AND type = 'enterprise'`, [dto.memberIds]);
      if (members.length !== new Set(dto.memberIds).size) errors.push({ field: 'memberIds', message: '联合体成员应为已注册的企业' });
    }
    if (errors.length) throw new FieldValidationException(errors);
  }

  /** Looks up only the facts the batch's rules ask for, then applies the rules (eligibilityProblems). */
  private async eligibility(manager: EntityManager, s: ScenarioWindow, organisationId: string, applicationId: string): Promise<string[]> {
    const rules = { batchId: s.batch_id, maxApplicationsPerCompany: s.max_applications_per_company, requiredCertifications: s.required_certifications, excludePreviousWinners: s.exclude_previous_winners };
    const needed = factsNeeded(rules);
    const facts: EligibilityFacts = {};
    if (needed.batchCount) {
      const counted = await manager.query<Array<{ n: string }>>(
        `SELECT count(*) AS n FROM applications a JOIN ${SCENARIOS} x ON x.id = a.scenario_id
          WHERE x.batch_id = $1 AND a.organisation_id = $2 AND a.id <> $3 AND a.status NOT IN ('draft', 'withdrawn')`,
        [s.batch_id, organisationId, applicationId],
      );
      facts.otherApplicationsInBatch = Number(counted[0].n);
    }
    if (needed.certifications) {
      const held = await manager.query<Array<{ kind: string }>>(
        `SELECT x->>'kind' AS kind FROM ${COMPANY_PROFILES} cp, jsonb_array_elements(cp.certifications) x
          WHERE cp.organisation_id = $1 AND (x->>'validUntil' IS NULL OR (x->>'validUntil')::date >= current_date)`,
        [organisationId],
      );
      facts.validCertifications = new Set(held.map((h) => h.kind));
    }
    if (needed.previousWins) {
      const won = await manager.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM applications WHERE organisation_id = $1 AND status = 'selected'`, [organisationId]);
      facts.previousWins = Number(won[0].n);
    }
    return eligibilityProblems(rules, facts);
  }

  /** Locks an application its company may still change (draft or submitted, before the deadline). */
  async lockEditable(manager: EntityManager, id: string, actor: Actor): Promise<ApplicationRow> {
    const row = await this.lockOwn(manager, id, actor);
    if (!mayMove('edit', row.status)) throw new ConflictException(`申报当前为“${APPLICATION_STATUS_LABELS[row.status]}”，不能修改`);
    if (biddingClosed(row.deadline_at, row.scenario_status)) throw new ConflictException(`申报已于 ${formatBeijing(row.deadline_at)}（北京时间）截止，不能修改`);
    return row;
  }

  private async lockOwn(manager: EntityManager, id: string, actor: Actor): Promise<ApplicationRow> {
    const rows = await manager.query<ApplicationRow[]>(`${APPLICATION_SQL} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
    Access.requireVisible(!!rows[0] && canReadBid(actor, accessFacts(rows[0])), '申报');
    if (actor.role !== 'enterprise' || actor.organisationId !== rows[0].organisation_id) throw new ForbiddenException('只有牵头企业可以修改申报');
    return this.hydrate(manager, rows[0]);
  }
}

function contentsOf(r: ApplicationRow): BidContents {
  return {
    proposal: r.proposal ?? '',
    quote: Number(r.quote ?? 0),
    durationDays: r.duration_days ?? 0,
    team: r.team,
    declarations: r.declarations,
    productIds: r.product_ids,
  };
}

function toView(r: ApplicationRow): ApplicationView {
  return {
    id: r.id,
    scenario: { id: r.scenario_id, title: r.scenario_title, agency: r.scenario_agency, deadline: r.deadline },
    company: { id: r.organisation_id, name: r.company_name },
    members: r.members,
    proposal: r.proposal ?? '',
    products: r.products,
    files: r.files.map((f) => ({ ...f, url: `/api/applications/${r.id}/files/${f.id}` })),
    quote: Number(r.quote ?? 0),
    durationDays: r.duration_days ?? 0,
    team: r.team,
    declarations: r.declarations,
    status: r.status,
    rejectReason: r.reject_reason,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
