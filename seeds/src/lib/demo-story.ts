import { chinaToday, DEFAULT_RUBRIC, type SessionNeed } from '@scenematch/contracts';
import { dateAt1700Sql } from '@scenematch/server-common';
import { searchDocumentOf } from '@scenematch/server-database';
import { JOB_QUEUE, JobName, JobPayloads } from '@scenematch/server-queue';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { SeedStep } from './run-seeds';
import { readSeedJson } from './seed-files';
import { DemoEnterprise } from './seed-types';
import { STORY_BATCH, STORY_SCENARIOS, STORY_SESSIONS, StoryBid, StoryScenario, StorySession } from './demo-story.data';

const DAY = 86_400_000;

/** Beijing wall-clock time `days` from the story's day zero. */
interface Clock {
  date(days: number): string;
  at(days: number, time?: string): Date;
}

function clockFrom(now: Date): Clock {
  const date = (days: number) => chinaToday(new Date(now.getTime() + days * DAY));
  return { date, at: (days, time = '10:00') => new Date(`${date(days)}T${time}:00+08:00`) };
}

const hoursAfter = (d: Date, hours: number) => new Date(d.getTime() + hours * 3_600_000);

interface Cast {
  organiser: string;
  expert: string;
  enterpriseUser: string;
  agencyUser: string;
  agencyId: string;
  companies: Map<string, string>;
  agencies: Map<string, string>;
  /** Banks and investors, by name (demand side of a session like agencies). */
  financiers: Map<string, string>;
}

type Actor = { userId: string; role: string } | null;

async function castOf(client: Client): Promise<Cast> {
  const users = await client.query<{ email: string; id: string; organisation_id: string }>(
    `SELECT email, id, organisation_id FROM users WHERE email LIKE '%@demo.scenematch.cn'`,
  );
  const user = (role: string) => {
    const found = users.rows.find((u) => u.email === `${role}@demo.scenematch.cn`);
    if (!found) throw new Error(`Demo story: the demo ${role} account is missing`);
    return found;
  };
  const companies = new Map<string, string>();
  for (const e of readSeedJson<DemoEnterprise[]>('demo-enterprises.json')) {
    const org = await client.query<{ id: string }>(`SELECT id FROM organisations WHERE uscc = $1`, [e.uscc]);
    if (org.rows[0]) companies.set(e.key, org.rows[0].id);
  }
  const agencies = new Map(
    (await client.query<{ id: string; name: string }>(`SELECT id, name FROM organisations WHERE type = 'agency'`)).rows.map((r) => [r.name, r.id]),
  );
  const financiers = new Map(
    (await client.query<{ id: string; name: string }>(`SELECT id, name FROM organisations WHERE type = 'financier'`)).rows.map((r) => [r.name, r.id]),
  );
  return {
    financiers,
    organiser: user('organiser').id,
    expert: user('expert').id,
    enterpriseUser: user('enterprise').id,
    agencyUser: user('agency').id,
    agencyId: user('agency').organisation_id,
    companies,
    agencies,
  };
}

function companyId(cast: Cast, key: string): string {
  const id = cast.companies.get(key);
  if (!id) throw new Error(`Demo story: unknown demo company ${key}`);
  return id;
}

function partyId(cast: Cast, keyOrAgency: string): string {
  return cast.agencies.get(keyOrAgency) ?? cast.financiers.get(keyOrAgency) ?? companyId(cast, keyOrAgency);
}

