import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { type CalendarFeedView, type MeetingView } from '@scenematch/contracts';
import { AuditService } from '@scenematch/server-audit';
import { Actor, RequestMeta } from '@scenematch/server-common';
import { AppConfig } from '@scenematch/server-config';
import { USERS } from '@scenematch/server-data';
import { returningRows } from '@scenematch/server-database';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AgendaService, MEETING_SQL, MeetingRow, meetingView, PUBLISHED } from './agenda.service';
import { loadSession, SessionRow, slotTimesOf } from './session-rows';

const ZONE = 'Asia/Shanghai';
/** The secret of a subscription URL: 32 random bytes, base64url (43 characters). */
const SECRET = /^[A-Za-z0-9_-]{43}$/;
/** A feed carries at most this many meetings (the newest sessions first). */
const FEED_LIMIT = 1000;

interface CalendarItem {
  meeting: MeetingView;
  sequence: number;
  session: Pick<SessionRow, 'id' | 'title' | 'venue'>;
}

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Calendars of a participant's meetings (.ics, RFC 5545, written by ical-generator): a download per
 * session and a private subscription URL across sessions. Times carry TZID Asia/Shanghai with its
 * VTIMEZONE; UIDs are the meetings' ids; SEQUENCE grows whenever time, place, link or status change
 * (database triggers), so calendar apps replace an event instead of adding a second one.
 */
