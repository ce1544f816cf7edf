import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_FOLLOW_UP_AFTER_DAYS,
  Page,
  PARTICIPANT_CATEGORIES,
  PARTICIPANT_CATEGORY_LABELS,
  participantCategory,
  ParticipantCategory,
  ParticipantView,
  PUBLIC_SCENARIO_STATUSES,
  SESSION_STATUS_LABELS,
  SESSION_TYPE_DEFAULT_ADMITS,
  SessionStatus,
  SessionView,
} from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, FieldValidationException, isStaff, pageOf, RequestMeta } from '@scenematch/server-common';
import { NotificationsService } from '@scenematch/server-notifications';
import { randomBytes } from 'node:crypto';
import { toString as qrSvg } from 'qrcode';
import { ORGANISATIONS, organisationsByIds, scenarioIdsOfAgency, scenarioTitles } from '@scenematch/server-data';
import { returningRows } from '@scenematch/server-database';
import { DataSource, EntityManager } from 'typeorm';
import { checkOnline } from './session-online';
import { ParticipantDto, SessionDto, SessionQueryDto, UpdateParticipantDto, UpdateSessionDto } from './session.dto';
import { loadSession, ownParticipant, participantBasics, PARTICIPANT_SQL, ParticipantRow, requireStatus, SessionRow, sessionView } from './session-rows';
import { checkNeeds } from './session-needs';
import { participantSide, registrantRefusal, registrationStatuses, sessionTransitionAllowed } from './session-lifecycle';


