import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FOLLOW_UP_ANSWERS, type FollowUpAnswer, type FollowUpSummary, type FollowUpView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, isStaff, RequestMeta } from '@scenematch/server-common';
import { ORGANISATIONS, SCENARIOS } from '@scenematch/server-data';
import { DataSource, EntityManager } from 'typeorm';
import { FollowUpAnswerDto } from './session.dto';
import { loadSession, ownParticipant, SessionRow, slotTimesOf } from './session-rows';

/**
 * A meeting was held when it stayed on the agenda and either an outcome was recorded for it or
 * both sides checked in (the session report counts the same way). `m` is session_meetings; `pe`
 * and `pa` the enterprise's and the agency's session_participants rows.
 */
/**
 * Whether meeting `m` was held: scheduled, and an outcome recorded or both sides checked in.
 * `enterprise` and `agency` name the two sides' session_participants rows in the query. The
 * session report, its by-kind split and the follow-ups all count with this one rule.
 */
export function heldMeetingSql(enterprise: string, agency: string): string {
  return `(m.status = 'scheduled' AND (m.outcome IS NOT NULL OR (${enterprise}.checked_in_at IS NOT NULL AND ${agency}.checked_in_at IS NOT NULL)))`;
}

export const HELD_MEETING_SQL = heldMeetingSql('pe', 'pa');

/** When a session's follow-up questions are due: its start plus its follow-up delay. */
export function followUpDueAt(session: Pick<SessionRow, 'starts_at' | 'follow_up_after_days'>): Date {
  return new Date(new Date(session.starts_at).getTime() + session.follow_up_after_days * 86_400_000);
}

/** The follow-up figures of one session (its report). */
export async function followUpSummary(manager: EntityManager, session: SessionRow): Promise<FollowUpSummary> {
  const rows = await manager.query<Array<{ answer: FollowUpAnswer | null; count: number }>>(
    `SELECT answer, count(*)::int AS count FROM session_follow_ups WHERE session_id = $1 GROUP BY answer`,
    [session.id],
  );
  const answers = Object.fromEntries(FOLLOW_UP_ANSWERS.map((a) => [a, 0])) as Record<FollowUpAnswer, number>;
  let asked = 0;
  for (const r of rows) {
    asked += r.count;
    if (r.answer) answers[r.answer] += r.count;
  }
  return { asked, answered: Object.values(answers).reduce((a, b) => a + b, 0), answers, dueAt: followUpDueAt(session).toISOString() };
}

interface FollowUpRow {
  id: string;
  meeting_id: string;
  slot: number;
  counterpart_id: string;
  counterpart_name: string;
  scenario_id: string | null;
  scenario_title: string | null;
  asked_at: Date;
  answer: FollowUpAnswer | null;
  note: string;
  answered_at: Date | null;
}

/** The follow-up questions of a participant and its answers. */
@Injectable()
export class SessionFollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The questions asked of the caller's organisation in this session (staff: none of their own). */
  async list(sessionId: string, actor: Actor): Promise<FollowUpView[]> {
    const session = await loadSession(this.dataSource.manager, sessionId, actor);
    if (isStaff(actor)) return [];
    const me = await ownParticipant(this.dataSource.manager, sessionId, actor);
    if (!me) throw new ForbiddenException('只有本场对接会的参会单位可以查看回访');
    const rows = await this.rows(this.dataSource.manager, sessionId, actor.organisationId as string);
    const times = slotTimesOf(session);
    return rows.map((r) => this.view(r, times));
  }

  async answer(sessionId: string, followUpId: string, dto: FollowUpAnswerDto, actor: Actor, meta: RequestMeta): Promise<FollowUpView> {
    await this.dataSource.transaction(async (manager) => {
      await loadSession(manager, sessionId, actor);
      const rows = await manager.query<Array<{ organisation_id: string; answer: string | null }>>(
        `SELECT organisation_id, answer FROM session_follow_ups WHERE id = $1 AND session_id = $2 FOR UPDATE`,
        [followUpId, sessionId],
      );
      // Only the organisation asked answers; to anyone else the question does not exist.
      if (!rows[0] || rows[0].organisation_id !== actor.organisationId) throw new NotFoundException('回访不存在或无权查看');
      if (rows[0].answer) throw new ConflictException('已经回复过这次回访');
      await manager.query<unknown>(`UPDATE session_follow_ups SET answer = $2, note = $3, answered_at = now(), answered_by = $4 WHERE id = $1`, [followUpId, dto.answer, dto.note ?? '', actor.userId]);
      await this.audit.record({ action: 'session.follow_up.answer', actor, entityType: 'session_follow_up', entityId: followUpId, meta, details: { sessionId, answer: dto.answer } }, manager);
    });
    const session = await loadSession(this.dataSource.manager, sessionId, actor);
    const rows = await this.rows(this.dataSource.manager, sessionId, actor.organisationId as string, followUpId);
    return this.view(rows[0], slotTimesOf(session));
  }

  private rows(manager: EntityManager, sessionId: string, organisationId: string, id?: string): Promise<FollowUpRow[]> {
    return manager.query<FollowUpRow[]>(
      `SELECT f.id, f.meeting_id, m.slot, o.id AS counterpart_id, o.name AS counterpart_name, m.scenario_id, s.title AS scenario_title,
              f.asked_at, f.answer, f.note, f.answered_at
         FROM session_follow_ups f
         JOIN session_meetings m ON m.id = f.meeting_id
         JOIN ${ORGANISATIONS} o ON o.id = CASE WHEN m.enterprise_id = f.organisation_id THEN m.agency_id ELSE m.enterprise_id END
         LEFT JOIN ${SCENARIOS} s ON s.id = m.scenario_id
        WHERE f.session_id = $1 AND f.organisation_id = $2 AND ($3::uuid IS NULL OR f.id = $3)
        ORDER BY m.slot`,
      [sessionId, organisationId, id ?? null],
    );
  }

  private view(r: FollowUpRow, times: Array<{ startsAt: string }>): FollowUpView {
    return {
      id: r.id,
      meetingId: r.meeting_id,
      counterpart: { id: r.counterpart_id, name: r.counterpart_name },
      scenario: r.scenario_id ? { id: r.scenario_id, title: r.scenario_title ?? '' } : null,
      meetingStartsAt: times[r.slot]?.startsAt ?? '',
      askedAt: new Date(r.asked_at).toISOString(),
      answer: r.answer,
      note: r.note,
      answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null,
    };
  }
}
