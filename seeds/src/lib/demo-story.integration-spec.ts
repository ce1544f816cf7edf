import { chinaToday } from '@scenematch/contracts';
import { ensureDatabase, quoteIdent, runMigrations, withDatabase } from '@scenematch/server-database';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_STORY_BATCH_NAME } from './demo-story';
import { runSeeds } from './run-seeds';

// The test server as the shared test helpers see it (they depend on this library, so it cannot import them).
const TEST_SERVER_URL = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Every table the story writes, counted, plus the first list's deadlines: a second run must leave all of it as it was. */
const SNAPSHOT_SQL = `
  SELECT (SELECT count(*) FROM scenario_batches) AS batches, (SELECT count(*) FROM scenarios) AS scenarios,
         (SELECT count(*) FROM scenario_events) AS scenario_events, (SELECT count(*) FROM applications) AS applications,
         (SELECT count(*) FROM application_events) AS application_events, (SELECT count(*) FROM review_assignments) AS assignments,
         (SELECT count(*) FROM reviews) AS reviews, (SELECT count(*) FROM awards) AS awards, (SELECT count(*) FROM award_objections) AS objections,
         (SELECT count(*) FROM matchmaking_sessions) AS sessions, (SELECT count(*) FROM session_participants) AS participants,
         (SELECT count(*) FROM meeting_requests) AS requests, (SELECT count(*) FROM session_meetings) AS meetings,
         (SELECT count(*) FROM session_follow_ups) AS follow_ups,
         (SELECT count(*) FROM notifications) AS notifications, (SELECT count(*) FROM audit_log) AS audit,
         (SELECT string_agg(id::text || '=' || coalesce(deadline::text, '-') || status, ',' ORDER BY id) FROM scenarios) AS scenario_states,
         (SELECT string_agg(id::text || '=' || status, ',' ORDER BY id) FROM applications) AS application_states`;