/** One step of a lifecycle log (scenario_events or application_events), dated when it happened. */
async function lifecycleEvent(
  client: Client,
  subject: 'scenario' | 'application',
  id: string,
  from: string | null,
  to: string,
  actor: Actor,
  at: Date,
  reason: string | null = null,
): Promise<void> {
  const table = subject === 'scenario' ? 'scenario_events' : 'application_events';
  await client.query<object>(
    `INSERT INTO ${table} (${subject}_id, from_status, to_status, actor_user_id, actor_role, reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, from, to, actor?.userId ?? null, actor?.role ?? null, reason, at],
  );
}

/**
 * The real first list gets application deadlines weeks ahead, staggered by row; each scenario's
 * opening (开标) is announced to the worker as a changed deadline would announce it.
 */
async function firstListDeadlines(client: Client, clock: Clock): Promise<number> {
  const result = await client.query<{ id: string }>(
    `UPDATE scenarios s SET deadline = ${dateAt1700Sql('$1::date + (21 + ((s.seq_no - 1) % 5) * 7)')}, updated_at = now()
       FROM scenario_batches b
      WHERE b.id = s.batch_id AND b.number = 1 AND s.source = 'seed' AND s.status = 'published' AND s.deadline IS NULL
     RETURNING s.id`,
    [clock.date(0)],
  );
  for (const { id } of result.rows) {
    const payload: JobPayloads[JobName.BidsOpen] = { scenarioId: id };
    await client.query<object>(`INSERT INTO outbox (queue, job, payload) VALUES ($1, $2, $3)`, [JOB_QUEUE[JobName.BidsOpen], JobName.BidsOpen, JSON.stringify(payload)]);
  }
  return result.rowCount ?? 0;
}

async function insertBatch(client: Client, clock: Clock, cast: Cast): Promise<string> {
  const rows = await client.query<{ id: string }>(
    `INSERT INTO scenario_batches (number, name, issuer, description, opens_on, closes_on, status, published_at, created_by, created_at)
     SELECT coalesce(max(number), 0) + 1, $1, $2, $3, $4, $5, 'closed', $6, $7, $8 FROM scenario_batches
     RETURNING id`,
    [STORY_BATCH.name, STORY_BATCH.issuer, STORY_BATCH.description, clock.date(STORY_BATCH.opensInDays), clock.date(STORY_BATCH.closesInDays),
     clock.at(STORY_BATCH.opensInDays, '09:00'), cast.organiser, clock.at(STORY_BATCH.opensInDays - 7)],
  );
  return rows.rows[0].id;
}

/**
 * A scenario of the story with its whole lifecycle log up to its current status. Its deadline
 * (17:00 Beijing time, as a date alone would mean) has passed, so its bids were opened (开标)
 * then and are stored readable, as the opening leaves them.
 */
async function insertScenario(client: Client, clock: Clock, cast: Cast, batchId: string, s: StoryScenario): Promise<string> {
  const agency = { userId: cast.agencyUser, role: 'agency' };
  const organiser = { userId: cast.organiser, role: 'organiser' };
  const submitted = clock.at(STORY_BATCH.opensInDays - 5, '15:30');
  const published = clock.at(STORY_BATCH.opensInDays, '09:00');
  const deadline = clock.at(s.deadlineInDays, '17:00');
  const closed = clock.at(s.deadlineInDays + 1, '09:00');
  const caps = (await client.query<{ code: string }>(`SELECT code FROM capabilities WHERE name = ANY($1)`, [s.capabilities])).rows.map((r) => r.code);
  const domain = await client.query<{ code: string; name: string }>(`SELECT code, name FROM domains WHERE name = '智慧医疗'`);
  const doc = searchDocumentOf([s.title, domain.rows[0].name, '市卫生健康委', s.description, s.painPoints, s.expectedOutcome]);
  const rows = await client.query<{ id: string }>(
    `INSERT INTO scenarios (batch_id, title, domain_code, agency_id, description, pain_points, expected_outcome, capability_codes, deadline,
                            budget_min, budget_max, site, status, source, submitted_at, published_at, closed_at, search_text, search_tokens,
                            created_by, created_at, updated_at, bids_opened_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,'portal',$14,$15,$16,$17,$18,$19,$20, now(), $9) RETURNING id`,
    [batchId, s.title, domain.rows[0].code, cast.agencyId, s.description, s.painPoints, s.expectedOutcome, caps, deadline,
     s.budget[0], s.budget[1], s.site, s.status, submitted, published, closed, doc.text, doc.tokens, cast.agencyUser, hoursAfter(submitted, -2)],
  );
  const id = rows.rows[0].id;
  await lifecycleEvent(client, 'scenario', id, null, 'draft', agency, hoursAfter(submitted, -2));
  await lifecycleEvent(client, 'scenario', id, 'draft', 'submitted', agency, submitted);
  await lifecycleEvent(client, 'scenario', id, 'submitted', 'published', organiser, published, '随专项榜单发布');
  await lifecycleEvent(client, 'scenario', id, 'published', 'closed', organiser, closed, '申报截止');
  if (s.award) {
    await lifecycleEvent(client, 'scenario', id, 'closed', 'evaluating', organiser, clock.at(s.award.proposedInDays, '16:00'), `公示 ${s.award.noticeDays} 天`);
  }
  if (s.award?.confirmedInDays !== undefined) {
    await lifecycleEvent(client, 'scenario', id, 'evaluating', 'awarded', organiser, clock.at(s.award.confirmedInDays), '公示期满，揭榜成功');
  }
  if (s.award?.pilotInDays !== undefined) {
    await lifecycleEvent(client, 'scenario', id, 'awarded', 'piloting', organiser, clock.at(s.award.pilotInDays));
  }
  return id;
}

/**
 * The bid itself: the one place the story writes an application's contents (proposal, quote,
 * team, products, declarations), so that a change in how bids are stored is made here only.
 */
async function insertApplicationContent(
  client: Client,
  bid: StoryBid,
  scenarioId: string,
  organisationId: string,
  createdBy: string | null,
  dates: { created: Date; submitted: Date; withdrawn: Date | null },
): Promise<string> {
  const products = await client.query<{ id: string }>(
    `SELECT id FROM products WHERE organisation_id = $1 AND status = 'listed' ORDER BY listed_at, name LIMIT 2`,
    [organisationId],
  );
  const rows = await client.query<{ id: string }>(
    `INSERT INTO applications (scenario_id, organisation_id, proposal, product_ids, quote, duration_days, team, declarations, status, reject_reason,
                               submitted_at, withdrawn_at, created_by, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14, now()) RETURNING id`,
    [scenarioId, organisationId, bid.proposal, products.rows.map((p) => p.id), bid.quote, bid.durationDays, bid.team,
     JSON.stringify({ truthful: true }), bid.stage, bid.rejectReason ?? null, dates.submitted, dates.withdrawn, createdBy, dates.created],
  );
  return rows.rows[0].id;
}

/** A bid and its lifecycle log: draft → submitted → (withdrawn | rejected | shortlisted → under_review → selected | not_selected). */
async function insertBid(client: Client, clock: Clock, cast: Cast, s: StoryScenario, scenarioId: string, bid: StoryBid): Promise<string> {
  const organisationId = companyId(cast, bid.company);
  const user = organisationId === (await client.query<{ organisation_id: string }>(`SELECT organisation_id FROM users WHERE id = $1`, [cast.enterpriseUser])).rows[0].organisation_id
    ? cast.enterpriseUser
    : null;
  const company: Actor = user ? { userId: user, role: 'enterprise' } : null;
  const organiser = { userId: cast.organiser, role: 'organiser' };
  const created = clock.at(bid.submittedInDays - 2, '11:20');
  const submitted = clock.at(bid.submittedInDays, '16:45');
  const withdrawn = bid.stage === 'withdrawn' ? clock.at(bid.submittedInDays + 2, '10:05') : null;
  const id = await insertApplicationContent(client, bid, scenarioId, organisationId, user, { created, submitted, withdrawn });
  await lifecycleEvent(client, 'application', id, null, 'draft', company, created);
  await lifecycleEvent(client, 'application', id, 'draft', 'submitted', company, submitted);
  if (withdrawn) await lifecycleEvent(client, 'application', id, 'submitted', 'withdrawn', company, withdrawn);
  if (bid.stage === 'rejected') await lifecycleEvent(client, 'application', id, 'submitted', 'rejected', organiser, clock.at(s.formCheckInDays ?? 0), bid.rejectReason ?? null);
  if (['under_review', 'selected', 'not_selected'].includes(bid.stage)) {
    await lifecycleEvent(client, 'application', id, 'submitted', 'shortlisted', organiser, clock.at(s.formCheckInDays ?? 0));
    await lifecycleEvent(client, 'application', id, 'shortlisted', 'under_review', organiser, clock.at(s.assignedInDays ?? 0, '14:00'));
  }
  if (bid.stage === 'selected' && s.award) await lifecycleEvent(client, 'application', id, 'under_review', 'selected', organiser, clock.at(s.award.proposedInDays, '16:00'));
  if (bid.stage === 'not_selected' && s.award?.confirmedInDays !== undefined) {
    await lifecycleEvent(client, 'application', id, 'under_review', 'not_selected', organiser, clock.at(s.award.confirmedInDays), '公示期满，未揭榜');
  }
  return id;
}

/** The demo expert's assignment to a shortlisted bid and, if the story says so, the expert's scores. */
async function insertReview(client: Client, clock: Clock, cast: Cast, s: StoryScenario, applicationId: string, bid: StoryBid): Promise<void> {
  await client.query<object>(
    `INSERT INTO review_assignments (application_id, expert_user_id, assigned_by, assigned_at) VALUES ($1, $2, $3, $4)`,
    [applicationId, cast.expert, cast.organiser, clock.at(s.assignedInDays ?? 0, '14:00')],
  );
  if (!bid.review) return;
  const { solution, team, cases, price, comment, inDays } = bid.review;
  const scores: Record<string, number> = { solution, team, cases, price };
  // The batch's rubric is the default one: every criterion scored, nothing else.
  if (DEFAULT_RUBRIC.some((c) => scores[c.code] === undefined) || Object.keys(scores).length !== DEFAULT_RUBRIC.length) {
    throw new Error(`Demo story: the review of "${s.title}" does not follow the rubric`);
  }
  await client.query<object>(`INSERT INTO reviews (application_id, expert_user_id, scores, comment, submitted_at) VALUES ($1, $2, $3, $4, $5)`, [
    applicationId, cast.expert, JSON.stringify(scores), comment, clock.at(inDays, '20:30'),
  ]);
}

async function insertAward(client: Client, clock: Clock, cast: Cast, s: StoryScenario, scenarioId: string, winners: string[]): Promise<string> {
  const award = s.award as NonNullable<StoryScenario['award']>;
  const starts = clock.at(award.proposedInDays, '16:00');
  const confirmed = award.confirmedInDays !== undefined ? clock.at(award.confirmedInDays) : null;
  const rows = await client.query<{ id: string }>(
    `INSERT INTO awards (scenario_id, application_ids, status, notice_days, notice_starts_at, notice_ends_at, proposed_by, decided_by, decided_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $5) RETURNING id`,
    [scenarioId, winners, confirmed ? 'confirmed' : 'in_notice', award.noticeDays, starts, new Date(starts.getTime() + award.noticeDays * DAY),
     cast.organiser, confirmed ? cast.organiser : null, confirmed],
  );
  return rows.rows[0].id;
}

async function insertObjection(client: Client, clock: Clock, cast: Cast, awardId: string, objection: NonNullable<StoryScenario['objection']>): Promise<void> {
  const organisationId = companyId(cast, objection.company);
  const user = await client.query<{ id: string }>(`SELECT id FROM users WHERE organisation_id = $1 ORDER BY created_at LIMIT 1`, [organisationId]);
  if (!user.rows[0]) throw new Error(`Demo story: ${objection.company} has no user to lodge the objection`);
  await client.query<object>(`INSERT INTO award_objections (award_id, organisation_id, user_id, reason, created_at) VALUES ($1, $2, $3, $4, $5)`, [
    awardId, organisationId, user.rows[0].id, objection.reason, clock.at(objection.inDays, '09:40'),
  ]);
}

function checkinCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
}

async function insertSession(client: Client, clock: Clock, cast: Cast, s: StorySession): Promise<string> {
  const startsAt = clock.at(s.startsInDays, s.startsAt);
  const rows = await client.query<{ id: string }>(
    `INSERT INTO matchmaking_sessions (title, description, venue, starts_at, slot_minutes, slots, tables, status, agenda_published_at, created_by, created_at,
                                       session_type, admitted_categories, mode, follow_up_after_days)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [s.title, s.description, s.venue, startsAt, s.slotMinutes, s.slots, s.tables, s.status, clock.at(s.agendaPublishedInDays, '17:00'), cast.organiser,
     clock.at(s.agendaPublishedInDays - 14), s.sessionType ?? 'supply_demand', s.admits ?? ['agency'], s.mode ?? 'onsite', s.followUpAfterDays ?? 182],
  );
  return rows.rows[0].id;
}

