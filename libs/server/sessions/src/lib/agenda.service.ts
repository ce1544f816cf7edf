import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AgendaRunView,
  AgendaView,
  MEETING_OUTCOME_LABELS,
  MEETING_OUTCOMES,
  MeetingOutcome,
  MeetingView,
  SessionMode,
  SessionReport,
  UnplacedRequestView,
} from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, addTableSheet, FieldValidationException, isStaff, RequestMeta, spreadsheetXlsx } from '@scenematch/server-common';
import { bestMatchAmong, ORGANISATIONS, organisationNames, SCENARIOS, scenarioTitles } from '@scenematch/server-data';
import { NotificationsService } from '@scenematch/server-notifications';
import { JobName, OutboxService } from '@scenematch/server-queue';
import ExcelJS from 'exceljs';
import { DataSource, EntityManager } from 'typeorm';
import { AddMeetingDto, UpdateMeetingDto } from './session.dto';
import { loadSession, ownParticipant, PARTICIPANT_SQL, ParticipantRow, requireStatus, slotTimesOf } from './session-rows';
import { SessionsService } from './sessions.service';
import { reportByCategory } from './session-report-kinds';
import { followUpSummary, heldMeetingSql } from './session-followup.service';
import { isOnline, meetingLink } from './session-online';

export interface MeetingRow {
  id: string;
  session_id: string;
  calendar_sequence: number;
  slot: number;
  table_no: number;
  enterprise_id: string;
  enterprise_name: string;
  agency_id: string;
  agency_name: string;
  scenario_id: string | null;
  scenario_title: string | null;
  score: number | null;
  value: number;
  requested: boolean;
  mutual: boolean;
  pinned: boolean;
  status: 'scheduled' | 'cancelled';
  cancel_reason: string | null;
  outcome: MeetingOutcome | null;
  outcome_note: string;
  online: boolean;
  online_link: string;
  session_mode: SessionMode;
  session_link: string;
  table_links: string[];
}

export const MEETING_SQL = `
  SELECT m.id, m.session_id, m.calendar_sequence, m.slot, m.table_no, m.enterprise_id, e.name AS enterprise_name, m.agency_id, a.name AS agency_name,
         m.scenario_id, s.title AS scenario_title, m.score, m.value, m.requested, m.mutual, m.pinned, m.status, m.cancel_reason,
         m.outcome, m.outcome_note, m.online, m.online_link, ms.mode AS session_mode, ms.online_link AS session_link, ms.table_links
    FROM session_meetings m
    JOIN matchmaking_sessions ms ON ms.id = m.session_id
    JOIN ${ORGANISATIONS} e ON e.id = m.enterprise_id
    JOIN ${ORGANISATIONS} a ON a.id = m.agency_id
    LEFT JOIN ${SCENARIOS} s ON s.id = m.scenario_id`;

/** A queued or running run older than this is taken to be lost (its worker died) and may be replaced. */
const STALE_RUN_MINUTES = 15;

/** Agendas are visible to participants once published. */
export const PUBLISHED = ['scheduled', 'running', 'closed'];

const CANCEL_REASON_LABELS: Record<string, string> = { no_show: '对方缺席', withdrawn: '对方取消参会', organiser: '组织方取消' };

