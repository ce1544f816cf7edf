import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiFieldError, APPLICATION_STATUS_LABELS, chinaToday, ApplicationStatus, ApplicationView, ConsortiumMemberState, Page } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Access, Actor, FieldValidationException, isStaff, isUniqueViolation, pageOf, recordStatusEvents, RequestMeta } from '@scenematch/server-common';
import { NotificationsService } from '@scenematch/server-notifications';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicationDto, ApplicationQueryDto, UpdateApplicationDto } from './application.dto';
import { ConsortiumService } from './consortium.service';

interface ScenarioWindow {
  id: string;
  title: string;
  status: string;
  agency_id: string;
  agency_name: string;
  deadline: string | null;
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
  organisation_id: string;
  company_name: string;
  member_ids: string[];
  members: Array<{ id: string; name: string; state: ConsortiumMemberState }>;
  proposal: string;
  products: Array<{ id: string; name: string }>;
  files: Array<{ id: string; filename: string; size: number }>;
  quote: string;
  duration_days: number;
  team: string;
  declarations: Record<string, boolean>;
  status: ApplicationStatus;
  reject_reason: string | null;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const WINDOW_SQL = `
  SELECT s.id, s.title, s.status, s.agency_id, o.name AS agency_name,
         to_char(coalesce(s.deadline, b.closes_on), 'YYYY-MM-DD') AS deadline, s.batch_id, to_char(b.opens_on, 'YYYY-MM-DD') AS opens_on,
         b.max_applications_per_company, b.required_certifications, b.exclude_previous_winners
    FROM scenarios s JOIN organisations o ON o.id = s.agency_id LEFT JOIN scenario_batches b ON b.id = s.batch_id`;

const APPLICATION_SQL = `
  SELECT a.id, a.scenario_id, s.title AS scenario_title, s.agency_id AS scenario_agency_id, ag.name AS scenario_agency, s.status AS scenario_status,
         to_char(coalesce(s.deadline, b.closes_on), 'YYYY-MM-DD') AS deadline,
         a.organisation_id, c.name AS company_name, a.member_ids,
         coalesce((SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'state', coalesce(cm.status, 'invited')) ORDER BY array_position(a.member_ids, m.id))
                     FROM organisations m LEFT JOIN consortium_members cm ON cm.application_id = a.id AND cm.organisation_id = m.id
                    WHERE m.id = ANY(a.member_ids)), '[]'::json) AS members,
         a.proposal,
         coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY array_position(a.product_ids, p.id)) FROM products p WHERE p.id = ANY(a.product_ids)), '[]'::json) AS products,
         coalesce((SELECT json_agg(json_build_object('id', f.id, 'filename', f.filename, 'size', f.size) ORDER BY f.created_at)
                     FROM application_files f WHERE f.application_id = a.id), '[]'::json) AS files,
         a.quote, a.duration_days, a.team, a.declarations, a.status, a.reject_reason, a.submitted_at, a.created_at, a.updated_at
    FROM applications a
    JOIN scenarios s ON s.id = a.scenario_id
    JOIN organisations ag ON ag.id = s.agency_id
    JOIN organisations c ON c.id = a.organisation_id
    LEFT JOIN scenario_batches b ON b.id = s.batch_id`;

/** Applications are sealed: who may read one, by role and relation (experts come with reviews). */
export function canReadApplication(
  actor: Actor | undefined,
  row: Pick<ApplicationRow, 'organisation_id' | 'member_ids' | 'status' | 'scenario_agency_id' | 'deadline' | 'scenario_status'>,
  assignedExpert = false,
): boolean {
  if (!actor) return false;
  if (actor.role === 'enterprise' && actor.organisationId === row.organisation_id) return true;
  if (row.status === 'draft') return false;
  if (actor.role === 'expert') return assignedExpert;
  if (actor.role === 'enterprise' && row.member_ids.includes(actor.organisationId)) return true;
  if (isStaff(actor)) return true;
  if (actor.role === 'agency' && actor.organisationId === row.scenario_agency_id) return deadlinePassed(row.deadline, row.scenario_status);
  return false;
}

/** Applications close at the deadline, or when the scenario stops being published. */
export function deadlinePassed(deadline: string | null, scenarioStatus: string): boolean {
  if (scenarioStatus !== 'published') return true;
  return deadline !== null && chinaToday() > deadline;
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly consortia: ConsortiumService,
  ) {}