/** Check-in codes: short, unambiguous, typed by hand or read from the QR code. */
function checkinCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(dto: SessionDto, actor: Actor, meta: RequestMeta): Promise<SessionView> {
    this.checkShape(dto);
    checkOnline(dto, dto.tables);
    const id = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ id: string }>>(
        `INSERT INTO matchmaking_sessions (title, description, venue, starts_at, slot_minutes, slots, tables, breaks, max_companies, max_agencies, created_by, session_type, admitted_categories,
                                           mode, online_link, table_links, follow_up_after_days)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
        [dto.title, dto.description ?? '', dto.venue ?? '', dto.startsAt, dto.slotMinutes, dto.slots, dto.tables, JSON.stringify(dto.breaks ?? []), dto.maxCompanies ?? null, dto.maxAgencies ?? null, actor.userId,
         dto.sessionType ?? 'supply_demand', [...new Set(dto.admits ?? SESSION_TYPE_DEFAULT_ADMITS[dto.sessionType ?? 'supply_demand'])],
         dto.mode ?? 'onsite', dto.onlineLink ?? '', JSON.stringify(dto.tableLinks ?? []), dto.followUpAfterDays ?? DEFAULT_FOLLOW_UP_AFTER_DAYS],
      );
      await this.audit.record({ action: 'session.create', actor, entityType: 'session', entityId: rows[0].id, meta, details: { title: dto.title } }, manager);
      return rows[0].id;
    });
    return this.get(id, actor);
  }

  async update(id: string, dto: UpdateSessionDto, actor: Actor, meta: RequestMeta): Promise<SessionView> {
    await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, id, actor, { lock: true });
      requireStatus(session, ['planning', 'open_for_registration', 'scheduled'], '修改');
      const shapeChanges = dto.slots !== undefined || dto.tables !== undefined || dto.slotMinutes !== undefined || dto.startsAt !== undefined || dto.breaks !== undefined;
      const merged = {
        slots: dto.slots ?? session.slots,
        startsAt: dto.startsAt ?? new Date(session.starts_at).toISOString(),
        breaks: dto.breaks ?? session.breaks,
      };
      this.checkShape(merged);
      checkOnline({ mode: dto.mode ?? session.mode, onlineLink: dto.onlineLink ?? session.online_link, tableLinks: dto.tableLinks ?? session.table_links }, dto.tables ?? session.tables);
      if (shapeChanges && session.status === 'scheduled') throw new ConflictException('日程已发布，不能再修改时间、时段或桌数；请先撤回日程');
      if (dto.slots !== undefined || dto.tables !== undefined) {
        const [{ count }] = await manager.query<[{ count: number }]>(
          `SELECT count(*)::int AS count FROM session_meetings WHERE session_id = $1 AND status = 'scheduled' AND (slot >= $2 OR table_no >= $3)`,
          [id, merged.slots, dto.tables ?? session.tables],
        );
        if (count > 0) throw FieldValidationException.single(dto.slots !== undefined ? 'slots' : 'tables', `已有 ${count} 场洽谈排在将被删除的时段或桌位，请先重新生成日程`);
      }
      await manager.query<unknown>(
        `UPDATE matchmaking_sessions SET title = coalesce($2, title), description = coalesce($3, description), venue = coalesce($4, venue),
                starts_at = coalesce($5, starts_at), slot_minutes = coalesce($6, slot_minutes), slots = coalesce($7, slots), tables = coalesce($8, tables),
                breaks = coalesce($9, breaks), max_companies = CASE WHEN $10::boolean THEN $11 ELSE max_companies END,
                max_agencies = CASE WHEN $12::boolean THEN $13 ELSE max_agencies END,
                session_type = coalesce($14, session_type), admitted_categories = coalesce($15, admitted_categories),
                mode = coalesce($16, mode), online_link = coalesce($17, online_link), table_links = coalesce($18, table_links),
                follow_up_after_days = coalesce($19, follow_up_after_days), updated_at = now()
          WHERE id = $1`,
        [id, dto.title ?? null, dto.description ?? null, dto.venue ?? null, dto.startsAt ?? null, dto.slotMinutes ?? null, dto.slots ?? null, dto.tables ?? null,
         dto.breaks ? JSON.stringify(dto.breaks) : null, 'maxCompanies' in dto, dto.maxCompanies ?? null, 'maxAgencies' in dto, dto.maxAgencies ?? null,
         dto.sessionType ?? null, dto.admits ? [...new Set(dto.admits)] : dto.sessionType ? SESSION_TYPE_DEFAULT_ADMITS[dto.sessionType] : null,
         dto.mode ?? null, dto.onlineLink ?? null, dto.tableLinks ? JSON.stringify(dto.tableLinks) : null, dto.followUpAfterDays ?? null],
      );
      if (dto.slots !== undefined && dto.slots < session.slots) {
        // Slots that no longer exist cannot be anyone's unavailable slots, nor count towards capacity.
        await manager.query<unknown>(
          `UPDATE session_participants SET unavailable_slots = ARRAY(SELECT x FROM unnest(unavailable_slots) AS x WHERE x < $2 ORDER BY x), capacity = least(capacity, $2)
            WHERE session_id = $1`,
          [id, dto.slots],
        );
      }
      await this.audit.record({ action: 'session.update', actor, entityType: 'session', entityId: id, meta, details: { fields: Object.keys(dto) } }, manager);
    });
    return this.get(id, actor);
  }

  async transition(id: string, to: SessionStatus, actor: Actor, meta: RequestMeta): Promise<SessionView> {
    await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, id, actor, { lock: true });
      if (!sessionTransitionAllowed(session.status, to)) {
        throw new ConflictException(`对接会处于「${SESSION_STATUS_LABELS[session.status]}」，不能改为「${SESSION_STATUS_LABELS[to]}」`);
      }
      if (to === 'scheduled') {
        const live = await manager.query<unknown[]>(`SELECT 1 FROM session_agenda_runs WHERE session_id = $1 AND status IN ('queued', 'running')`, [id]);
        if (live.length) throw new ConflictException('日程正在生成，请等它完成后再发布');
        const [{ count }] = await manager.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM session_meetings WHERE session_id = $1 AND status = 'scheduled'`, [id]);
        if (count === 0) throw new ConflictException('还没有日程：请先生成日程再发布');
      }
      await manager.query<unknown>(
        `UPDATE matchmaking_sessions SET status = $2, updated_at = now(),
                agenda_published_at = CASE WHEN $2 = 'scheduled' THEN now() WHEN $2 IN ('open_for_registration', 'planning') THEN NULL ELSE agenda_published_at END
          WHERE id = $1`,
        [id, to],
      );
      await this.audit.record({ action: `session.${to}`, actor, entityType: 'session', entityId: id, meta, details: { from: session.status, to } }, manager);
      const participants = await this.liveOrganisationIds(manager, id);
      const link = `/sessions/${id}`;
      if (to === 'open_for_registration' && session.status === 'planning') {
        // Nobody is registered yet; the session simply becomes visible.
      } else if (to === 'scheduled') {
        await this.notifications.notify(manager, { organisations: participants }, { kind: 'session.agenda', title: `「${session.title}」日程已发布`, body: '请查看贵单位的洽谈时间、桌号和对方。', link });
      } else if (to === 'open_for_registration' && session.status === 'scheduled') {
        await this.notifications.notify(manager, { organisations: participants }, { kind: 'session.agenda', title: `「${session.title}」日程已撤回调整`, body: '组织方正在调整日程，发布后会再次通知。', link });
      } else if (to === 'running') {
        await this.notifications.notify(manager, { organisations: participants }, { kind: 'session.running', title: `「${session.title}」已开始`, body: '请到签到台出示签到二维码。', link });
      }
    });
    return this.get(id, actor);
  }

  async list(query: SessionQueryDto, actor: Actor | undefined): Promise<Page<SessionView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!isStaff(actor)) where.push(`s.status <> 'planning'`);
    if (query.status) {
      params.push(query.status);
      where.push(`s.status = $${params.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }] = await this.dataSource.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM matchmaking_sessions s ${clause}`, params);
    const rows = await this.dataSource.query<SessionRow[]>(
      `SELECT s.* FROM matchmaking_sessions s ${clause} ORDER BY s.starts_at DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const views = await Promise.all(rows.map((row) => this.view(this.dataSource.manager, row, actor)));
    return pageOf(views, count, query);
  }

  async get(id: string, actor: Actor | undefined): Promise<SessionView> {
    const session = await loadSession(this.dataSource.manager, id, actor);
    return this.view(this.dataSource.manager, session, actor);
  }

  private async view(manager: EntityManager, row: SessionRow, actor: Actor | undefined): Promise<SessionView> {
    const [counts] = await manager.query<[{ enterprises: number; agencies: number; requests: number; meetings: number }]>(
      `SELECT (SELECT count(*)::int FROM session_participants WHERE session_id = $1 AND status = 'registered' AND kind = 'enterprise') AS enterprises,
              (SELECT count(*)::int FROM session_participants WHERE session_id = $1 AND status = 'registered' AND kind = 'agency') AS agencies,
              (SELECT count(*)::int FROM meeting_requests WHERE session_id = $1 AND status IN ('pending', 'accepted')) AS requests,
              (SELECT count(*)::int FROM session_meetings WHERE session_id = $1 AND status = 'scheduled') AS meetings`,
      [row.id],
    );
    const byCategory = await this.countByCategory(manager, row.id);
    const mine = await ownParticipant(manager, row.id, actor);
    return sessionView(row, { ...counts, byCategory }, mine?.id ?? null, isStaff(actor));
  }

  /** Registered participants per category (every category present, zeros included). */
  async countByCategory(manager: EntityManager, sessionId: string): Promise<Record<ParticipantCategory, number>> {
    const rows = await manager.query<Array<{ type: string; financier_kind: string | null; count: number }>>(
      `SELECT o.type, o.financier_kind, count(*)::int AS count FROM session_participants p JOIN ${ORGANISATIONS} o ON o.id = p.organisation_id
        WHERE p.session_id = $1 AND p.status = 'registered' GROUP BY o.type, o.financier_kind`,
      [sessionId],
    );
    const out = Object.fromEntries(PARTICIPANT_CATEGORIES.map((c) => [c, 0])) as Record<ParticipantCategory, number>;
    for (const r of rows) out[participantCategory(r.type, r.financier_kind)] += r.count;
    return out;
  }

  // ── participants ────────────────────────────────────────────────────────────

  async register(sessionId: string, dto: ParticipantDto, actor: Actor, meta: RequestMeta): Promise<ParticipantView> {
    const staff = isStaff(actor);
    const refusal = registrantRefusal(actor, dto.organisationId);
    if (refusal === 'role') throw new ForbiddenException('只有企业、发榜单位和金融/投资机构可以报名对接会');
    if (refusal === 'other-organisation') throw FieldValidationException.single('organisationId', '只能为本单位报名');
    const organisationId = staff ? dto.organisationId : actor.organisationId;
    if (!organisationId) throw FieldValidationException.single('organisationId', '请选择要报名的单位');
    const id = await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      requireStatus(session, registrationStatuses(staff), staff ? '报名' : '报名（报名未开放或已截止）');
      const [org] = await organisationsByIds(manager, [organisationId]);
      if (!org) throw FieldValidationException.single('organisationId', '单位不存在');
      if (org.type !== 'enterprise' && org.type !== 'agency' && org.type !== 'financier') throw FieldValidationException.single('organisationId', '只有企业、发榜单位和金融/投资机构可以参加对接会');
      const kind = participantSide(org.type);
      const category = participantCategory(org.type, org.financier_kind);
      if (category !== 'enterprise' && !(session.admitted_categories as string[]).includes(category)) {
        throw new ConflictException(`本场对接会不接受${PARTICIPANT_CATEGORY_LABELS[category]}报名`);
      }
      const scenarioIds = await this.checkScenarios(manager, org.type, organisationId, dto.scenarioIds);
      const needs = checkNeeds(org.type, dto.needs, { required: true });
      const unavailable = this.checkSlots(session, dto.unavailableSlots);
      const limit = kind === 'enterprise' ? session.max_companies : session.max_agencies;
      if (limit !== null) {
        const [{ count }] = await manager.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM session_participants WHERE session_id = $1 AND kind = $2 AND status = 'registered'`, [sessionId, kind]);
        if (count >= limit) throw new ConflictException(kind === 'enterprise' ? `企业名额（${limit} 家）已满` : `需求方单位名额（${limit} 家）已满`);
      }
      const existing = await manager.query<Array<{ id: string; status: string }>>(`SELECT id, status FROM session_participants WHERE session_id = $1 AND organisation_id = $2`, [sessionId, organisationId]);
      if (existing[0]?.status === 'registered') throw new ConflictException(`${org.name} 已报名本场对接会`);
      const capacity = Math.min(dto.capacity ?? session.slots, session.slots);
      let rows: Array<{ id: string }>;
      if (existing[0]) {
        await manager.query<unknown>(
          `UPDATE session_participants SET status = 'registered', scenario_ids = $2, capacity = $3, unavailable_slots = $4, contact_name = $5, registered_by = $6,
                  checked_in_at = NULL, no_show_at = NULL, needs = $7, contact_phone = $8, contact_email = $9
            WHERE id = $1`,
          [existing[0].id, scenarioIds, capacity, unavailable, dto.contactName ?? '', actor.userId, JSON.stringify(needs), dto.contactPhone ?? '', dto.contactEmail ?? ''],
        );
        rows = [{ id: existing[0].id }];
      } else {
        rows = await manager.query<Array<{ id: string }>>(
          `INSERT INTO session_participants (session_id, organisation_id, kind, scenario_ids, capacity, unavailable_slots, contact_name, checkin_code, registered_by, needs, contact_phone, contact_email)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
          [sessionId, organisationId, kind, scenarioIds, capacity, unavailable, dto.contactName ?? '', checkinCode(), actor.userId, JSON.stringify(needs), dto.contactPhone ?? '', dto.contactEmail ?? ''],
        );
      }
      const participantId = rows[0].id;
      await this.audit.record({ action: 'session.register', actor, entityType: 'session_participant', entityId: participantId, meta, details: { sessionId, organisationId } }, manager);
      if (staff) {
        await this.notifications.notify(manager, { organisations: [organisationId] }, { kind: 'session.registered', title: `已为贵单位报名「${session.title}」`, body: '可在对接会页面提出洽谈请求。', link: `/sessions/${sessionId}` });
      }
      return participantId;
    });
    return this.participant(sessionId, id, actor);
  }

  async updateParticipant(sessionId: string, participantId: string, dto: UpdateParticipantDto, actor: Actor, meta: RequestMeta): Promise<ParticipantView> {
    await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      const participant = await this.editableParticipant(manager, session, participantId, actor);
      const scenarioIds = dto.scenarioIds !== undefined ? await this.checkScenarios(manager, participant.organisation_type, participant.organisation_id, dto.scenarioIds) : null;
      const needs = dto.needs !== undefined ? checkNeeds(participant.organisation_type, dto.needs) : null;
      const unavailable = dto.unavailableSlots !== undefined ? this.checkSlots(session, dto.unavailableSlots) : null;
      await manager.query<unknown>(
        `UPDATE session_participants SET scenario_ids = coalesce($2, scenario_ids), capacity = coalesce($3, capacity),
                unavailable_slots = coalesce($4, unavailable_slots), contact_name = coalesce($5, contact_name),
                needs = coalesce($6, needs), contact_phone = coalesce($7, contact_phone), contact_email = coalesce($8, contact_email)
          WHERE id = $1`,
        [participantId, scenarioIds, dto.capacity !== undefined ? Math.min(dto.capacity, session.slots) : null, unavailable, dto.contactName ?? null,
         needs ? JSON.stringify(needs) : null, dto.contactPhone ?? null, dto.contactEmail ?? null],
      );
      await this.audit.record({ action: 'session.participant.update', actor, entityType: 'session_participant', entityId: participantId, meta, details: { fields: Object.keys(dto) } }, manager);
    });
    return this.participant(sessionId, participantId, actor);
  }

  /** Cancels a registration: its pending requests are withdrawn and its meetings freed. */
  async cancelParticipant(sessionId: string, participantId: string, actor: Actor, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      const participant = await this.editableParticipant(manager, session, participantId, actor);
      await manager.query<unknown>(`UPDATE session_participants SET status = 'cancelled' WHERE id = $1`, [participantId]);
      await manager.query<unknown>(
        `UPDATE meeting_requests SET status = 'withdrawn', responded_at = now()
          WHERE session_id = $1 AND status IN ('pending', 'accepted') AND (from_organisation_id = $2 OR to_organisation_id = $2)`,
        [sessionId, participant.organisation_id],
      );
      const freed = await this.cancelMeetingsOf(manager, sessionId, participant.organisation_id, 'withdrawn');
      await this.audit.record({ action: 'session.participant.cancel', actor, entityType: 'session_participant', entityId: participantId, meta, details: { sessionId, freedMeetings: freed.length } }, manager);
      // A draft agenda is nobody's business until it is published.
      if (session.status === 'scheduled' || session.status === 'running') {
        await this.tellCounterparts(manager, session, participant.organisation_id, freed, `${participant.organisation_name} 已取消参会`);
      }
    });
  }

  async participants(sessionId: string, actor: Actor | undefined, query: { page: number; pageSize: number; kind?: string }): Promise<Page<ParticipantView>> {
    await loadSession(this.dataSource.manager, sessionId, actor);
    if (!actor) throw new ForbiddenException('请先登录');
    const staff = isStaff(actor);
    const params: unknown[] = [sessionId];
    let where = `p.session_id = $1`;
    if (!staff) where += ` AND p.status = 'registered'`;
    if (query.kind === 'enterprise' || query.kind === 'agency') {
      params.push(query.kind);
      where += ` AND p.kind = $${params.length}`;
    }
    const [{ count }] = await this.dataSource.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM session_participants p WHERE ${where}`, params);
    const rows = await this.dataSource.query<ParticipantRow[]>(
      `${PARTICIPANT_SQL} WHERE ${where} ORDER BY p.kind, o.name LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const titles = await this.scenarioTitles(rows.flatMap((r) => r.scenario_ids));
    return pageOf(rows.map((r) => this.participantView(r, titles, staff || r.organisation_id === actor.organisationId)), count, query);
  }

  async participant(sessionId: string, participantId: string, actor: Actor): Promise<ParticipantView> {
    await loadSession(this.dataSource.manager, sessionId, actor);
    const rows = await this.dataSource.query<ParticipantRow[]>(`${PARTICIPANT_SQL} WHERE p.session_id = $1 AND p.id = $2`, [sessionId, participantId]);
    const row = rows[0];
    const own = !!row && row.organisation_id === actor.organisationId;
    if (!row || (!isStaff(actor) && !own && row.status !== 'registered')) throw new NotFoundException('参会单位不存在');
    const titles = await this.scenarioTitles(row.scenario_ids);
    return this.participantView(row, titles, isStaff(actor) || own);
  }

  /** The caller's check-in QR code (SVG), shown on its agenda and printed. */
  async qr(sessionId: string, participantId: string, actor: Actor): Promise<string> {
    const view = await this.participant(sessionId, participantId, actor);
    if (!view.checkinCode) throw new NotFoundException('参会单位不存在');
    return qrSvg(view.checkinCode, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  }

  // ── the day ─────────────────────────────────────────────────────────────────

  async checkIn(sessionId: string, by: { participantId?: string; code?: string }, actor: Actor, meta: RequestMeta): Promise<ParticipantView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      requireStatus(session, ['scheduled', 'running'], '签到');
      const rows = by.code
        ? await manager.query<ParticipantRow[]>(`${PARTICIPANT_SQL} WHERE p.session_id = $1 AND p.checkin_code = $2`, [sessionId, by.code.toUpperCase()])
        : await manager.query<ParticipantRow[]>(`${PARTICIPANT_SQL} WHERE p.session_id = $1 AND p.id = $2`, [sessionId, by.participantId]);
      const participant = rows[0];
      if (!participant) {
        if (by.code) throw FieldValidationException.single('code', '签到码不属于本场对接会');
        throw new NotFoundException('参会单位不存在');
      }
      if (participant.status !== 'registered') throw new ConflictException(`${participant.organisation_name} 已取消参会`);
      if (participant.no_show_at) throw new ConflictException(`${participant.organisation_name} 已被标记缺席，其洽谈已释放`);
      if (!participant.checked_in_at) {
        await manager.query<unknown>(`UPDATE session_participants SET checked_in_at = now() WHERE id = $1`, [participant.id]);
        await this.audit.record({ action: 'session.check_in', actor, entityType: 'session_participant', entityId: participant.id, meta, details: { sessionId } }, manager);
      }
      return participant.id;
    });
    return this.participant(sessionId, id, actor);
  }

  /** Marks a participant absent: its meetings are cancelled so that the counterparts are free. */
  async noShow(sessionId: string, participantId: string, actor: Actor, meta: RequestMeta): Promise<ParticipantView> {
    await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      requireStatus(session, ['running'], '标记缺席（对接会开始后才能标记）');
      const rows = await manager.query<ParticipantRow[]>(`${PARTICIPANT_SQL} WHERE p.session_id = $1 AND p.id = $2 FOR UPDATE OF p`, [sessionId, participantId]);
      const participant = rows[0];
      if (!participant || participant.status !== 'registered') throw new NotFoundException('参会单位不存在');
      if (participant.checked_in_at) throw new ConflictException(`${participant.organisation_name} 已签到，不能标记缺席`);
      if (participant.no_show_at) return;
      await manager.query<unknown>(`UPDATE session_participants SET no_show_at = now() WHERE id = $1`, [participantId]);
      const freed = await this.cancelMeetingsOf(manager, sessionId, participant.organisation_id, 'no_show', true);
      await this.audit.record({ action: 'session.no_show', actor, entityType: 'session_participant', entityId: participantId, meta, details: { sessionId, freedMeetings: freed.length } }, manager);
      await this.tellCounterparts(manager, session, participant.organisation_id, freed, `${participant.organisation_name} 未到场，相关洽谈已取消`);
    });
    return this.participant(sessionId, participantId, actor);
  }

  // ── helpers ─────────────────────────────────────────────────────────────────

  private checkShape(dto: { slots?: number; startsAt?: string; breaks?: Array<{ afterSlot: number }> }): void {
    if (dto.startsAt && Number.isNaN(new Date(dto.startsAt).getTime())) throw FieldValidationException.single('startsAt', '开始时间无效');
    const slots = dto.slots ?? 48;
    const bad = (dto.breaks ?? []).findIndex((b) => b.afterSlot >= slots - 1);
    if (bad >= 0) throw FieldValidationException.single(`breaks.${bad}.afterSlot`, '休息须安排在两个时段之间（不能在最后一个时段之后）');
    const seen = new Set<number>();
    (dto.breaks ?? []).forEach((b, i) => {
      if (seen.has(b.afterSlot)) throw FieldValidationException.single(`breaks.${i}.afterSlot`, '同一时段之后只能安排一次休息');
      seen.add(b.afterSlot);
    });
  }

  private checkSlots(session: SessionRow, slots: number[] | undefined): number[] {
    const list = [...new Set(slots ?? [])].sort((a, b) => a - b);
    const bad = list.find((s) => s >= session.slots);
    if (bad !== undefined) throw FieldValidationException.single('unavailableSlots', `时段 ${bad + 1} 不存在（本场共 ${session.slots} 个时段）`);
    return list;
  }

  private async checkScenarios(manager: EntityManager, organisationType: string, organisationId: string, scenarioIds: string[] | undefined): Promise<string[]> {
    const ids = [...new Set(scenarioIds ?? [])];
    if (!ids.length) return [];
    if (organisationType === 'enterprise') throw FieldValidationException.single('scenarioIds', '企业参会不带场景；请向发榜单位提出洽谈请求');
    if (organisationType === 'financier') throw FieldValidationException.single('scenarioIds', '金融/投资机构参会带的是需求（贷款产品、投资方向），不带场景');
    const own = await scenarioIdsOfAgency(manager, ids, organisationId, PUBLIC_SCENARIO_STATUSES);
    if (own.length !== ids.length) throw FieldValidationException.single('scenarioIds', '只能带本单位已发布的场景');
    return ids;
  }

  private async editableParticipant(manager: EntityManager, session: SessionRow, participantId: string, actor: Actor): Promise<ParticipantRow> {
    const rows = await manager.query<ParticipantRow[]>(`${PARTICIPANT_SQL} WHERE p.session_id = $1 AND p.id = $2 FOR UPDATE OF p`, [session.id, participantId]);
    const participant = rows[0];
    const own = !!participant && participant.organisation_id === actor.organisationId;
    if (!participant || participant.status !== 'registered' || (!isStaff(actor) && !own)) throw new NotFoundException('参会单位不存在');
    if (isStaff(actor)) requireStatus(session, ['planning', 'open_for_registration', 'scheduled'], '修改参会信息');
    else requireStatus(session, ['open_for_registration'], '修改参会信息（报名已截止，请联系组织方）');
    return participant;
  }

  private async cancelMeetingsOf(manager: EntityManager, sessionId: string, organisationId: string, reason: string, onlyFuture = false): Promise<Array<{ id: string; enterprise_id: string; agency_id: string; slot: number }>> {
    const result = await manager.query<[Array<{ id: string; enterprise_id: string; agency_id: string; slot: number }>, number]>(
      `UPDATE session_meetings SET status = 'cancelled', cancel_reason = $3
        WHERE session_id = $1 AND status = 'scheduled' AND (enterprise_id = $2 OR agency_id = $2) ${onlyFuture ? 'AND outcome IS NULL' : ''}
        RETURNING id, enterprise_id, agency_id, slot`,
      [sessionId, organisationId, reason],
    );
    return returningRows(result);
  }

  /** Tells the other side of each freed meeting (not the organisation whose absence freed it). */
  private async tellCounterparts(manager: EntityManager, session: SessionRow, causeOrganisationId: string, freed: Array<{ enterprise_id: string; agency_id: string }>, title: string): Promise<void> {
    const recipients = [...new Set(freed.map((m) => (m.enterprise_id === causeOrganisationId ? m.agency_id : m.enterprise_id)))];
    if (!recipients.length) return;
    await this.notifications.notify(manager, { organisations: recipients }, { kind: 'session.meeting_cancelled', title, body: `「${session.title}」中与其的洽谈已取消，该时段空出。`, link: `/sessions/${session.id}` });
  }

  private async liveOrganisationIds(manager: EntityManager, sessionId: string): Promise<string[]> {
    const rows = await manager.query<Array<{ organisation_id: string }>>(`SELECT organisation_id FROM session_participants WHERE session_id = $1 AND status = 'registered'`, [sessionId]);
    return rows.map((r) => r.organisation_id);
  }

  async scenarioTitles(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    return scenarioTitles(this.dataSource, ids);
  }

  private participantView(row: ParticipantRow, titles: Map<string, string>, full: boolean): ParticipantView {
    const view: ParticipantView = {
      id: row.id,
      ...participantBasics(row, titles),
      status: row.status,
    };
    if (full) {
      Object.assign(view, {
        capacity: row.capacity,
        unavailableSlots: row.unavailable_slots,
        contactName: row.contact_name,
        contactPhone: row.contact_phone,
        contactEmail: row.contact_email,
        checkinCode: row.checkin_code,
        checkedInAt: row.checked_in_at ? new Date(row.checked_in_at).toISOString() : null,
        noShowAt: row.no_show_at ? new Date(row.no_show_at).toISOString() : null,
      });
    }
    return view;
  }

  /** Rejects an id that is not a live participant of the other kind (for requests and pins). */
  static requireCounterpart(row: ParticipantRow | undefined, kind: 'enterprise' | 'agency', field: string): ParticipantRow {
    if (!row || row.status !== 'registered') throw FieldValidationException.single(field, '对方没有报名本场对接会');
    if (row.kind !== kind) throw FieldValidationException.single(field, kind === 'agency' ? '对方应为需求方（发榜单位或金融/投资机构）' : '对方应为企业');
    return row;
  }
}