async function insertParticipant(
  client: Client,
  sessionId: string,
  p: { organisationId: string; kind: 'enterprise' | 'agency'; scenarioIds: string[]; capacity: number; contact: string; checkedIn: Date | null; at: Date; by: string;
       phone?: string; email?: string; needs?: Array<Omit<SessionNeed, 'id'>> },
): Promise<void> {
  await client.query<object>(
    `INSERT INTO session_participants (session_id, organisation_id, kind, scenario_ids, capacity, contact_name, checkin_code, checked_in_at, registered_by, created_at,
                                       contact_phone, contact_email, needs)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [sessionId, p.organisationId, p.kind, p.scenarioIds, p.capacity, p.contact, checkinCode(), p.checkedIn, p.by, p.at,
     p.phone ?? '', p.email ?? '', JSON.stringify((p.needs ?? []).map((n) => ({ id: randomUUID(), ...n })))],
  );
}

async function insertMeetingRequest(
  client: Client,
  sessionId: string,
  r: { from: string; to: string; scenarioId: string | null; message: string; status: string; at: Date; respondedAt: Date | null },
): Promise<void> {
  await client.query<object>(
    `INSERT INTO meeting_requests (session_id, from_organisation_id, to_organisation_id, scenario_id, message, status, responded_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [sessionId, r.from, r.to, r.scenarioId, r.message, r.status, r.respondedAt, r.at],
  );
}

async function insertMeeting(
  client: Client,
  sessionId: string,
  m: { slot: number; table: number; enterpriseId: string; agencyId: string; scenarioId: string | null; score: number | null; requested: boolean; mutual: boolean;
       outcome: string | null; note: string; outcomeBy: string | null; outcomeAt: Date | null; at: Date; onlineLink: string },
): Promise<string> {
  const rows = await client.query<{ id: string }>(
    `INSERT INTO session_meetings (session_id, slot, table_no, enterprise_id, agency_id, scenario_id, value, score, requested, mutual, outcome, outcome_note,
                                   outcome_by, outcome_at, created_at, online, online_link)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
    [sessionId, m.slot, m.table, m.enterpriseId, m.agencyId, m.scenarioId, (m.score ?? 0) / 100 + (m.requested ? 1 : 0) + (m.mutual ? 1 : 0), m.score,
     m.requested, m.mutual, m.outcome, m.note, m.outcomeBy, m.outcomeAt, m.at, m.onlineLink !== '', m.onlineLink],
  );
  return rows.rows[0].id;
}

/** What the services would have told each party; written in time order so the inbox reads in order. */
interface StoryNotification {
  to: { users: string[] } | { organisations: string[] } | { staff: true };
  kind: string;
  title: string;
  body: string;
  link: string;
  at: Date;
}

async function insertNotifications(client: Client, now: Date, notes: StoryNotification[]): Promise<number> {
  let written = 0;
  for (const n of [...notes].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const where = 'users' in n.to ? 'u.id = ANY($7::uuid[])' : 'organisations' in n.to ? 'u.organisation_id = ANY($7::uuid[])' : `u.role IN ('organiser', 'admin') AND $7::uuid[] IS NOT NULL`;
    const ids = 'users' in n.to ? n.to.users : 'organisations' in n.to ? n.to.organisations : [];
    // History is not mailed again; what is older than ten days has been read.
    const result = await client.query<object>(
      `INSERT INTO notifications (user_id, kind, title, body, link, created_at, read_at, email_status)
       SELECT u.id, $1, $2, $3, $4, $5, $6, 'skipped' FROM users u WHERE ${where} ORDER BY u.email`,
      [n.kind, n.title, n.body, n.link, n.at, now.getTime() - n.at.getTime() > 10 * DAY ? hoursAfter(n.at, 3) : null, ids],
    );
    written += result.rowCount ?? 0;
  }
  return written;
}

async function firstListScenario(client: Client, agencyId: string, title: string): Promise<string> {
  const rows = await client.query<{ id: string }>(
    `SELECT s.id FROM scenarios s JOIN scenario_batches b ON b.id = s.batch_id WHERE b.number = 1 AND s.agency_id = $1 AND s.title = $2 AND s.status = 'published'`,
    [agencyId, title],
  );
  if (!rows.rows[0]) throw new Error(`Demo story: "${title}" is not a published first-list scenario of its unit`);
  return rows.rows[0].id;
}

async function loadSession(client: Client, clock: Clock, cast: Cast, s: StorySession, notes: StoryNotification[]): Promise<{ meetings: number }> {
  const id = await insertSession(client, clock, cast, s);
  const startsAt = clock.at(s.startsInDays, s.startsAt);
  const registered = clock.at(s.agendaPublishedInDays - 7);
  const closed = s.status === 'closed';
  const scenarioOf = async (agency: string, title: string) => firstListScenario(client, partyId(cast, agency), title);
  const organisations: string[] = [];
  for (const a of s.agencies) {
    const organisationId = partyId(cast, a.name);
    const scenarioIds: string[] = [];
    for (const title of a.scenarios) scenarioIds.push(await scenarioOf(a.name, title));
    await insertParticipant(client, id, { organisationId, kind: 'agency', scenarioIds, capacity: s.slots, contact: a.contact, checkedIn: closed ? hoursAfter(startsAt, -0.5) : null, at: registered, by: cast.organiser });
    organisations.push(organisationId);
  }
  for (const f of s.financiers ?? []) {
    const organisationId = partyId(cast, f.name);
    await insertParticipant(client, id, {
      organisationId, kind: 'agency', scenarioIds: [], capacity: s.slots, contact: f.contact, phone: f.phone, email: f.email, needs: f.needs,
      checkedIn: closed ? hoursAfter(startsAt, -0.5) : null, at: registered, by: cast.organiser,
    });
    organisations.push(organisationId);
  }
  for (const key of s.companies) {
    const organisationId = companyId(cast, key);
    await insertParticipant(client, id, { organisationId, kind: 'enterprise', scenarioIds: [], capacity: Math.min(4, s.slots), contact: '', checkedIn: closed ? hoursAfter(startsAt, -0.4) : null, at: registered, by: cast.organiser });
    organisations.push(organisationId);
  }
  notes.push({ to: { organisations }, kind: 'session.registered', title: `已为贵单位报名「${s.title}」`, body: '可在对接会页面提出洽谈请求。', link: `/sessions/${id}`, at: registered });
  const asked = new Set<string>();
  for (const r of s.requests) {
    const from = partyId(cast, r.from);
    const to = partyId(cast, r.to);
    const agencyName = cast.agencies.has(r.from) ? r.from : r.to;
    const at = hoursAfter(registered, 20);
    await insertMeetingRequest(client, id, {
      from, to, scenarioId: r.scenario ? await scenarioOf(agencyName, r.scenario) : null, message: r.message, status: r.status, at,
      respondedAt: r.status === 'pending' ? null : hoursAfter(at, 26),
    });
    if (r.status === 'accepted') asked.add([from, to].sort().join(':'));
  }
  // The follow-up question months later (here: the session's shorter delay), to both sides of each held meeting.
  const followUpAt = hoursAfter(startsAt, (s.followUpAfterDays ?? 182) * 24 - 4);
  for (const m of s.meetings) {
    const enterpriseId = companyId(cast, m.company);
    const agencyId = partyId(cast, m.agency);
    const meetingId = await insertMeeting(client, id, {
      onlineLink: m.onlineLink ?? '',
      slot: m.slot, table: m.table, enterpriseId, agencyId, scenarioId: m.scenario ? await scenarioOf(m.agency, m.scenario) : null, score: m.scenario ? m.score : null,
      requested: asked.has([enterpriseId, agencyId].sort().join(':')), mutual: false,
      outcome: closed ? (m.outcome ?? null) : null, note: closed ? (m.note ?? '') : '', outcomeBy: closed && m.outcome ? cast.organiser : null,
      outcomeAt: closed && m.outcome ? hoursAfter(startsAt, 3) : null, at: clock.at(s.agendaPublishedInDays, '16:30'),
    });
    if (!closed || !m.followUp || followUpAt.getTime() > clock.at(0).getTime()) continue;
    const companyName = (await client.query<{ name: string }>(`SELECT name FROM organisations WHERE id = $1`, [enterpriseId])).rows[0].name;
    for (const [organisationId, other, answer] of [[enterpriseId, m.agency, m.followUp.enterprise], [agencyId, companyName, m.followUp.agency]] as const) {
      const asked = await client.query<{ id: string }>(
        `INSERT INTO session_follow_ups (session_id, meeting_id, organisation_id, asked_at, answer, note, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [id, meetingId, organisationId, followUpAt, answer?.answer ?? null, answer?.note ?? '', answer ? hoursAfter(followUpAt, 30) : null],
      );
      notes.push({
        to: { organisations: [organisationId] }, kind: 'session.follow_up', title: `回访：在「${s.title}」与${other}的洽谈后来怎样了？`,
        body: '请用一分钟告诉我们这场洽谈的结果（签约 / 试点 / 融资 / 无），帮助服务中心改进对接会。', link: `/sessions/${id}?followUp=${asked.rows[0].id}`, at: followUpAt,
      });
    }
  }
  const link = `/sessions/${id}`;
  notes.push({ to: { organisations }, kind: 'session.agenda', title: `「${s.title}」日程已发布`, body: '请查看贵单位的洽谈时间、桌号和对方。', link, at: clock.at(s.agendaPublishedInDays, '17:00') });
  if (closed) notes.push({ to: { organisations }, kind: 'session.running', title: `「${s.title}」已开始`, body: '请到签到台出示签到二维码。', link, at: hoursAfter(startsAt, -1) });
  return { meetings: s.meetings.length };
}