  async create(scenarioId: string, dto: ApplicationDto, actor: Actor, meta: RequestMeta): Promise<ApplicationView> {
    if (actor.role !== 'enterprise') throw new ForbiddenException('只有企业可以揭榜申报');
    const id = await this.dataSource.transaction(async (manager) => {
      const scenario = await this.window(manager, scenarioId);
      this.requireOpen(scenario);
      await this.checkReferences(manager, dto, actor);
      await this.consortia.assertMayLead(manager, scenarioId, actor.organisationId);
      try {
        const rows: Array<{ id: string }> = await manager.query(
          `INSERT INTO applications (scenario_id, organisation_id, member_ids, proposal, product_ids, quote, duration_days, team, declarations, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [scenarioId, actor.organisationId, dto.memberIds ?? [], dto.proposal, dto.productIds ?? [], dto.quote, dto.durationDays, dto.team ?? '', JSON.stringify(dto.declarations ?? {}), actor.userId],
        );
        await this.consortia.syncMembers(manager, rows[0].id, dto.memberIds ?? [], actor, meta);
        await recordStatusEvents(manager, 'application', rows[0].id, null, 'draft', actor);
        await this.audit.record({ action: 'application.create', actor, entityType: 'application', entityId: rows[0].id, meta, details: { scenarioId } }, manager);
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
      await manager.query(
        `UPDATE applications SET proposal = coalesce($2, proposal), product_ids = coalesce($3, product_ids), quote = coalesce($4, quote),
                duration_days = coalesce($5, duration_days), team = coalesce($6, team), member_ids = coalesce($7, member_ids),
                declarations = coalesce($8, declarations), updated_at = now()
          WHERE id = $1`,
        [id, dto.proposal ?? null, dto.productIds ?? null, dto.quote ?? null, dto.durationDays ?? null, dto.team ?? null, dto.memberIds ?? null,
         dto.declarations ? JSON.stringify(dto.declarations) : null],
      );
      await this.audit.record({ action: 'application.update', actor, entityType: 'application', entityId: id, meta, details: { fields: Object.keys(dto) } }, manager);
    });
    return this.get(id, actor);
  }

  /** Submits: the batch's eligibility rules are checked now, each failure with its reason. */
  async submit(id: string, actor: Actor, meta: RequestMeta): Promise<ApplicationView> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockOwn(manager, id, actor);
      if (row.status !== 'draft') throw new ConflictException(`申报当前为“${APPLICATION_STATUS_LABELS[row.status]}”，不能提交`);
      const scenario = await this.window(manager, row.scenario_id);
      this.requireOpen(scenario);
      const problems = await this.eligibility(manager, scenario, actor.organisationId, id);
      if (problems.length) throw new FieldValidationException(problems.map((message) => ({ field: 'eligibility', message })), '不符合本批次的申报条件');
      await this.consortia.assertAllAccepted(manager, id);
      if (!row.declarations['truthful']) {
        throw FieldValidationException.single('declarations.truthful', '提交前请承诺所填信息真实有效');
      }
      await manager.query(`UPDATE applications SET status = 'submitted', submitted_at = now(), updated_at = now() WHERE id = $1`, [id]);
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
      if (row.status !== 'submitted' && row.status !== 'draft') throw new ConflictException(`申报当前为“${APPLICATION_STATUS_LABELS[row.status]}”，不能撤回`);
      if (deadlinePassed(row.deadline, row.scenario_status)) throw new ConflictException('申报已截止，不能撤回');
      await manager.query(`UPDATE applications SET status = 'withdrawn', withdrawn_at = now(), updated_at = now() WHERE id = $1`, [id]);
      await recordStatusEvents(manager, 'application', id, row.status, 'withdrawn', actor);
      await this.audit.record({ action: 'application.withdraw', actor, entityType: 'application', entityId: id, meta }, manager);
    });
    return this.get(id, actor);
  }

  /** Form check (形式审查) by the organiser, once applications have closed. */
  async formCheck(id: string, outcome: 'shortlisted' | 'rejected', actor: Actor, meta: RequestMeta, reason?: string): Promise<ApplicationView> {
    await this.dataSource.transaction(async (manager) => {
      const rows: ApplicationRow[] = await manager.query(`${APPLICATION_SQL} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
      const row = rows[0];
      Access.requireVisible(!!row && canReadApplication(actor, row), '申报');
      if (!isStaff(actor)) throw new ForbiddenException('只有服务中心可以进行形式审查');
      if (row.status !== 'submitted') throw new ConflictException(`申报当前为“${APPLICATION_STATUS_LABELS[row.status]}”，不能进行形式审查`);
      if (!deadlinePassed(row.deadline, row.scenario_status)) throw new ConflictException('申报截止前不能进行形式审查');
      await manager.query(`UPDATE applications SET status = $2, reject_reason = $3, updated_at = now() WHERE id = $1`, [id, outcome, outcome === 'rejected' ? reason : null]);
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
    const rows: ApplicationRow[] = await this.dataSource.query(`${APPLICATION_SQL} WHERE a.id = $1`, [id]);
    const assigned = actor?.role === 'expert' && (await this.isAssigned(id, actor.userId));
    Access.requireVisible(!!rows[0] && canReadApplication(actor, rows[0], assigned), '申报');
    return toView(rows[0]);
  }

  /** An expert assigned to the application and not recused. */
  async isAssigned(applicationId: string, expertUserId: string): Promise<boolean> {
    const rows: Array<{ recused: boolean }> = await this.dataSource.query(
      `SELECT recused FROM review_assignments WHERE application_id = $1 AND expert_user_id = $2`,
      [applicationId, expertUserId],
    );
    return !!rows[0] && !rows[0].recused;
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

  /** A scenario's applications: organisers always; its agency only after the deadline. */
  async forScenario(scenarioId: string, actor: Actor, query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    const scenario = await this.window(this.dataSource.manager, scenarioId);
    const ownAgency = actor.role === 'agency' && actor.organisationId === scenario.agency_id;
    if (!isStaff(actor) && !ownAgency) {
      Access.requireVisible(scenario.status === 'published' || scenario.status === 'closed', '场景');
      throw new ForbiddenException('只有发榜单位和服务中心可以查看申报');
    }
    if (ownAgency && !deadlinePassed(scenario.deadline, scenario.status)) throw new ForbiddenException('申报截止后，发榜单位才能查看申报材料');
    const params: unknown[] = [scenarioId];
    let where = `a.scenario_id = $1 AND a.status <> 'draft'`;
    if (query.status?.length) {
      params.push(query.status);
      where += ` AND a.status = ANY($${params.length})`;
    }
    return this.page(where, params, query);
  }

  private async page(where: string, params: unknown[], query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    const counted: Array<{ n: string }> = await this.dataSource.query(`SELECT count(*) AS n FROM applications a WHERE ${where}`, params);
    const rows: ApplicationRow[] = await this.dataSource.query(
      `${APPLICATION_SQL} WHERE ${where} ORDER BY a.updated_at DESC, a.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return pageOf(rows.map(toView), Number(counted[0].n), query);
  }

  private async window(manager: EntityManager, scenarioId: string): Promise<ScenarioWindow> {
    const rows: ScenarioWindow[] = await manager.query(`${WINDOW_SQL} WHERE s.id = $1`, [scenarioId]);
    Access.requireVisible(!!rows[0] && ['published', 'closed', 'evaluating', 'awarded', 'piloting', 'accepted'].includes(rows[0].status), '场景');
    return rows[0];
  }

  private requireOpen(s: ScenarioWindow): void {
    if (s.status !== 'published') throw new ConflictException('该场景已截止申报');
    const today = chinaToday();
    if (s.deadline && today > s.deadline) throw new ConflictException(`申报已于 ${s.deadline} 截止`);
    if (s.opens_on && today < s.opens_on) throw new ConflictException(`申报将于 ${s.opens_on} 开始`);
  }

  private async checkReferences(manager: EntityManager, dto: Partial<ApplicationDto>, actor: Actor): Promise<void> {
    const errors: ApiFieldError[] = [];
    if (dto.productIds?.length) {
      const own: Array<{ id: string }> = await manager.query(
        `SELECT id FROM products WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND status = 'listed'`,
        [dto.productIds, actor.organisationId],
      );
      if (own.length !== new Set(dto.productIds).size) errors.push({ field: 'productIds', message: '只能引用本企业已入库的产品' });
    }
    if (dto.memberIds?.length) {
      if (dto.memberIds.includes(actor.organisationId)) errors.push({ field: 'memberIds', message: '牵头单位不能同时作为联合体成员' });
      const members: Array<{ id: string }> = await manager.query(`SELECT id FROM organisations WHERE id = ANY($1::uuid[]) AND type = 'enterprise'`, [dto.memberIds]);
      if (members.length !== new Set(dto.memberIds).size) errors.push({ field: 'memberIds', message: '联合体成员应为已注册的企业' });
    }
    if (errors.length) throw new FieldValidationException(errors);
  }

  private async eligibility(manager: EntityManager, s: ScenarioWindow, organisationId: string, applicationId: string): Promise<string[]> {
    const problems: string[] = [];
    if (s.batch_id && s.max_applications_per_company) {
      const counted: Array<{ n: string }> = await manager.query(
        `SELECT count(*) AS n FROM applications a JOIN scenarios x ON x.id = a.scenario_id
          WHERE x.batch_id = $1 AND a.organisation_id = $2 AND a.id <> $3 AND a.status NOT IN ('draft', 'withdrawn')`,
        [s.batch_id, organisationId, applicationId],
      );
      if (Number(counted[0].n) >= s.max_applications_per_company) problems.push(`本批次每家企业最多申报 ${s.max_applications_per_company} 个场景`);
    }
    if (s.required_certifications?.length) {
      const held: Array<{ kind: string }> = await manager.query(
        `SELECT x->>'kind' AS kind FROM company_profiles cp, jsonb_array_elements(cp.certifications) x
          WHERE cp.organisation_id = $1 AND (x->>'validUntil' IS NULL OR (x->>'validUntil')::date >= current_date)`,
        [organisationId],
      );
      const kinds = new Set(held.map((h) => h.kind));
      for (const required of s.required_certifications) if (!kinds.has(required)) problems.push(`缺少本批次要求的资质：${required}`);
    }
    if (s.exclude_previous_winners) {
      const won: Array<{ n: string }> = await manager.query(`SELECT count(*) AS n FROM applications WHERE organisation_id = $1 AND status = 'selected'`, [organisationId]);
      if (Number(won[0].n) > 0) problems.push('本批次不接受此前已揭榜成功的企业申报');
    }
    return problems;
  }

  /** Locks an application its company may still change (draft or submitted, before the deadline). */
  async lockEditable(manager: EntityManager, id: string, actor: Actor): Promise<ApplicationRow> {
    const row = await this.lockOwn(manager, id, actor);
    if (row.status !== 'draft' && row.status !== 'submitted') throw new ConflictException(`申报当前为“${APPLICATION_STATUS_LABELS[row.status]}”，不能修改`);
    if (deadlinePassed(row.deadline, row.scenario_status)) throw new ConflictException('申报已截止，不能修改');
    return row;
  }

  private async lockOwn(manager: EntityManager, id: string, actor: Actor): Promise<ApplicationRow> {
    const rows: ApplicationRow[] = await manager.query(`${APPLICATION_SQL} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
    Access.requireVisible(!!rows[0] && canReadApplication(actor, rows[0]), '申报');
    if (actor.role !== 'enterprise' || actor.organisationId !== rows[0].organisation_id) throw new ForbiddenException('只有牵头企业可以修改申报');
    return rows[0];
  }
}

function toView(r: ApplicationRow): ApplicationView {
  return {
    id: r.id,
    scenario: { id: r.scenario_id, title: r.scenario_title, agency: r.scenario_agency, deadline: r.deadline },
    company: { id: r.organisation_id, name: r.company_name },
    members: r.members,
    proposal: r.proposal,
    products: r.products,
    files: r.files.map((f) => ({ ...f, url: `/api/applications/${r.id}/files/${f.id}` })),
    quote: Number(r.quote),
    durationDays: r.duration_days,
    team: r.team,
    declarations: r.declarations,
    status: r.status,
    rejectReason: r.reject_reason,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
