import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MeetingRequestView, Page, SessionSuggestion } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, FieldValidationException, isStaff, isUniqueViolation, pageOf, RequestMeta } from '@scenematch/server-common';
import { MATCH_RESULTS, ORGANISATIONS, SCENARIOS } from '@scenematch/server-data';
import { NotificationsService } from '@scenematch/server-notifications';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingRequestDto, MeetingRequestQueryDto } from './session.dto';
import { loadSession, ownParticipant, PARTICIPANT_SQL, ParticipantRow, requireStatus, SessionRow } from './session-rows';
import { SessionsService } from './sessions.service';
import { answerRefusal, MEETING_REQUEST_STATUSES, withdrawalRefusal } from './session-lifecycle';

interface RequestRow {
  id: string;
  from_organisation_id: string;
  from_name: string;
  from_kind: 'enterprise' | 'agency';
  to_organisation_id: string;
  to_name: string;
  to_kind: 'enterprise' | 'agency';
  scenario_id: string | null;
  scenario_title: string | null;
  message: string;
  status: MeetingRequestView['status'];
  mutual: boolean;
  created_at: Date;
  responded_at: Date | null;
}

/** How one side settles a request (answers or withdraws it): the checks, in order, and their effect. */
interface Settlement<R extends string> {
  refusal: (row: RequestRow, organisationId: string) => R | null;
  /** The refusal that means this organisation may not (403), and its message. */
  forbidden: [R, string];
  /** The refusal that means the request is no longer open to this (409), and its message. */
  conflict: [R, string];
  /** What is being done, for the refusal when the session no longer takes requests. */
  doing: string;
  status: 'accepted' | 'declined' | 'withdrawn';
  action: string;
  /** The other side's notice, if it gets one. */
  notice?: (row: RequestRow, session: SessionRow) => { organisations: string[]; title: string };
}

const REQUEST_SQL = `
  SELECT r.id, r.from_organisation_id, fo.name AS from_name, CASE WHEN fo.type = 'enterprise' THEN 'enterprise' ELSE 'agency' END AS from_kind,
         r.to_organisation_id, tor.name AS to_name, CASE WHEN tor.type = 'enterprise' THEN 'enterprise' ELSE 'agency' END AS to_kind,
         r.scenario_id, sc.title AS scenario_title, r.message, r.status, r.created_at, r.responded_at,
         (r.status = 'accepted' OR EXISTS (SELECT 1 FROM meeting_requests back
            WHERE back.session_id = r.session_id AND back.from_organisation_id = r.to_organisation_id
              AND back.to_organisation_id = r.from_organisation_id AND back.status IN ('pending', 'accepted'))) AS mutual
    FROM meeting_requests r
    JOIN ${ORGANISATIONS} fo ON fo.id = r.from_organisation_id
    JOIN ${ORGANISATIONS} tor ON tor.id = r.to_organisation_id
    LEFT JOIN ${SCENARIOS} sc ON sc.id = r.scenario_id`;