async function loadScenario(client: Client, clock: Clock, cast: Cast, batchId: string, s: StoryScenario, notes: StoryNotification[]) {
  const scenarioId = await insertScenario(client, clock, cast, batchId, s);
  const counts = { applications: 0, reviews: 0, awards: 0, objections: 0 };
  const ids = new Map<StoryBid, string>();
  for (const bid of s.bids) {
    const id = await insertBid(client, clock, cast, s, scenarioId, bid);
    ids.set(bid, id);
    counts.applications++;
    const org = [companyId(cast, bid.company)];
    notes.push({ to: { organisations: org }, kind: 'application.submitted', title: `已提交申报：${s.title}`, body: '申报截止前可修改或撤回。', link: '/me/applications', at: clock.at(bid.submittedInDays, '16:45') });
    if (bid.stage === 'rejected') {
      notes.push({ to: { organisations: org }, kind: 'application.rejected', title: `未通过形式审查：${s.title}`, body: `原因：${bid.rejectReason}`, link: '/me/applications', at: clock.at(s.formCheckInDays ?? 0) });
    } else if (!['submitted', 'withdrawn'].includes(bid.stage)) {
      notes.push({ to: { organisations: org }, kind: 'application.shortlisted', title: `通过形式审查：${s.title}`, body: '申报将进入专家评审。', link: '/me/applications', at: clock.at(s.formCheckInDays ?? 0) });
      await insertReview(client, clock, cast, s, id, bid);
      counts.reviews += bid.review ? 1 : 0;
    }
  }
  const reviewed = s.bids.filter((b) => !['submitted', 'withdrawn', 'rejected'].includes(b.stage));
  if (reviewed.length) {
    notes.push({ to: { users: [cast.expert] }, kind: 'review.assigned', title: `新的评审任务：${reviewed.length} 份申报`, body: '存在利益冲突的申报已自动回避。', link: '/review', at: clock.at(s.assignedInDays ?? 0, '14:00') });
  }
  if (s.award) {
    const winners = s.bids.filter((b) => b.stage === 'selected');
    const others = s.bids.filter((b) => !['selected', 'withdrawn'].includes(b.stage));
    const awardId = await insertAward(client, clock, cast, s, scenarioId, winners.map((b) => ids.get(b) as string));
    counts.awards++;
    const proposed = clock.at(s.award.proposedInDays, '16:00');
    notes.push({ to: { organisations: winners.map((b) => companyId(cast, b.company)) }, kind: 'award.proposed', title: '您的申报拟揭榜，正在公示', body: `公示 ${s.award.noticeDays} 天。`, link: '/notices', at: proposed });
    notes.push({ to: { organisations: others.map((b) => companyId(cast, b.company)) }, kind: 'award.result', title: '揭榜结果已公示', body: '公示期内可提出异议。', link: '/notices', at: proposed });
    if (s.objection) {
      await insertObjection(client, clock, cast, awardId, s.objection);
      counts.objections++;
      notes.push({ to: { staff: true }, kind: 'award.objection', title: '公示收到新的异议', body: s.objection.reason.slice(0, 200), link: '/notices', at: clock.at(s.objection.inDays, '09:40') });
    }
    const parties = { organisations: [cast.agencyId, ...winners.map((b) => companyId(cast, b.company))] };
    if (s.award.confirmedInDays !== undefined) {
      notes.push({ to: parties, kind: 'award.confirmed', title: `揭榜成功，公示期满：${s.title}`, body: '请与发榜单位对接试点。', link: `/scenarios/${scenarioId}`, at: clock.at(s.award.confirmedInDays) });
    }
    if (s.award.pilotInDays !== undefined) {
      notes.push({ to: parties, kind: 'scenario.piloting', title: `场景进入试点：${s.title}`, body: '', link: `/scenarios/${scenarioId}`, at: clock.at(s.award.pilotInDays) });
    }
  }
  return counts;
}

