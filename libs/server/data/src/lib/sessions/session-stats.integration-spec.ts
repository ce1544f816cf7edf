import { createTestDatabase, type TestDatabase } from '@scenematch/server-testing';
import type { Queryable } from '../queryable';
import { followUpAnswerCounts, sessionParticipantCounts, sessionReportRows } from './session-stats';

/** The session figures of the statistics, counted over a period of China-time days. */
describe('session stat readers', () => {
  let db: TestDatabase;
  let reader: Queryable;
  const Q3 = { from: '2025-07-01', to: '2025-09-30' };

  beforeAll(async () => {
    db = await createTestDatabase('session_stats');
    reader = { query: async <T,>(sql: string, params?: unknown[]) => (await db.query(sql, params)).rows as T };
    const orgs = async (type: string) =>
      (await db.query<{ id: string }>(`SELECT id FROM organisations WHERE type = $1 ORDER BY id LIMIT 3`, [type])).rows.map((r) => r.id);
    const [e1, e2, e3] = await orgs('enterprise');
    const [agency] = await orgs('agency');
    const session = async (title: string, startsAt: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO matchmaking_sessions (title, venue, starts_at, slot_minutes, slots, tables, status) VALUES ($1, '会场', $2, 20, 6, 4, 'closed') RETURNING id`,
          [title, startsAt],
        )
      ).rows[0].id;
    // The first starts on the last evening of the quarter, China time (still 30 September there).
    const inside = await session('季度内', '2025-09-30 23:30+08');
    const outside = await session('季度后', '2025-10-01 00:10+08');
    let code = 0;
    const participant = (sessionId: string, orgId: string, kind: string, status: string, checkedIn: boolean) =>
      db.query(
        `INSERT INTO session_participants (session_id, organisation_id, kind, capacity, status, checkin_code, checked_in_at)
         VALUES ($1, $2, $3, 6, $4, $5, CASE WHEN $6 THEN now() END)`,
        [sessionId, orgId, kind, status, `SSTATS${++code}`, checkedIn],
      );
    await participant(inside, e1, 'enterprise', 'registered', true);
    await participant(inside, e2, 'enterprise', 'registered', false);
    await participant(inside, e3, 'enterprise', 'cancelled', false);
    await participant(inside, agency, 'agency', 'registered', true);
    await participant(outside, e1, 'enterprise', 'registered', true);
    const meeting = async (sessionId: string, slot: number, enterpriseId: string, status: string, outcome: string | null) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO session_meetings (session_id, slot, table_no, enterprise_id, agency_id, status, outcome) VALUES ($1, $2, 0, $3, $4, $5, $6) RETURNING id`,
          [sessionId, slot, enterpriseId, agency, status, outcome],
        )
      ).rows[0].id;
    const m1 = await meeting(inside, 0, e1, 'scheduled', 'signed');
    const m2 = await meeting(inside, 1, e2, 'scheduled', 'intent');
    await meeting(inside, 2, e3, 'cancelled', null);
    const m4 = await meeting(outside, 0, e1, 'scheduled', 'signed');
    const answer = (sessionId: string, meetingId: string, orgId: string, value: string | null, at: string | null) =>
      db.query(`INSERT INTO session_follow_ups (session_id, meeting_id, organisation_id, answer, answered_at) VALUES ($1, $2, $3, $4, $5)`, [
        sessionId,
        meetingId,
        orgId,
        value,
        at,
      ]);
    await answer(inside, m1, e1, 'signed', '2025-09-30 23:59+08');
    await answer(inside, m1, agency, 'signed', '2025-08-01 10:00+08');
    await answer(inside, m2, e2, 'pilot', '2025-10-01 00:00+08');
    await answer(inside, m2, agency, null, null);
    await answer(outside, m4, e1, 'none', '2025-07-01 00:00+08');
  }, 120_000);
  afterAll(() => db?.drop());

  it('count the registered participants of the sessions that start in the period', async () => {
    expect(await sessionParticipantCounts(reader, Q3)).toEqual({ total: 3, enterprises: 2, agencies: 1, checkedIn: 2 });
    expect(await sessionParticipantCounts(reader, { from: '2025-10-01', to: '2025-10-01' })).toEqual({ total: 1, enterprises: 1, agencies: 0, checkedIn: 1 });
  });

  it('count the follow-up answers given in the period, by answer', async () => {
    expect(Object.fromEntries(await followUpAnswerCounts(reader, Q3))).toEqual({ signed: 2, none: 1 });
    expect(Object.fromEntries(await followUpAnswerCounts(reader, { from: '2025-10-01', to: '2025-12-31' }))).toEqual({ pilot: 1 });
  });

  it('list the sessions of the period with their participants and meetings', async () => {
    const rows = await sessionReportRows(reader, Q3);
    expect(rows).toEqual([
      expect.objectContaining({ title: '季度内', venue: '会场', status: 'closed', enterprises: 2, agencies: 1, checked_in: 2, meetings: 2, intent: 1, signed: 1, follow_up: 0 }),
    ]);
    expect(rows[0].starts_at).toEqual(new Date('2025-09-30T15:30:00Z'));
  });
});
