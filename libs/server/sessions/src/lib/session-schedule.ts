import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatBeijing, type MeetingReminderKind } from '@scenematch/contracts';
import { NotificationsService } from '@scenematch/server-notifications';
import { ORGANISATIONS } from '@scenematch/server-data';
import { DataSource } from 'typeorm';
import type { MeetingRow } from './agenda.service';
import { HELD_MEETING_SQL } from './session-followup.service';
import { meetingLink } from './session-online';
import { SessionRow, slotTimesOf } from './session-rows';

/** The day-before reminder goes out within 24 hours of the start, the hour-before one within the hour. */
const REMINDER_WINDOWS: Array<{ kind: MeetingReminderKind; withinMs: number; label: string }> = [
  { kind: 'hour_before', withinMs: 3_600_000, label: '即将开始' },
  { kind: 'day_before', withinMs: 86_400_000, label: '明天' },
];

/** Follow-ups are not asked about meetings whose due date passed this long ago (a worker down for months). */
const FOLLOW_UP_GRACE_DAYS = 90;

type ReminderMeeting = Pick<MeetingRow, 'id' | 'slot' | 'table_no' | 'enterprise_id' | 'enterprise_name' | 'agency_id' | 'agency_name' | 'online' | 'online_link'>;

/**
 * The worker's timers for sessions: reminders before each meeting and, months after the day, the
 * follow-up question to both sides of each held meeting. Every worker process has the timers;
 * each message is recorded (session_meeting_reminders, session_follow_ups) in the transaction of
 * its notification, keyed by meeting and side, so it goes out once however often the runs come.
 * Both runs take `now` so that tests drive them with a clock.
 */
@Injectable()
export class SessionSchedule {
  private readonly logger = new Logger(SessionSchedule.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  @Cron('*/5 * * * *', { name: 'session-meeting-reminders' })
  async remindersTick(): Promise<void> {
    await this.sendMeetingReminders(new Date()).catch((e) => this.logger.error(`Meeting reminders failed: ${e}`));
  }

  @Cron('0 10 * * *', { timeZone: 'Asia/Shanghai', name: 'session-follow-ups' })
  async followUpsTick(): Promise<void> {
    await this.askFollowUps(new Date()).catch((e) => this.logger.error(`Follow-ups failed: ${e}`));
  }

  /** Reminds both sides of each meeting starting within a day (and again within the hour); returns the reminders sent. */
  async sendMeetingReminders(now: Date): Promise<number> {
    const sessions = await this.dataSource.query<SessionRow[]>(
      `SELECT * FROM matchmaking_sessions WHERE status IN ('scheduled', 'running') AND starts_at BETWEEN $1::timestamptz - interval '1 day' AND $1::timestamptz + interval '2 days'`,
      [now],
    );
    let sent = 0;
    for (const session of sessions) {
      const times = slotTimesOf(session);
      const meetings = await this.dataSource.query<ReminderMeeting[]>(
        `SELECT m.id, m.slot, m.table_no, m.enterprise_id, e.name AS enterprise_name, m.agency_id, a.name AS agency_name, m.online, m.online_link
           FROM session_meetings m JOIN ${ORGANISATIONS} e ON e.id = m.enterprise_id JOIN ${ORGANISATIONS} a ON a.id = m.agency_id
          WHERE m.session_id = $1 AND m.status = 'scheduled'`,
        [session.id],
      );
      for (const m of meetings) {
        const startsAt = new Date(times[m.slot]?.startsAt ?? 0);
        const lead = startsAt.getTime() - now.getTime();
        const window = REMINDER_WINDOWS.find((w) => lead > 0 && lead <= w.withinMs);
        if (!window) continue;
        const link = meetingLink({ mode: session.mode, sessionLink: session.online_link, tableLinks: session.table_links ?? [], table: m.table_no, online: m.online, ownLink: m.online_link });
        const place = link ? `线上洽谈，会议链接：${link}` : `地点：${[session.venue, `${m.table_no + 1} 号桌`].filter(Boolean).join(' ')}`;
        for (const side of [
          { organisationId: m.enterprise_id, other: m.agency_name },
          { organisationId: m.agency_id, other: m.enterprise_name },
        ]) {
          sent += await this.dataSource.transaction(async (manager) => {
            const fresh = await manager.query<Array<{ meeting_id: string }>>(
              `INSERT INTO session_meeting_reminders (meeting_id, organisation_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING meeting_id`,
              [m.id, side.organisationId, window.kind],
            );
            if (!fresh.length) return 0;
            await this.notifications.notify(manager, { organisations: [side.organisationId] }, {
              kind: 'session.meeting_reminder',
              title: `洽谈${window.label}：与${side.other}（${formatBeijing(startsAt)}）`,
              body: `「${session.title}」时段 ${m.slot + 1}，${formatBeijing(startsAt)}（北京时间）开始，对方：${side.other}。${place}`,
              link: `/sessions/${session.id}`,
            });
            return 1;
          });
        }
      }
    }
    if (sent) this.logger.log(`Meeting reminders: ${sent}`);
    return sent;
  }

  /** Asks both sides of each held meeting what came of it, once, when the session's follow-up is due; returns the questions sent. */
  async askFollowUps(now: Date): Promise<number> {
    const due = await this.dataSource.query<Array<{ meeting_id: string; session_id: string; title: string; organisation_id: string; other: string }>>(
      `SELECT m.id AS meeting_id, s.id AS session_id, s.title, side.organisation_id, side.other
         FROM session_meetings m
         JOIN matchmaking_sessions s ON s.id = m.session_id
         JOIN ${ORGANISATIONS} e ON e.id = m.enterprise_id
         JOIN ${ORGANISATIONS} a ON a.id = m.agency_id
         LEFT JOIN session_participants pe ON pe.session_id = m.session_id AND pe.organisation_id = m.enterprise_id
         LEFT JOIN session_participants pa ON pa.session_id = m.session_id AND pa.organisation_id = m.agency_id
         CROSS JOIN LATERAL (VALUES (m.enterprise_id, a.name), (m.agency_id, e.name)) AS side(organisation_id, other)
        WHERE s.status IN ('running', 'closed') AND ${HELD_MEETING_SQL}
          AND s.starts_at + make_interval(days => s.follow_up_after_days) <= $1::timestamptz
          AND s.starts_at + make_interval(days => s.follow_up_after_days + $2) > $1::timestamptz
          AND NOT EXISTS (SELECT 1 FROM session_follow_ups f WHERE f.meeting_id = m.id AND f.organisation_id = side.organisation_id)
        ORDER BY s.starts_at, m.slot`,
      [now, FOLLOW_UP_GRACE_DAYS],
    );
    let sent = 0;
    for (const d of due) {
      sent += await this.dataSource.transaction(async (manager) => {
        const fresh = await manager.query<Array<{ id: string }>>(
          `INSERT INTO session_follow_ups (session_id, meeting_id, organisation_id, asked_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
          [d.session_id, d.meeting_id, d.organisation_id, now],
        );
        if (!fresh.length) return 0;
        await this.notifications.notify(manager, { organisations: [d.organisation_id] }, {
          kind: 'session.follow_up',
          title: `回访：在「${d.title}」与${d.other}的洽谈后来怎样了？`,
          body: `请用一分钟告诉我们这场洽谈的结果（签约 / 试点 / 融资 / 无），帮助服务中心改进对接会。`,
          link: `/sessions/${d.session_id}?followUp=${fresh[0].id}`,
        });
        return 1;
      });
    }
    if (sent) this.logger.log(`Follow-up questions: ${sent}`);
    return sent;
  }
}