@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Queues an agenda run for the worker; one run at a time per session. */
  async generate(sessionId: string, actor: Actor, meta: RequestMeta): Promise<AgendaRunView> {
    const runId = await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      requireStatus(session, ['open_for_registration'], '生成日程（在报名阶段生成；已发布的日程请先撤回再重新生成）');
      await manager.query<unknown>(
        `UPDATE session_agenda_runs SET status = 'failed', error = $3, finished_at = now()
          WHERE session_id = $1 AND status IN ('queued', 'running') AND created_at < now() - make_interval(mins => $2)`,
        [sessionId, STALE_RUN_MINUTES, '超时未完成'],
      );
      const live = await manager.query<Array<{ id: string }>>(`SELECT id FROM session_agenda_runs WHERE session_id = $1 AND status IN ('queued', 'running')`, [sessionId]);
      if (live[0]) throw new ConflictException('日程正在生成中，请稍候');
      const [{ count }] = await manager.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM session_participants WHERE session_id = $1 AND status = 'registered'`, [sessionId]);
      if (count < 2) throw new ConflictException('至少要有一家企业和一家发榜单位报名才能生成日程');
      const rows = await manager.query<Array<{ id: string }>>(`INSERT INTO session_agenda_runs (session_id, requested_by, message) VALUES ($1, $2, $3) RETURNING id`, [sessionId, actor.userId, '排队中']);
      await this.outbox.publish(manager, JobName.SessionAgenda, { sessionId, runId: rows[0].id });
      await this.audit.record({ action: 'session.agenda.generate', actor, entityType: 'session', entityId: sessionId, meta, details: { runId: rows[0].id } }, manager);
      return rows[0].id;
    });
    return this.run(sessionId, runId, actor);
  }

  async run(sessionId: string, runId: string, actor: Actor): Promise<AgendaRunView> {
    await loadSession(this.dataSource.manager, sessionId, actor);
    const rows = await this.dataSource.query<Array<Record<string, unknown>>>(`SELECT * FROM session_agenda_runs WHERE session_id = $1 AND id = $2`, [sessionId, runId]);
    if (!rows[0]) throw new NotFoundException('日程生成记录不存在');
    return runView(rows[0]);
  }

  async latestRun(manager: EntityManager, sessionId: string): Promise<Record<string, unknown> | null> {
    const rows = await manager.query<Array<Record<string, unknown>>>(`SELECT * FROM session_agenda_runs WHERE session_id = $1 ORDER BY created_at DESC LIMIT 1`, [sessionId]);
    return rows[0] ?? null;
  }

  /** Staff see the whole grid and what could not be placed; a participant sees only its own meetings, once published. */
  async agenda(sessionId: string, actor: Actor): Promise<AgendaView> {
    const manager = this.dataSource.manager;
    const session = await loadSession(manager, sessionId, actor);
    const published = PUBLISHED.includes(session.status);
    const slotTimes = slotTimesOf(session);
    if (isStaff(actor)) {
      const rows = await manager.query<MeetingRow[]>(`${MEETING_SQL} WHERE m.session_id = $1 ORDER BY m.slot, m.table_no, m.status DESC`, [sessionId]);
      const run = await this.latestRun(manager, sessionId);
      const lastCompleted = await manager.query<Array<{ unplaced: Array<{ enterpriseId: string; agencyId: string; scenarioId: string | null; reason: string; detail: string }> }>>(
        `SELECT unplaced FROM session_agenda_runs WHERE session_id = $1 AND status = 'completed' ORDER BY created_at DESC LIMIT 1`,
        [sessionId],
      );
      return {
        published,
        slotTimes,
        meetings: rows.map((r) => meetingView(r, slotTimes)),
        unplaced: await this.unplacedViews(lastCompleted[0]?.unplaced ?? []),
        run: run ? runView(run) : null,
      };
    }
    const me = await ownParticipant(manager, sessionId, actor);
    if (!me) throw new ForbiddenException('只有本场对接会的参会单位可以查看日程');
    if (!published) return { published, slotTimes, meetings: [] };
    const rows = await manager.query<MeetingRow[]>(
      `${MEETING_SQL} WHERE m.session_id = $1 AND (m.enterprise_id = $2 OR m.agency_id = $2) ORDER BY m.slot, m.status DESC`,
      [sessionId, me.organisation_id],
    );
    return { published, slotTimes, meetings: rows.map((r) => meetingView(r, slotTimes)) };
  }

  /** Staff add a meeting by hand at a free slot and table; it is pinned so that regeneration keeps it. */
  async addMeeting(sessionId: string, dto: AddMeetingDto, actor: Actor, meta: RequestMeta): Promise<MeetingView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      requireStatus(session, ['open_for_registration', 'scheduled', 'running'], '安排洽谈');
      if (dto.slot >= session.slots) throw FieldValidationException.single('slot', `本场共 ${session.slots} 个时段`);
      if (dto.table >= session.tables) throw FieldValidationException.single('table', `本场共 ${session.tables} 张洽谈桌`);
      const found = await manager.query<ParticipantRow[]>(`${PARTICIPANT_SQL} WHERE p.session_id = $1 AND p.organisation_id = ANY($2::uuid[])`, [sessionId, [dto.enterpriseId, dto.agencyId]]);
      const enterprise = SessionsService.requireCounterpart(found.find((p) => p.organisation_id === dto.enterpriseId), 'enterprise', 'enterpriseId');
      const agency = SessionsService.requireCounterpart(found.find((p) => p.organisation_id === dto.agencyId), 'agency', 'agencyId');
      if (dto.scenarioId && !agency.scenario_ids.includes(dto.scenarioId)) throw FieldValidationException.single('scenarioId', '该场景不在发榜单位本次带来的场景中');
      for (const p of [enterprise, agency]) {
        if (p.unavailable_slots.includes(dto.slot)) throw FieldValidationException.single('slot', `${p.organisation_name} 在时段 ${dto.slot + 1} 无法参加`);
        if (p.no_show_at) throw FieldValidationException.single(p.kind === 'enterprise' ? 'enterpriseId' : 'agencyId', `${p.organisation_name} 已被标记缺席`);
      }
      const clash = await manager.query<Array<{ what: string }>>(
        `SELECT CASE WHEN table_no = $3 AND slot = $2 THEN 'table' WHEN enterprise_id = $4 AND agency_id = $5 THEN 'pair' WHEN slot = $2 AND enterprise_id = $4 THEN 'enterprise' ELSE 'agency' END AS what
           FROM session_meetings
          WHERE session_id = $1 AND status = 'scheduled'
            AND ((slot = $2 AND (table_no = $3 OR enterprise_id = $4 OR agency_id = $5)) OR (enterprise_id = $4 AND agency_id = $5))
          LIMIT 1`,
        [sessionId, dto.slot, dto.table, dto.enterpriseId, dto.agencyId],
      );
      if (clash[0]) {
        const message = { table: `时段 ${dto.slot + 1} 的 ${dto.table + 1} 号桌已有洽谈`, pair: '双方已安排过洽谈', enterprise: `${enterprise.organisation_name} 在该时段已有洽谈`, agency: `${agency.organisation_name} 在该时段已有洽谈` }[clash[0].what];
        throw new ConflictException(message);
      }
      const best = await bestMatchAmong(manager, dto.enterpriseId, dto.scenarioId ? [dto.scenarioId] : agency.scenario_ids);
      const rows = await manager.query<Array<{ id: string }>>(
        `INSERT INTO session_meetings (session_id, slot, table_no, enterprise_id, agency_id, scenario_id, score, pinned)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true) RETURNING id`,
        [sessionId, dto.slot, dto.table, dto.enterpriseId, dto.agencyId, dto.scenarioId ?? best?.scenario_id ?? null, best?.score ?? null],
      );
      await this.audit.record({ action: 'session.meeting.add', actor, entityType: 'session_meeting', entityId: rows[0].id, meta, details: { sessionId, ...dto } }, manager);
      if (PUBLISHED.includes(session.status)) {
        await this.notifications.notify(manager, { organisations: [dto.enterpriseId, dto.agencyId] }, {
          kind: 'session.meeting_added',
          title: `「${session.title}」新增一场洽谈：${enterprise.organisation_name} × ${agency.organisation_name}`,
          body: `时段 ${dto.slot + 1}，${dto.table + 1} 号桌。`,
          link: `/sessions/${sessionId}`,
        });
      }
      return rows[0].id;
    });
    return this.meeting(sessionId, id, actor);
  }

  /** Pin or unpin (staff), or record the outcome (staff or either side, once the session runs). */
  async updateMeeting(sessionId: string, meetingId: string, dto: UpdateMeetingDto, actor: Actor, meta: RequestMeta): Promise<MeetingView> {
    const placeChange = dto.online !== undefined || dto.onlineLink !== undefined;
    if (dto.pinned === undefined && dto.outcome === undefined && dto.outcomeNote === undefined && !placeChange) throw FieldValidationException.single('outcome', '没有要修改的内容');
    await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      const rows = await manager.query<MeetingRow[]>(`${MEETING_SQL} WHERE m.session_id = $1 AND m.id = $2 FOR UPDATE OF m`, [sessionId, meetingId]);
      const meeting = rows[0];
      const side = !!meeting && (meeting.enterprise_id === actor.organisationId || meeting.agency_id === actor.organisationId);
      if (!meeting || (!isStaff(actor) && !(side && PUBLISHED.includes(session.status)))) throw new NotFoundException('洽谈不存在或无权查看');
      if (dto.pinned !== undefined) {
        if (!isStaff(actor)) throw new ForbiddenException('只有组织方可以固定洽谈');
        requireStatus(session, ['open_for_registration'], '固定洽谈（日程发布前才能固定）');
        if (meeting.status !== 'scheduled') throw new ConflictException('已取消的洽谈不能固定');
      }
      if (placeChange) {
        if (!isStaff(actor)) throw new ForbiddenException('只有组织方可以设置线上洽谈');
        requireStatus(session, ['open_for_registration', 'scheduled', 'running'], '设置线上洽谈');
        if (meeting.status !== 'scheduled') throw new ConflictException('已取消的洽谈不能改为线上');
        const online = dto.online ?? meeting.online;
        const ownLink = dto.onlineLink ?? meeting.online_link;
        if (online && !meetingLink({ mode: session.mode, sessionLink: session.online_link, tableLinks: session.table_links ?? [], table: meeting.table_no, online, ownLink })) {
          throw FieldValidationException.single('onlineLink', '请填写这场洽谈的会议链接（本场没有可用的会议链接）');
        }
        await manager.query<unknown>(`UPDATE session_meetings SET online = $2, online_link = $3 WHERE id = $1`, [meetingId, online, ownLink]);
      }
      if (dto.outcome !== undefined || dto.outcomeNote !== undefined) {
        requireStatus(session, ['running', 'closed'], '记录洽谈成果（对接会开始后才能记录）');
        if (meeting.status !== 'scheduled') throw new ConflictException('该洽谈已取消，不能记录成果');
        if (dto.outcome === undefined && !meeting.outcome) throw FieldValidationException.single('outcome', '请选择洽谈成果');
      }
      await manager.query<unknown>(
        `UPDATE session_meetings SET pinned = coalesce($2, pinned), outcome = coalesce($3, outcome), outcome_note = coalesce($4, outcome_note),
                outcome_by = CASE WHEN $3::text IS NULL AND $4::text IS NULL THEN outcome_by ELSE $5 END,
                outcome_at = CASE WHEN $3::text IS NULL AND $4::text IS NULL THEN outcome_at ELSE now() END
          WHERE id = $1`,
        [meetingId, dto.pinned ?? null, dto.outcome ?? null, dto.outcomeNote ?? null, actor.userId],
      );
      await this.audit.record({ action: dto.outcome !== undefined ? 'session.meeting.outcome' : placeChange ? 'session.meeting.online' : 'session.meeting.update', actor, entityType: 'session_meeting', entityId: meetingId, meta, details: { sessionId, ...dto } }, manager);
    });
    return this.meeting(sessionId, meetingId, actor);
  }

  async cancelMeeting(sessionId: string, meetingId: string, actor: Actor, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      requireStatus(session, ['open_for_registration', 'scheduled', 'running'], '取消洽谈');
      const rows = await manager.query<Array<{ status: string; outcome: string | null; enterprise_id: string; agency_id: string; slot: number }>>(
        `SELECT status, outcome, enterprise_id, agency_id, slot FROM session_meetings WHERE session_id = $1 AND id = $2 FOR UPDATE`,
        [sessionId, meetingId],
      );
      if (!rows[0]) throw new NotFoundException('洽谈不存在');
      if (rows[0].status !== 'scheduled') return;
      if (rows[0].outcome) throw new ConflictException('已记录成果的洽谈不能取消');
      await manager.query<unknown>(`UPDATE session_meetings SET status = 'cancelled', cancel_reason = 'organiser', pinned = false WHERE id = $1`, [meetingId]);
      await this.audit.record({ action: 'session.meeting.cancel', actor, entityType: 'session_meeting', entityId: meetingId, meta, details: { sessionId } }, manager);
      if (PUBLISHED.includes(session.status)) {
        await this.notifications.notify(manager, { organisations: [rows[0].enterprise_id, rows[0].agency_id] }, {
          kind: 'session.meeting_cancelled',
          title: `「${session.title}」中时段 ${rows[0].slot + 1} 的一场洽谈已由组织方取消`,
          link: `/sessions/${sessionId}`,
        });
      }
    });
  }

  async meeting(sessionId: string, meetingId: string, actor: Actor): Promise<MeetingView> {
    const session = await loadSession(this.dataSource.manager, sessionId, actor);
    const rows = await this.dataSource.query<MeetingRow[]>(`${MEETING_SQL} WHERE m.session_id = $1 AND m.id = $2`, [sessionId, meetingId]);
    const row = rows[0];
    const side = !!row && (row.enterprise_id === actor.organisationId || row.agency_id === actor.organisationId);
    if (!row || (!isStaff(actor) && !(side && PUBLISHED.includes(session.status)))) throw new NotFoundException('洽谈不存在或无权查看');
    return meetingView(row, slotTimesOf(session));
  }

  /** The figures of the day: who came, which meetings took place, what came of them. */
  async report(sessionId: string, actor: Actor): Promise<SessionReport> {
    const session = await loadSession(this.dataSource.manager, sessionId, actor);
    const [p] = await this.dataSource.query<[{ enterprises: number; agencies: number; checked_in: number; no_shows: number }]>(
      `SELECT count(*) FILTER (WHERE kind = 'enterprise')::int AS enterprises, count(*) FILTER (WHERE kind = 'agency')::int AS agencies,
              count(checked_in_at)::int AS checked_in, count(no_show_at)::int AS no_shows
         FROM session_participants WHERE session_id = $1 AND status = 'registered'`,
      [sessionId],
    );
    // A meeting is held when both sides checked in, or when an outcome was recorded for it.
    const meetings = await this.dataSource.query<Array<{ slot: number; status: string; outcome: MeetingOutcome | null; held: boolean; enterprise_id: string; agency_id: string; requested: boolean; mutual: boolean }>>(
      `SELECT m.slot, m.status, m.outcome, m.enterprise_id, m.agency_id, m.requested, m.mutual,
              ${heldMeetingSql('e', 'a')} AS held
         FROM session_meetings m
         LEFT JOIN session_participants e ON e.session_id = m.session_id AND e.organisation_id = m.enterprise_id
         LEFT JOIN session_participants a ON a.session_id = m.session_id AND a.organisation_id = m.agency_id
        WHERE m.session_id = $1`,
      [sessionId],
    );
    const [r] = await this.dataSource.query<[{ total: number; mutual: number; placed: number }]>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE r.status = 'accepted' OR EXISTS (SELECT 1 FROM meeting_requests b WHERE b.session_id = r.session_id AND b.from_organisation_id = r.to_organisation_id AND b.to_organisation_id = r.from_organisation_id AND b.status IN ('pending', 'accepted')))::int AS mutual,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM session_meetings m WHERE m.session_id = r.session_id AND m.status = 'scheduled'
                                             AND m.enterprise_id IN (r.from_organisation_id, r.to_organisation_id) AND m.agency_id IN (r.from_organisation_id, r.to_organisation_id)))::int AS placed
         FROM meeting_requests r WHERE r.session_id = $1 AND r.status IN ('pending', 'accepted')`,
      [sessionId],
    );
    const outcomes = Object.fromEntries(MEETING_OUTCOMES.map((o) => [o, 0])) as Record<MeetingOutcome, number>;
    const held = meetings.filter((m) => m.held);
    for (const m of meetings) if (m.status === 'scheduled' && m.outcome) outcomes[m.outcome]++;
    const bySlot = Array.from({ length: session.slots }, (_, slot) => ({
      slot,
      scheduled: meetings.filter((m) => m.slot === slot && m.status === 'scheduled').length,
      held: held.filter((m) => m.slot === slot).length,
    }));
    return {
      sessionId,
      participants: { enterprises: p.enterprises, agencies: p.agencies, checkedIn: p.checked_in, noShows: p.no_shows },
      meetings: {
        scheduled: meetings.filter((m) => m.status === 'scheduled').length,
        held: held.length,
        cancelled: meetings.filter((m) => m.status === 'cancelled').length,
        withOutcome: meetings.filter((m) => m.status === 'scheduled' && m.outcome).length,
      },
      outcomes,
      requests: { total: r.total, mutual: r.mutual, placed: r.placed },
      companiesServed: new Set(held.map((m) => m.enterprise_id)).size,
      agenciesServed: new Set(held.map((m) => m.agency_id)).size,
      bySlot,
      byCategory: await reportByCategory(this.dataSource.manager, sessionId),
      followUps: await followUpSummary(this.dataSource.manager, session),
    };
  }

  /** The whole agenda as a workbook: one sheet by time, one grid of slots × tables, one sheet per outcome list. */
  async workbook(sessionId: string, actor: Actor): Promise<{ filename: string; buffer: Buffer }> {
    const session = await loadSession(this.dataSource.manager, sessionId, actor);
    const agenda = await this.agenda(sessionId, actor);
    const book = new ExcelJS.Workbook();
    book.creator = 'SceneMatch';
    const time = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
    const list = addTableSheet(
      book,
      '日程',
      [
        { header: '时段', width: 8, value: (m) => m.slot + 1 },
        { header: '时间', width: 14, value: (m) => `${time(m.startsAt)}–${time(m.endsAt)}` },
        { header: '桌号', width: 8, value: (m) => m.table + 1 },
        { header: '企业', width: 32, value: (m) => m.enterprise.name },
        { header: '发榜单位', width: 28, value: (m) => m.agency.name },
        { header: '场景', width: 32, value: (m) => m.scenario?.title ?? '' },
        { header: '匹配度', width: 9, value: (m) => m.score ?? '' },
        { header: '来源', width: 12, value: (m) => (m.mutual ? '双向请求' : m.requested ? '单向请求' : m.pinned ? '组织方安排' : '匹配推荐') },
        // cancelReason is already its label (meetingView).
        { header: '状态', width: 12, value: (m) => (m.status === 'scheduled' ? '已安排' : `已取消（${m.cancelReason}）`) },
        { header: '成果', width: 10, value: (m) => (m.outcome ? MEETING_OUTCOME_LABELS[m.outcome] : '') },
        { header: '备注', width: 30, value: (m) => m.outcomeNote },
      ],
      agenda.meetings,
    );
    list.getRow(1).font = { bold: true };
    list.autoFilter = { from: 'A1', to: 'K1' };

    const grid = book.addWorksheet('桌位表', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    grid.getRow(1).values = ['时段 \\ 桌号', ...Array.from({ length: session.tables }, (_, t) => `${t + 1} 号桌`)];
    grid.getRow(1).font = { bold: true };
    grid.getColumn(1).width = 16;
    for (let t = 0; t < session.tables; t++) grid.getColumn(t + 2).width = 26;
    agenda.slotTimes.forEach((s, i) => {
      const row = grid.getRow(i + 2);
      row.getCell(1).value = `${s.slot + 1}（${time(s.startsAt)}）`;
      for (const m of agenda.meetings.filter((x) => x.slot === s.slot && x.status === 'scheduled')) {
        row.getCell(m.table + 2).value = `${m.enterprise.name}\n× ${m.agency.name}`;
        row.getCell(m.table + 2).alignment = { wrapText: true, vertical: 'top' };
      }
    });

    if (agenda.unplaced?.length) {
      const unplaced = addTableSheet(
        book,
        '未能安排的请求',
        [
          { header: '企业', width: 32, value: (u) => u.enterprise.name },
          { header: '发榜单位', width: 28, value: (u) => u.agency.name },
          { header: '场景', width: 32, value: (u) => u.scenario?.title ?? '' },
          { header: '原因', width: 40, value: (u) => u.reason },
        ],
        agenda.unplaced,
      );
      unplaced.getRow(1).font = { bold: true };
    }
    const buffer = await spreadsheetXlsx(book);
    return { filename: `${session.title}-日程.xlsx`, buffer };
  }

  private async unplacedViews(items: Array<{ enterpriseId: string; agencyId: string; scenarioId: string | null; reason: string; detail: string }>): Promise<UnplacedRequestView[]> {
    if (!items.length) return [];
    const ids = [...new Set(items.flatMap((u) => [u.enterpriseId, u.agencyId]))];
    const scenarioIds = [...new Set(items.map((u) => u.scenarioId).filter((x): x is string => !!x))];
    const name = await organisationNames(this.dataSource, ids);
    const title = await scenarioTitles(this.dataSource, scenarioIds);
    return items.map((u) => ({
      enterprise: { id: u.enterpriseId, name: name.get(u.enterpriseId) ?? '' },
      agency: { id: u.agencyId, name: name.get(u.agencyId) ?? '' },
      scenario: u.scenarioId ? { id: u.scenarioId, title: title.get(u.scenarioId) ?? '' } : null,
      reason: u.reason,
      detail: u.detail,
    }));
  }
}

