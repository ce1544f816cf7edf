import { INestApplicationContext } from '@nestjs/common';
import { AgendaView, CalendarFeedView, FollowUpView, MeetingView, Page, ParticipantView, SessionReport, SessionView, StatsOverview } from '@scenematch/contracts';
import { NotificationsModule } from '@scenematch/server-notifications';
import { SessionJobsModule, SessionSchedule } from '@scenematch/server-sessions';
import { createUser, TestClient, TestUser } from '@scenematch/server-testing';
import { sync as icalSync, type VEvent } from 'node-ical';
import { startTestApp, TestApp } from '../testing/test-app';
import { startTestWorker } from '../testing/test-worker';

const A_LINK = 'https://meeting.tencent.com/dm/a-with-health';
const TABLE_LINK = 'https://meeting.tencent.com/dm/table-two';
const SESSION_LINK = 'https://meeting.tencent.com/dm/whole-session';
/** 14:00 Beijing time is 06:00 UTC. */
const STARTS = '2027-01-14T14:00:00+08:00';

function events(text: string): VEvent[] {
  return Object.values(icalSync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}
const text = (v: unknown) => (typeof v === 'string' ? v : ((v as { val?: string })?.val ?? ''));

describe('sessions as participants expect them: online links, calendars, reminders and the follow-up', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let schedule: SessionSchedule;
  let organiser: TestClient;
  let admin: TestClient;
  let anonymous: TestClient;
  let health: TestClient; // the agency (a health commission, say) all three companies meet
  let healthName: string;
  let a: TestClient; // meets health online with its own link
  let b: TestClient; // meets health at the table with a link
  let c: TestClient; // meets health in the room: must never see the others' links
  let userB: TestUser; // b's user (an administrator disables it)
  let orgs: { health: string; a: string; b: string; c: string; names: Record<string, string> };
  let sessionId: string;
  let meetings: Record<'a' | 'b' | 'c', string>;

  beforeAll(async () => {
    t = await startTestApp('calendar');
    worker = await startTestWorker(t, NotificationsModule, SessionJobsModule);
    schedule = worker.get(SessionSchedule);
    anonymous = t.client;
    const [staff, administrator, agency] = await Promise.all([createUser(t, { role: 'organiser' }), createUser(t, { role: 'admin' }), createUser(t, { role: 'agency', verified: true })]);
    [organiser, admin, health] = [staff.client, administrator.client, agency.client];
    healthName = agency.organisation.name;
    const companyUsers = await Promise.all([1, 2, 3].map(() => createUser(t, { role: 'enterprise', verified: true })));
    [a, b, c] = companyUsers.map((u) => u.client);
    userB = companyUsers[1];
    const companies = companyUsers.map((u) => u.organisation);
    orgs = { health: agency.organisation.id, a: companies[0].id, b: companies[1].id, c: companies[2].id, names: Object.fromEntries(companies.map((o) => [o.id, o.name])) };
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('takes a session’s mode, links and follow-up delay, with field-level errors', async () => {
    const base = { title: '线上线下结合供需对接会', venue: '深圳湾创业广场 3 楼', startsAt: STARTS, slotMinutes: 30, slots: 3, tables: 2 };
    const noLink = await organiser.post('/api/sessions', { ...base, mode: 'online' });
    expect(noLink.status).toBe(400);
    expect((noLink.body as { errors: Array<{ field: string }> }).errors[0].field).toBe('onlineLink');
    const badLink = await organiser.post('/api/sessions', { ...base, mode: 'hybrid', onlineLink: 'meeting.tencent.com' });
    expect(badLink.status).toBe(400);
    expect((await organiser.post('/api/sessions', { ...base, followUpAfterDays: 0 })).status).toBe(400);

    const created = await organiser.post<SessionView>('/api/sessions', { ...base, mode: 'hybrid', onlineLink: SESSION_LINK, tableLinks: ['', TABLE_LINK] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ mode: 'hybrid', followUpAfterDays: 182, onlineLink: SESSION_LINK, tableLinks: ['', TABLE_LINK] });
    sessionId = created.body.id;
    await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'open_for_registration' });
    for (const client of [health, a, b, c]) expect((await client.post<ParticipantView>(`/api/sessions/${sessionId}/participants`, {})).status).toBe(201);
    const add = async (enterpriseId: string, slot: number, table: number) =>
      (await organiser.post<MeetingView>(`/api/sessions/${sessionId}/meetings`, { enterpriseId, agencyId: orgs.health, slot, table })).body;
    const ma = await add(orgs.a, 0, 0);
    const mb = await add(orgs.b, 1, 1);
    const mc = await add(orgs.c, 2, 0);
    expect(mb).toMatchObject({ online: true, onlineLink: TABLE_LINK });
    expect(mc).toMatchObject({ online: false, onlineLink: null });
    // One meeting held online with a link of its own; only staff set that.
    expect((await a.patch(`/api/sessions/${sessionId}/meetings/${ma.id}`, { online: true, onlineLink: A_LINK })).status).toBe(404);
    expect((await organiser.patch(`/api/sessions/${sessionId}/meetings/${ma.id}`, { online: true, onlineLink: 'not a link' })).status).toBe(400);
    const online = await organiser.patch<MeetingView>(`/api/sessions/${sessionId}/meetings/${ma.id}`, { online: true, onlineLink: A_LINK });
    expect(online.body).toMatchObject({ online: true, onlineLink: A_LINK });
    meetings = { a: ma.id, b: mb.id, c: mc.id };
    expect((await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'scheduled' })).status).toBe(200);
  });

  it('shows a meeting link only to the meeting’s two sides and staff', async () => {
    const mine = await a.get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    expect(mine.body.meetings.map((m) => m.onlineLink)).toEqual([A_LINK]);
    const agency = await health.get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    expect(agency.body.meetings.map((m) => m.onlineLink)).toEqual([A_LINK, TABLE_LINK, null]);
    // Company C, a participant of the same session, and the public see none of the links.
    const seenByC = [
      await c.get(`/api/sessions/${sessionId}/agenda`),
      await c.get(`/api/sessions/${sessionId}`),
      await c.get(`/api/sessions/${sessionId}/participants?pageSize=50`),
      await c.get(`/api/sessions/${sessionId}/agenda.ics`),
      await anonymous.get(`/api/sessions/${sessionId}`),
      await anonymous.get(`/api/sessions?pageSize=50`),
    ];
    for (const r of seenByC) {
      expect(r.status).toBe(200);
      const body = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
      for (const link of [A_LINK, TABLE_LINK, SESSION_LINK]) expect(body).not.toContain(link);
    }
    expect((await c.get<AgendaView>(`/api/sessions/${sessionId}/agenda`)).body.meetings.map((m) => m.id)).toEqual([meetings.c]);
    expect((await c.patch(`/api/sessions/${sessionId}/meetings/${meetings.a}`, { outcomeNote: 'x' })).status).toBe(404);
    const staff = await organiser.get<SessionView>(`/api/sessions/${sessionId}`);
    expect(staff.body.onlineLink).toBe(SESSION_LINK);
  });

  it('downloads a participant’s agenda as an .ics in Beijing time with place, link and the other side', async () => {
    const own = await a.get<string>(`/api/sessions/${sessionId}/agenda.ics`);
    expect(own.status).toBe(200);
    expect(String(own.headers['content-type'])).toContain('text/calendar');
    const raw = String(own.body);
    expect(raw).toContain('METHOD:PUBLISH');
    expect(raw).toContain('BEGIN:VTIMEZONE');
    expect(raw).toContain('DTSTART;TZID=Asia/Shanghai:20270114T140000');
    const [event] = events(raw);
    expect(events(raw)).toHaveLength(1);
    expect(event.start.toISOString()).toBe('2027-01-14T06:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2027-01-14T06:30:00.000Z');
    expect(event.uid).toBe(`${meetings.a}@scenematch`);
    expect(event.summary).toContain(healthName);
    expect(event.location).toContain(A_LINK);
    expect(event.description).toContain(A_LINK);

    const agency = events(String((await health.get<string>(`/api/sessions/${sessionId}/agenda.ics`)).body));
    expect(agency.map((e) => e.start.toISOString())).toEqual(['2027-01-14T06:00:00.000Z', '2027-01-14T06:30:00.000Z', '2027-01-14T07:00:00.000Z']);
    expect(agency.map((e) => e.summary)).toEqual([orgs.names[orgs.a], orgs.names[orgs.b], orgs.names[orgs.c]].map((n) => expect.stringContaining(n)));
    const inRoom = agency[2];
    expect(inRoom.location).toBe('深圳湾创业广场 3 楼 1 号桌');
    expect(text(inRoom.url)).not.toContain('meeting.tencent.com');

    expect((await anonymous.get(`/api/sessions/${sessionId}/agenda.ics`)).status).toBe(401);
    const outsider = (await createUser(t, { role: 'agency', verified: true })).client;
    expect((await outsider.get(`/api/sessions/${sessionId}/agenda.ics`)).status).toBe(403);
  });

  it('reminds both sides the day before and the hour before, once, with the link only to them', async () => {
    const reminders = async (orgId: string) =>
      (await t.database.query<{ title: string; body: string; email_status: string }>(
        `SELECT n.title, n.body, n.email_status FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.organisation_id = $1 AND n.kind = 'session.meeting_reminder' ORDER BY n.created_at`,
        [orgId],
      )).rows;
    // 15:00 the day before: every meeting (14:00, 14:30, 15:00) starts within 24 hours.
    expect(await schedule.sendMeetingReminders(new Date('2027-01-13T15:00:00+08:00'))).toBe(6);
    expect(await schedule.sendMeetingReminders(new Date('2027-01-13T15:05:00+08:00'))).toBe(0);
    // 13:30 on the day: the 14:00 and 14:30 meetings get their hour-before reminder.
    expect(await schedule.sendMeetingReminders(new Date('2027-01-14T13:30:00+08:00'))).toBe(4);
    expect(await schedule.sendMeetingReminders(new Date('2027-01-14T13:31:00+08:00'))).toBe(0);
    const ofA = await reminders(orgs.a);
    expect(ofA).toHaveLength(2);
    expect(ofA[0].body).toContain(A_LINK);
    expect(ofA[0].body).toContain('2027-01-14 14:00');
    expect(ofA[0].title).toContain(healthName);
    expect(ofA.every((n) => n.email_status === 'pending')).toBe(true);
    const ofC = await reminders(orgs.c);
    expect(ofC).toHaveLength(1);
    expect(ofC[0].body).toContain('深圳湾创业广场 3 楼 1 号桌');
    expect(JSON.stringify(ofC)).not.toMatch(/meeting\.tencent\.com/);
  });

  it('keeps a private subscription URL current; renewing, stopping or disabling the account ends it', async () => {
    expect((await a.get<CalendarFeedView>('/api/me/calendar-feed')).body).toMatchObject({ active: false, path: null });
    expect((await organiser.post('/api/me/calendar-feed')).status).toBe(403);
    const made = await a.post<CalendarFeedView>('/api/me/calendar-feed');
    expect(made.body.active).toBe(true);
    expect(made.body.path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const url = made.body.path as string;
    // Only a hash is stored.
    const stored = (await t.database.query<{ token_hash: string }>(`SELECT token_hash FROM calendar_feeds WHERE revoked_at IS NULL`)).rows.map((r) => r.token_hash);
    expect(stored.some((h) => url.includes(h))).toBe(false);
    expect((await a.get<CalendarFeedView>('/api/me/calendar-feed')).body.path).toBeNull();

    const first = await anonymous.get<string>(url);
    expect(first.status).toBe(200);
    const [before] = events(String(first.body));
    expect(before.location).toContain(A_LINK);

    // The organiser moves the meeting back into the room: the feed says so, with a higher SEQUENCE.
    await organiser.patch(`/api/sessions/${sessionId}/meetings/${meetings.a}`, { online: false });
    const [after] = events(String((await anonymous.get<string>(url)).body));
    expect(after.uid).toBe(before.uid);
    expect(after.location).toBe('深圳湾创业广场 3 楼 1 号桌');
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    await organiser.patch(`/api/sessions/${sessionId}`, { venue: '深圳湾创业广场 5 楼' });
    const [moved] = events(String((await anonymous.get<string>(url)).body));
    expect(moved.location).toBe('深圳湾创业广场 5 楼 1 号桌');
    expect(Number(moved.sequence)).toBeGreaterThan(Number(after.sequence));

    const renewed = await a.post<CalendarFeedView>('/api/me/calendar-feed');
    expect(renewed.body.path).not.toBe(url);
    expect((await anonymous.get(url)).status).toBe(404);
    expect((await anonymous.get(renewed.body.path as string)).status).toBe(200);
    expect((await anonymous.get('/api/calendar/not-a-secret.ics')).status).toBe(404);
    expect((await a.request('DELETE', '/api/me/calendar-feed')).status).toBe(204);
    expect((await anonymous.get(renewed.body.path as string)).status).toBe(404);
    // The audit trail tells a first subscription from a renewal (UPDATE … RETURNING gives TypeORM [rows, count]).
    const feedAudit = await t.database.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'calendar_feed.%' AND actor_organisation_id = $1 ORDER BY id`,
      [orgs.a],
    );
    expect(feedAudit.rows.map((r) => r.action)).toEqual(['calendar_feed.create', 'calendar_feed.renew', 'calendar_feed.revoke']);

    const again = (await b.post<CalendarFeedView>('/api/me/calendar-feed')).body.path as string;
    expect((await anonymous.get(again)).status).toBe(200);
    const userId = userB.id;
    expect((await admin.post(`/api/admin/users/${userId}/disable`, { reason: '离职' })).status).toBe(200);
    expect((await anonymous.get(again)).status).toBe(404);

    // Guessing secrets is slowed down: 30 requests a minute from one address.
    const guesser = anonymous.fromAddress('203.0.113.77');
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await guesser.get(`/api/calendar/${'x'.repeat(43)}.ics`)).status);
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('asks both sides of each held meeting once, at the set time, and counts the answers in the report and the figures', async () => {
    await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'running' });
    const staffView = await organiser.get<Page<ParticipantView>>(`/api/sessions/${sessionId}/participants?pageSize=50`);
    // Health, A and B check in; C does not come (its meeting was not held).
    for (const p of staffView.body.items.filter((x) => x.organisation.id !== orgs.c)) {
      expect((await organiser.post(`/api/sessions/${sessionId}/participants/${p.id}/check-in`)).status).toBe(200);
    }
    await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'closed' });

    const start = new Date(STARTS).getTime();
    const day = 86_400_000;
    // (The demo data's sessions are in the database too: count this session's questions.)
    const askedHere = async () => Number((await t.database.query<{ n: string }>(`SELECT count(*) AS n FROM session_follow_ups WHERE session_id = $1`, [sessionId])).rows[0].n);
    await schedule.askFollowUps(new Date(start + 181 * day));
    expect(await askedHere()).toBe(0);
    expect(await schedule.askFollowUps(new Date(start + 182 * day + 3_600_000))).toBeGreaterThanOrEqual(4);
    expect(await askedHere()).toBe(4);
    const second = await schedule.askFollowUps(new Date(start + 182 * day + 7_200_000));
    expect(second).toBe(0);
    expect(await askedHere()).toBe(4);

    const asked = await t.database.query<{ link: string }>(
      `SELECT n.link FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.organisation_id = $1 AND n.kind = 'session.follow_up'`,
      [orgs.a],
    );
    expect(asked.rows).toHaveLength(1);
    expect(asked.rows[0].link).toMatch(new RegExp(`^/sessions/${sessionId}\\?followUp=`));
    expect((await c.get<FollowUpView[]>(`/api/sessions/${sessionId}/follow-ups`)).body).toEqual([]);
    const [ofA] = (await a.get<FollowUpView[]>(`/api/sessions/${sessionId}/follow-ups`)).body;
    expect(ofA).toMatchObject({ meetingId: meetings.a, counterpart: { id: orgs.health }, answer: null, meetingStartsAt: '2027-01-14T06:00:00.000Z' });

    expect((await c.post(`/api/sessions/${sessionId}/follow-ups/${ofA.id}`, { answer: 'signed' })).status).toBe(404);
    expect((await a.post(`/api/sessions/${sessionId}/follow-ups/${ofA.id}`, { answer: 'maybe' })).status).toBe(400);
    const answered = await a.post<FollowUpView>(`/api/sessions/${sessionId}/follow-ups/${ofA.id}`, { answer: 'signed', note: '已签订 80 万元影像平台合同' });
    expect(answered.body).toMatchObject({ answer: 'signed', note: '已签订 80 万元影像平台合同' });
    expect((await a.post(`/api/sessions/${sessionId}/follow-ups/${ofA.id}`, { answer: 'none' })).status).toBe(409);
    const ofHealth = (await health.get<FollowUpView[]>(`/api/sessions/${sessionId}/follow-ups`)).body;
    expect(ofHealth.map((f) => f.counterpart.id)).toEqual([orgs.a, orgs.b]);
    await health.post(`/api/sessions/${sessionId}/follow-ups/${ofHealth[0].id}`, { answer: 'pilot' });
    await health.post(`/api/sessions/${sessionId}/follow-ups/${ofHealth[1].id}`, { answer: 'none' });

    const report = await organiser.get<SessionReport>(`/api/sessions/${sessionId}/report`);
    expect(report.body.followUps).toEqual({ asked: 4, answered: 3, answers: { signed: 1, pilot: 1, financing: 0, none: 1 }, dueAt: new Date(start + 182 * day).toISOString() });

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const stats = await organiser.get<StatsOverview>(`/api/stats/overview?from=${today}&to=${today}`);
    expect(stats.body.sessions.followUps.map((x) => [x.label, x.count])).toEqual([['签约', 1], ['试点', 1], ['融资', 0], ['无', 1]]);
  });
});