@Injectable()
export class MeetingRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(sessionId: string, dto: MeetingRequestDto, actor: Actor, meta: RequestMeta): Promise<MeetingRequestView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      const me = await ownParticipant(manager, sessionId, actor);
      if (!me) throw new ForbiddenException('请先报名本场对接会，再提出洽谈请求');
      requireStatus(session, MEETING_REQUEST_STATUSES, '提出洽谈请求');
      const targets = await manager.query<ParticipantRow[]>(`${PARTICIPANT_SQL} WHERE p.session_id = $1 AND p.organisation_id = $2`, [sessionId, dto.toOrganisationId]);
      const target = SessionsService.requireCounterpart(targets[0], me.kind === 'enterprise' ? 'agency' : 'enterprise', 'toOrganisationId');
      const agency = me.kind === 'agency' ? me : target;
      if (dto.scenarioId && !agency.scenario_ids.includes(dto.scenarioId)) {
        throw FieldValidationException.single('scenarioId', '该场景不在发榜单位本次带来的场景中');
      }
      const scenarioId = dto.scenarioId ?? (agency.scenario_ids.length === 1 ? agency.scenario_ids[0] : null);
      let rows: Array<{ id: string }>;
      try {
        rows = await manager.query<Array<{ id: string }>>(
          `INSERT INTO meeting_requests (session_id, from_organisation_id, to_organisation_id, scenario_id, message, created_by)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [sessionId, me.organisation_id, target.organisation_id, scenarioId, dto.message ?? '', actor.userId],
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictException(`已向 ${target.organisation_name} 提出过洽谈请求`);
        throw error;
      }
      await this.audit.record({ action: 'session.request.create', actor, entityType: 'meeting_request', entityId: rows[0].id, meta, details: { sessionId, to: target.organisation_id } }, manager);
      await this.notifications.notify(manager, { organisations: [target.organisation_id] }, {
        kind: 'session.request',
        title: `${me.organisation_name} 希望在「${session.title}」与贵单位洽谈`,
        body: dto.message ?? '',
        link: `/sessions/${sessionId}`,
      });
      return rows[0].id;
    });
    return this.get(sessionId, id, actor);
  }

  async respond(sessionId: string, requestId: string, decision: 'accept' | 'decline', actor: Actor, meta: RequestMeta): Promise<MeetingRequestView> {
    return this.settle(sessionId, requestId, actor, meta, {
      refusal: answerRefusal,
      forbidden: ['not-invited', '只有被邀请方可以回复洽谈请求'],
      conflict: ['answered', '该请求已处理'],
      doing: '回复洽谈请求',
      status: decision === 'accept' ? 'accepted' : 'declined',
      action: `session.request.${decision}`,
      notice: (row, session) => ({
        organisations: [row.from_organisation_id],
        title: `${row.to_name}${decision === 'accept' ? '接受' : '婉拒'}了您在「${session.title}」的洽谈请求`,
      }),
    });
  }

  async withdraw(sessionId: string, requestId: string, actor: Actor, meta: RequestMeta): Promise<MeetingRequestView> {
    return this.settle(sessionId, requestId, actor, meta, {
      refusal: withdrawalRefusal,
      forbidden: ['not-requester', '只能撤回本单位提出的请求'],
      conflict: ['ended', '该请求已结束'],
      doing: '撤回洽谈请求',
      status: 'withdrawn',
      action: 'session.request.withdraw',
    });
  }

  /**
   * Moves a request to its final status for one side: who may (forbidden), whether the session
   * still takes requests, whether the request is still open (conflict) — in that order — then
   * the update, the audit record and, when there is one, the notice to the other side.
   */
  private async settle<R extends string>(sessionId: string, requestId: string, actor: Actor, meta: RequestMeta, step: Settlement<R>): Promise<MeetingRequestView> {
    await this.dataSource.transaction(async (manager) => {
      const session = await loadSession(manager, sessionId, actor, { lock: true });
      const row = await this.lockVisible(manager, sessionId, requestId, actor);
      const refusal = step.refusal(row, actor.organisationId);
      if (refusal === step.forbidden[0]) throw new ForbiddenException(step.forbidden[1]);
      requireStatus(session, MEETING_REQUEST_STATUSES, step.doing);
      if (refusal === step.conflict[0]) throw new ConflictException(step.conflict[1]);
      await manager.query<unknown>(`UPDATE meeting_requests SET status = $2, responded_at = now() WHERE id = $1`, [requestId, step.status]);
      await this.audit.record({ action: step.action, actor, entityType: 'meeting_request', entityId: requestId, meta, details: { sessionId } }, manager);
      const notice = step.notice?.(row, session);
      if (notice) await this.notifications.notify(manager, { organisations: notice.organisations }, { kind: 'session.request', title: notice.title, link: `/sessions/${sessionId}` });
    });
    return this.get(sessionId, requestId, actor);
  }

  async list(sessionId: string, query: MeetingRequestQueryDto, actor: Actor): Promise<Page<MeetingRequestView>> {
    await loadSession(this.dataSource.manager, sessionId, actor);
    const params: unknown[] = [sessionId];
    let where = 'r.session_id = $1';
    if (!isStaff(actor)) {
      params.push(actor.organisationId);
      where +=
        query.direction === 'incoming' ? ` AND r.to_organisation_id = $2` : query.direction === 'outgoing' ? ` AND r.from_organisation_id = $2` : ` AND (r.from_organisation_id = $2 OR r.to_organisation_id = $2)`;
    }
    const [{ count }] = await this.dataSource.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM meeting_requests r WHERE ${where}`, params);
    const rows = await this.dataSource.query<RequestRow[]>(`${REQUEST_SQL} WHERE ${where} ORDER BY r.created_at DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`, params);
    return pageOf(rows.map(view), count, query);
  }

  async get(sessionId: string, requestId: string, actor: Actor): Promise<MeetingRequestView> {
    const rows = await this.dataSource.query<RequestRow[]>(`${REQUEST_SQL} WHERE r.session_id = $1 AND r.id = $2`, [sessionId, requestId]);
    const row = rows[0];
    if (!row || !visibleTo(row, actor)) throw new NotFoundException('洽谈请求不存在');
    return view(row);
  }

  /**
   * Counterparts worth meeting, from the kept match scores: for a company, the agencies whose
   * scenarios brought to the session match it best; for an agency, the companies that match its
   * scenarios best.
   */
  async suggestions(sessionId: string, actor: Actor, limit = 10): Promise<SessionSuggestion[]> {
    await loadSession(this.dataSource.manager, sessionId, actor);
    const me = await ownParticipant(this.dataSource.manager, sessionId, actor);
    if (!me) throw new ForbiddenException('报名后才能查看推荐的洽谈对象');
    const rows =
      await this.dataSource.query<Array<{ organisation_id: string; name: string; kind: 'enterprise' | 'agency'; scenario_id: string; title: string; score: number; reasons: string[]; requested: boolean }>>(
        me.kind === 'enterprise'
          ? `SELECT DISTINCT ON (p.organisation_id) p.organisation_id, o.name, p.kind, m.scenario_id, s.title, m.score, m.reasons,
                    EXISTS (SELECT 1 FROM meeting_requests r WHERE r.session_id = p.session_id AND r.from_organisation_id = $2 AND r.to_organisation_id = p.organisation_id AND r.status IN ('pending', 'accepted')) AS requested
               FROM session_participants p
               JOIN ${ORGANISATIONS} o ON o.id = p.organisation_id
               JOIN ${MATCH_RESULTS} m ON m.scenario_id = ANY(p.scenario_ids) AND m.organisation_id = $2
               JOIN ${SCENARIOS} s ON s.id = m.scenario_id
              WHERE p.session_id = $1 AND p.kind = 'agency' AND p.status = 'registered'
              ORDER BY p.organisation_id, m.score DESC`
          : `SELECT DISTINCT ON (p.organisation_id) p.organisation_id, o.name, p.kind, m.scenario_id, s.title, m.score, m.reasons,
                    EXISTS (SELECT 1 FROM meeting_requests r WHERE r.session_id = p.session_id AND r.from_organisation_id = $2 AND r.to_organisation_id = p.organisation_id AND r.status IN ('pending', 'accepted')) AS requested
               FROM session_participants p
               JOIN ${ORGANISATIONS} o ON o.id = p.organisation_id
               JOIN ${MATCH_RESULTS} m ON m.organisation_id = p.organisation_id AND m.scenario_id = ANY($3::uuid[])
               JOIN ${SCENARIOS} s ON s.id = m.scenario_id
              WHERE p.session_id = $1 AND p.kind = 'enterprise' AND p.status = 'registered'
              ORDER BY p.organisation_id, m.score DESC`,
        me.kind === 'enterprise' ? [sessionId, me.organisation_id] : [sessionId, me.organisation_id, me.scenario_ids],
      );
    return rows
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((r) => ({ organisation: { id: r.organisation_id, name: r.name, kind: r.kind }, scenario: { id: r.scenario_id, title: r.title }, score: r.score, reasons: r.reasons.slice(0, 3), requested: r.requested }));
  }

  private async lockVisible(manager: EntityManager, sessionId: string, requestId: string, actor: Actor): Promise<RequestRow> {
    const rows = await manager.query<RequestRow[]>(`${REQUEST_SQL} WHERE r.session_id = $1 AND r.id = $2 FOR UPDATE OF r`, [sessionId, requestId]);
    const row = rows[0];
    if (!row || !visibleTo(row, actor)) throw new NotFoundException('洽谈请求不存在');
    return row;
  }
}

function visibleTo(row: Pick<RequestRow, 'from_organisation_id' | 'to_organisation_id'>, actor: Actor): boolean {
  return isStaff(actor) || row.from_organisation_id === actor.organisationId || row.to_organisation_id === actor.organisationId;
}

function view(r: RequestRow): MeetingRequestView {
  return {
    id: r.id,
    from: { id: r.from_organisation_id, name: r.from_name, kind: r.from_kind },
    to: { id: r.to_organisation_id, name: r.to_name, kind: r.to_kind },
    scenario: r.scenario_id ? { id: r.scenario_id, title: r.scenario_title ?? '' } : null,
    message: r.message,
    status: r.status,
    mutual: r.mutual,
    createdAt: new Date(r.created_at).toISOString(),
    respondedAt: r.responded_at ? new Date(r.responded_at).toISOString() : null,
  };
}