export const DEMO_STORY_BATCH_NAME = STORY_BATCH.name;

/**
 * Demo only: a story in which every demo account has work — first-list deadlines weeks ahead; a
 * past-deadline list of the demo agency with bids in form check, under review by the demo expert
 * (one scored, one not), an award in 公示 with an objection and a pilot under way; a scheduled
 * matchmaking session with its agenda and one already held with outcomes; and the notifications
 * these steps would have sent. Written once: when the story's list exists, nothing is touched.
 */
export const demoStoryStep: SeedStep = {
  name: 'demo-story',
  demoOnly: true,
  async run({ client }) {
    const existing = await client.query<object>(`SELECT 1 FROM scenario_batches WHERE name = $1`, [STORY_BATCH.name]);
    if (existing.rowCount) return { skipped: 1 };
    const now = new Date();
    const clock = clockFrom(now);
    const cast = await castOf(client);
    const notes: StoryNotification[] = [];
    const summary: Record<string, number> = { deadlines: await firstListDeadlines(client, clock), scenarios: 0, applications: 0, reviews: 0, awards: 0, objections: 0, sessions: 0, meetings: 0 };
    const batchId = await insertBatch(client, clock, cast);
    for (const s of STORY_SCENARIOS) {
      const counts = await loadScenario(client, clock, cast, batchId, s, notes);
      summary['scenarios']++;
      for (const [k, v] of Object.entries(counts)) summary[k] += v;
    }
    for (const s of STORY_SESSIONS) {
      summary['meetings'] += (await loadSession(client, clock, cast, s, notes)).meetings;
      summary['sessions']++;
    }
    summary['notifications'] = await insertNotifications(client, now, notes);
    return summary;
  },
};