@Injectable()
export class SessionCalendarService {
  private readonly base: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agendas: AgendaService,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.base = config.PUBLIC_URL.replace(/\/+$/, '');
  }

  /** The caller's meetings of one session (staff: every meeting), as an .ics file. */
  async sessionCalendar(sessionId: string, actor: Actor): Promise<{ filename: string; body: string }> {
    const session = await loadSession(this.dataSource.manager, sessionId, actor);
    const agenda = await this.agendas.agenda(sessionId, actor);
    const sequences = await this.sequences(agenda.meetings.map((m) => m.id));
    const items = agenda.meetings.map((meeting) => ({ meeting, sequence: session.calendar_sequence + (sequences.get(meeting.id) ?? 0), session }));
    return { filename: `${session.title}-洽谈日程.ics`, body: this.write(`${session.title} · 洽谈日程`, items, actor.organisationId ?? null) };
  }

  async feedStatus(actor: Actor): Promise<CalendarFeedView> {
    const rows = await this.dataSource.query<Array<{ created_at: Date; last_used_at: Date | null }>>(
      `SELECT created_at, last_used_at FROM calendar_feeds WHERE user_id = $1 AND revoked_at IS NULL`,
      [actor.userId],
    );
    const row = rows[0];
    return { active: !!row, createdAt: row ? row.created_at.toISOString() : null, lastUsedAt: row?.last_used_at ? row.last_used_at.toISOString() : null, path: null };
  }

  /** Makes the caller's subscription URL, or a new one (the old URL stops working at once). */
  async renewFeed(actor: Actor, meta: RequestMeta): Promise<CalendarFeedView> {
    const secret = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      const revoked = returningRows(await manager.query<[Array<{ id: string }>, number]>(`UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`, [actor.userId]));
      await manager.query<unknown>(`INSERT INTO calendar_feeds (user_id, organisation_id, token_hash) VALUES ($1, $2, $3)`, [actor.userId, actor.organisationId, hash(secret)]);
      await this.audit.record({ action: revoked.length ? 'calendar_feed.renew' : 'calendar_feed.create', actor, entityType: 'user', entityId: actor.userId, meta }, manager);
    });
    return { ...(await this.feedStatus(actor)), path: `/api/calendar/${secret}.ics` };
  }

  async revokeFeed(actor: Actor, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query<unknown>(`UPDATE calendar_feeds SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [actor.userId]);
      await this.audit.record({ action: 'calendar_feed.revoke', actor, entityType: 'user', entityId: actor.userId, meta }, manager);
    });
  }

  /**
   * The subscription: the current meetings of the feed owner's organisation in every published
   * session. 404 for an unknown, renewed or stopped secret, and when the owner's access ended
   * (disabled, erased, or moved to another organisation or role).
   */
  async feed(file: string): Promise<string> {
    const secret = file.replace(/\.ics$/, '');
    if (!SECRET.test(secret) || !file.endsWith('.ics')) throw new NotFoundException('日历订阅不存在或已停用');
    const owners = await this.dataSource.query<[Array<{ id: string; organisation_id: string }>, number]>(
      `UPDATE calendar_feeds f SET last_used_at = now()
         FROM ${USERS} u
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND u.id = f.user_id AND NOT u.disabled AND u.erased_at IS NULL
          AND u.organisation_id = f.organisation_id AND u.role IN ('enterprise', 'agency', 'financier')
        RETURNING f.id, f.organisation_id`,
      [hash(secret)],
    ).then((r) => returningRows(r));
    const owner = owners[0];
    if (!owner) throw new NotFoundException('日历订阅不存在或已停用');
    const rows = await this.dataSource.query<MeetingRow[]>(
      `${MEETING_SQL}
        JOIN session_participants p ON p.session_id = m.session_id AND p.organisation_id = $1 AND p.status = 'registered'
       WHERE (m.enterprise_id = $1 OR m.agency_id = $1) AND ms.status = ANY($2::text[])
       ORDER BY ms.starts_at DESC, m.slot LIMIT ${FEED_LIMIT}`,
      [owner.organisation_id, PUBLISHED],
    );
    const sessionIds = [...new Set(rows.map((r) => r.session_id))];
    const sessions = sessionIds.length ? await this.dataSource.query<SessionRow[]>(`SELECT * FROM matchmaking_sessions WHERE id = ANY($1::uuid[])`, [sessionIds]) : [];
    const byId = new Map(sessions.map((s) => [s.id, { row: s, times: slotTimesOf(s) }]));
    const items: CalendarItem[] = rows.map((r) => {
      const s = byId.get(r.session_id);
      if (!s) throw new NotFoundException('对接会不存在');
      return { meeting: meetingView(r, s.times), sequence: s.row.calendar_sequence + r.calendar_sequence, session: s.row };
    });
    return this.write('SceneMatch 对接会洽谈', items, owner.organisation_id);
  }

  private async sequences(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; calendar_sequence: number }>>(`SELECT id, calendar_sequence FROM session_meetings WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.calendar_sequence]));
  }

  /** The calendar text: one event per meeting, summary and description naming the other side. */
  private write(name: string, items: CalendarItem[], viewer: string | null): string {
    const calendar = ical({ name, prodId: { company: 'SceneMatch', product: 'sessions', language: 'ZH' } });
    calendar.method(ICalCalendarMethod.PUBLISH);
    calendar.timezone({ name: null, generator: getVtimezoneComponent });
    const zoned = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
    for (const { meeting: m, sequence, session } of items) {
      const other = m.enterprise.id === viewer ? m.agency.name : m.agency.id === viewer ? m.enterprise.name : `${m.enterprise.name} × ${m.agency.name}`;
      const table = `${m.table + 1} 号桌`;
      const location = m.onlineLink ? `线上：${m.onlineLink}` : [session.venue, table].filter(Boolean).join(' ');
      const page = `${this.base}/sessions/${session.id}`;
      const description = [
        `对方：${other}`,
        m.scenario ? `场景：${m.scenario.title}` : '',
        `时段 ${m.slot + 1}${m.onlineLink ? '' : `，${table}`}`,
        m.onlineLink ? `会议链接：${m.onlineLink}` : session.venue ? `地点：${session.venue}` : '',
        m.status === 'cancelled' ? `已取消${m.cancelReason ? `（${m.cancelReason}）` : ''}` : '',
        `对接会：${session.title}`,
        `详情：${page}`,
      ].filter(Boolean);
      calendar.createEvent({
        id: `${m.id}@scenematch`,
        sequence,
        timezone: ZONE,
        start: zoned(m.startsAt),
        end: zoned(m.endsAt),
        stamp: new Date(),
        summary: `${m.status === 'cancelled' ? '【已取消】' : ''}洽谈：${other}（${session.title}）`,
        location,
        description: description.join('\n'),
        url: m.onlineLink ?? page,
        status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }
}