export function runView(row: Record<string, unknown>): AgendaRunView {
  const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const stats = (row['stats'] as Record<string, unknown> | null) ?? null;
  return {
    id: row['id'] as string,
    status: row['status'] as AgendaRunView['status'],
    progress: Number(row['progress']),
    message: row['message'] as string,
    method: (row['method'] as string | null) ?? null,
    meetings: num(row['meetings']),
    totalValue: num(row['total_value']),
    lpBound: num(row['lp_bound']),
    gap: num(row['gap']),
    idleGaps: count(stats?.['idleGaps']),
    idleGapsBefore: count(stats?.['idleGapsBefore']),
    stats,
    error: (row['error'] as string | null) ?? null,
    createdAt: iso(row['created_at']) as string,
    finishedAt: iso(row['finished_at']),
  };
}

export function meetingView(r: MeetingRow, slotTimes: AgendaView['slotTimes']): MeetingView {
  const time = slotTimes[r.slot] ?? { startsAt: '', endsAt: '' };
  return {
    id: r.id,
    slot: r.slot,
    table: r.table_no,
    startsAt: time.startsAt,
    endsAt: time.endsAt,
    enterprise: { id: r.enterprise_id, name: r.enterprise_name },
    agency: { id: r.agency_id, name: r.agency_name },
    scenario: r.scenario_id ? { id: r.scenario_id, title: r.scenario_title ?? '' } : null,
    enterpriseId: r.enterprise_id,
    agencyId: r.agency_id,
    scenarioId: r.scenario_id,
    score: r.score,
    value: Number(r.value),
    requested: r.requested,
    mutual: r.mutual,
    pinned: r.pinned,
    status: r.status,
    cancelReason: r.cancel_reason ? (CANCEL_REASON_LABELS[r.cancel_reason] ?? r.cancel_reason) : null,
    outcome: r.outcome,
    outcomeNote: r.outcome_note,
    // Every caller of meetingView is staff or one of the meeting's two sides (see agenda/meeting).
    online: r.status === 'scheduled' && isOnline(placeOf(r)),
    onlineLink: r.status === 'scheduled' ? meetingLink(placeOf(r)) : null,
    ownLink: r.online_link,
  };
}

function placeOf(r: MeetingRow) {
  return { mode: r.session_mode, sessionLink: r.session_link, tableLinks: r.table_links ?? [], table: r.table_no, online: r.online, ownLink: r.online_link };
}