describe('the demo story (seeds)', () => {
  const name = `scenematch_story_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(TEST_SERVER_URL, name);
  let db: Client;
  let first: Record<string, Record<string, number>>;
  let second: Record<string, Record<string, number>>;
  let before: Record<string, unknown>;
  let after: Record<string, unknown>;
  const one = async <T extends object>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;

  beforeAll(async () => {
    await ensureDatabase(url);
    await runMigrations(url);
    first = await runSeeds(url, { demo: true });
    db = new Client({ connectionString: url });
    await db.connect();
    before = (await one<Record<string, unknown>>(SNAPSHOT_SQL))[0];
    second = await runSeeds(url, { demo: true });
    after = (await one<Record<string, unknown>>(SNAPSHOT_SQL))[0];
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    const admin = new Client({ connectionString: withDatabase(TEST_SERVER_URL, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await admin.end();
  });

  it('loads once and a second run changes nothing', () => {
    expect(first['demo-story']).toMatchObject({ deadlines: 25, scenarios: 4, applications: 9, reviews: 5, awards: 2, objections: 1, sessions: 2, meetings: 9 });
    expect(second['demo-story']).toEqual({ skipped: 1 });
    expect(after).toEqual(before);
    // The story writes no audit records of its own, so the hash chain is untouched.
    expect(Number(before['audit'])).toBe(0);
  });

  it('gives the real first list staggered deadlines weeks ahead', async () => {
    const rows = await one<{ deadline: string }>(
      `SELECT to_char(s.deadline AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS deadline FROM scenarios s JOIN scenario_batches b ON b.id = s.batch_id WHERE b.number = 1`,
    );
    const today = chinaToday();
    const weeksAhead = (d: string) => (Date.parse(d.slice(0, 10)) - Date.parse(today)) / 86_400_000;
    expect(rows).toHaveLength(25);
    // A date alone closes at 17:00 Beijing time.
    expect(rows.every((r) => r.deadline.endsWith(' 17:00'))).toBe(true);
    expect(rows.every((r) => weeksAhead(r.deadline) >= 21 && weeksAhead(r.deadline) <= 49)).toBe(true);
    expect(new Set(rows.map((r) => r.deadline)).size).toBe(5);
    // Their openings are announced to the worker, once each.
    const announced = await one<{ n: number }>(
      `SELECT count(DISTINCT o.payload->>'scenarioId')::int AS n FROM outbox o JOIN scenarios s ON s.id::text = o.payload->>'scenarioId'
         JOIN scenario_batches b ON b.id = s.batch_id WHERE o.job = 'bids.open' AND b.number = 1`,
    );
    expect(announced[0].n).toBe(25);
  });

  it('has a past-deadline list with a bid in form check and two under review by the demo expert, one scored', async () => {
    const batch = (await one<{ id: string; status: string; closes_on: string }>(`SELECT id, status, to_char(closes_on, 'YYYY-MM-DD') AS closes_on FROM scenario_batches WHERE name = $1`, [DEMO_STORY_BATCH_NAME]))[0];
    expect(batch.status).toBe('closed');
    expect(batch.closes_on < chinaToday()).toBe(true);
    const past = await one<{ n: number }>(`SELECT count(*)::int AS n FROM scenarios WHERE batch_id = $1 AND deadline < $2::date`, [batch.id, chinaToday()]);
    expect(past[0].n).toBe(4);
    // Past the deadline the bids were opened (开标): readable, nothing left sealed, no data key kept.
    const sealed = await one<{ unopened: number; sealed: number; unreadable: number; keys: number }>(
      `SELECT count(DISTINCT s.id) FILTER (WHERE s.bids_opened_at IS NULL OR s.bids_opened_at > now())::int AS unopened,
              count(a.id) FILTER (WHERE a.sealed IS NOT NULL)::int AS sealed, count(a.id) FILTER (WHERE a.proposal IS NULL OR a.quote IS NULL)::int AS unreadable,
              (SELECT count(*)::int FROM scenario_data_keys k JOIN scenarios x ON x.id = k.scenario_id WHERE x.batch_id = $1) AS keys
         FROM scenarios s JOIN applications a ON a.scenario_id = s.id WHERE s.batch_id = $1`,
      [batch.id],
    );
    expect(sealed).toEqual([{ unopened: 0, sealed: 0, unreadable: 0, keys: 0 }]);
    const formCheck = await one<{ title: string }>(
      `SELECT s.title FROM applications a JOIN scenarios s ON s.id = a.scenario_id WHERE s.batch_id = $1 AND a.status = 'submitted'`,
      [batch.id],
    );
    expect(formCheck.map((r) => r.title)).toEqual(['医疗机构智能导诊与预问诊']);
    const tasks = await one<{ title: string; company: string; scored: boolean }>(
      `SELECT s.title, o.name AS company, EXISTS (SELECT 1 FROM reviews r WHERE r.application_id = a.id AND r.expert_user_id = u.id) AS scored
         FROM review_assignments ra JOIN users u ON u.id = ra.expert_user_id JOIN applications a ON a.id = ra.application_id
         JOIN scenarios s ON s.id = a.scenario_id JOIN organisations o ON o.id = a.organisation_id
        WHERE u.email = 'expert@demo.scenematch.cn' AND a.status = 'under_review' AND s.status = 'closed' ORDER BY scored DESC`,
    );
    expect(tasks).toEqual([
      { title: '门诊电子病历智能质控', company: '深圳鹏知医疗智能科技有限公司', scored: true },
      { title: '门诊电子病历智能质控', company: '深圳韵听智能科技有限公司', scored: false },
    ]);
  });

  it('keeps every state machine: the last logged step is the current status, and the award, pilot and objection fit', async () => {
    const drift = await one<{ id: string }>(
      `SELECT a.id FROM applications a WHERE a.status <> (SELECT to_status FROM application_events e WHERE e.application_id = a.id ORDER BY e.at DESC, e.id DESC LIMIT 1)
       UNION ALL
       SELECT s.id FROM scenarios s WHERE s.status <> (SELECT to_status FROM scenario_events e WHERE e.scenario_id = s.id ORDER BY e.at DESC, e.id DESC LIMIT 1)`,
    );
    expect(drift).toEqual([]);
    const awards = await one<{ title: string; status: string; scenario: string; open: boolean; pending: number; winners: string[] }>(
      `SELECT s.title, w.status, s.status AS scenario, now() < w.notice_ends_at AS open,
              (SELECT count(*)::int FROM award_objections x WHERE x.award_id = w.id AND x.status = 'pending') AS pending,
              (SELECT array_agg(a.status) FROM applications a WHERE a.id = ANY(w.application_ids)) AS winners
         FROM awards w JOIN scenarios s ON s.id = w.scenario_id ORDER BY s.title`,
    );
    expect(awards).toEqual([
      { title: '手术室高值耗材智能管理', status: 'confirmed', scenario: 'piloting', open: false, pending: 0, winners: ['selected'] },
      { title: '检查检验结果互认智能核验', status: 'in_notice', scenario: 'evaluating', open: true, pending: 1, winners: ['selected'] },
    ]);
    // Only reviewed bids were proposed, and an objection comes from a company that bid.
    const objector = await one<{ bid: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM applications a WHERE a.scenario_id = w.scenario_id AND a.organisation_id = x.organisation_id) AS bid
         FROM award_objections x JOIN awards w ON w.id = x.award_id`,
    );
    expect(objector).toEqual([{ bid: true }]);
  });

  it('has a scheduled session with a published agenda for the demo enterprise and agency, and a held one with outcomes', async () => {
    const sessions = await one<{ status: string; published: boolean; future: boolean; demo_meetings: number; outcomes: number }>(
      `SELECT m.status, m.agenda_published_at IS NOT NULL AS published, m.starts_at > now() AS future,
              (SELECT count(*)::int FROM session_meetings x JOIN organisations e ON e.id = x.enterprise_id JOIN organisations g ON g.id = x.agency_id
                WHERE x.session_id = m.id AND e.name = '深圳鹏知医疗智能科技有限公司' AND g.name = '市卫生健康委') AS demo_meetings,
              (SELECT count(*)::int FROM session_meetings x WHERE x.session_id = m.id AND x.outcome IS NOT NULL) AS outcomes
         FROM matchmaking_sessions m ORDER BY m.starts_at`,
    );
    expect(sessions).toEqual([
      { status: 'closed', published: true, future: false, demo_meetings: 1, outcomes: 4 },
      { status: 'scheduled', published: true, future: true, demo_meetings: 1, outcomes: 0 },
    ]);
  });

  it('has follow-up answers in the held session (one still open for the demo company) and an online meeting in the scheduled one', async () => {
    const followUps = await one<{ mode: string; asked: number; answered: number; open_for_demo: number; online: number }>(
      `SELECT m.mode,
              (SELECT count(*)::int FROM session_follow_ups f WHERE f.session_id = m.id) AS asked,
              (SELECT count(*)::int FROM session_follow_ups f WHERE f.session_id = m.id AND f.answer IS NOT NULL) AS answered,
              (SELECT count(*)::int FROM session_follow_ups f JOIN organisations o ON o.id = f.organisation_id
                WHERE f.session_id = m.id AND f.answer IS NULL AND o.name = '深圳鹏知医疗智能科技有限公司') AS open_for_demo,
              (SELECT count(*)::int FROM session_meetings x WHERE x.session_id = m.id AND x.online AND x.online_link <> '') AS online
         FROM matchmaking_sessions m ORDER BY m.starts_at`,
    );
    expect(followUps).toEqual([
      { mode: 'onsite', asked: 8, answered: 6, open_for_demo: 1, online: 0 },
      { mode: 'hybrid', asked: 0, answered: 0, open_for_demo: 0, online: 1 },
    ]);
  });

  it('leaves each demo account notifications, in time order, with something unread', async () => {
    const inbox = await one<{ email: string; total: number; unread: number; ordered: boolean }>(
      `SELECT u.email, count(n.id)::int AS total, count(n.id) FILTER (WHERE n.read_at IS NULL)::int AS unread,
              coalesce(bool_and(n.created_at >= (SELECT coalesce(max(p.created_at), '-infinity') FROM notifications p WHERE p.user_id = u.id AND p.id < n.id)), true) AS ordered
         FROM users u LEFT JOIN notifications n ON n.user_id = u.id WHERE u.email LIKE '%@demo.scenematch.cn' GROUP BY u.email ORDER BY u.email`,
    );
    for (const row of inbox) {
      expect([row.email, row.total > 0, row.unread > 0, row.ordered]).toEqual([row.email, true, true, true]);
    }
    expect(inbox.map((r) => r.email)).toHaveLength(6);
  });

  it('brings a bank and an investor with their needs to the scheduled session, a company meeting the bank', async () => {
    const financiers = await one<{ name: string; financier_kind: string; needs: number; contact: string; asked_by: string[]; meetings: number }>(
      `SELECT o.name, o.financier_kind, jsonb_array_length(p.needs)::int AS needs, p.contact_phone AS contact,
              ARRAY(SELECT f.name FROM meeting_requests r JOIN organisations f ON f.id = r.from_organisation_id WHERE r.session_id = p.session_id AND r.to_organisation_id = o.id ORDER BY f.name) AS asked_by,
              (SELECT count(*)::int FROM session_meetings x WHERE x.session_id = p.session_id AND x.agency_id = o.id AND x.status = 'scheduled') AS meetings
         FROM session_participants p JOIN organisations o ON o.id = p.organisation_id JOIN matchmaking_sessions m ON m.id = p.session_id
        WHERE o.type = 'financier' AND m.status = 'scheduled' ORDER BY o.name`,
    );
    expect(financiers).toEqual([
      { name: '湾区智能产业创业投资基金', financier_kind: 'investor', needs: 1, contact: '0755-8666 1200', asked_by: ['深圳鹏知医疗智能科技有限公司'], meetings: 0 },
      { name: '鹏城银行科技支行', financier_kind: 'bank', needs: 2, contact: '0755-8888 6601', asked_by: [expect.any(String)], meetings: 1 },
    ]);
    const bankUser = await one<{ role: string; organisation: string }>(
      `SELECT u.role, o.name AS organisation FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.email = 'bank@demo.scenematch.cn'`,
    );
    expect(bankUser).toEqual([{ role: 'financier', organisation: '鹏城银行科技支行' }]);
  });
});
