import { INestApplicationContext } from '@nestjs/common';
import { AgendaRunView, AgendaView, MeetingRequestView, MeetingView, Page, ParticipantView, SessionReport, SessionSuggestion, SessionView } from '@scenematch/contracts';
import { METRIC, Metrics } from '@scenematch/server-metrics';
import { NotificationsModule } from '@scenematch/server-notifications';
import { SessionJobsModule } from '@scenematch/server-sessions';
import { createOrganisation, createScenario, createSession, createUser, FORMULA_PROBES, formulaCells, neutralisedInXlsx, PromScrape, TestClient, TestUser, waitFor, workbookTexts } from '@scenematch/server-testing';
import ExcelJS from 'exceljs';
import { startTestApp, TestApp } from '../testing/test-app';
import { startTestWorker } from '../testing/test-worker';

describe('matchmaking sessions: registration, requests, an optimal agenda, the day and its report', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let organiser: TestClient;
  let anonymous: TestClient;
  let health: TestClient; // an agency (a health commission, say)
  let urban: TestClient; // another (urban management)
  let companies: TestClient[]; // four enterprises
  let companyIds: string[];
  let healthId: string;
  let urbanId: string;
  let healthScenarios: string[];
  let urbanScenarios: string[];
  let sessionId: string;

  beforeAll(async () => {
    t = await startTestApp('sessions');
    worker = await startTestWorker(t, NotificationsModule, SessionJobsModule);
    anonymous = t.client;
    const [staff, healthUser, urbanUser, ...companyUsers] = await Promise.all([
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'agency', verified: true }),
      ...[0, 1, 2, 3].map(() => createUser(t, { role: 'enterprise', verified: true })),
    ]);
    [organiser, health, urban] = [staff.client, healthUser.client, urbanUser.client];
    companies = companyUsers.map((u) => u.client);
    companyIds = companyUsers.map((u) => u.organisation.id);
    [healthId, urbanId] = [healthUser.organisation.id, urbanUser.organisation.id];
    const published = async (agency: TestUser, domain: string, titles: string[]) => {
      const ids: string[] = [];
      for (const title of titles) ids.push((await createScenario(t, { agency, organiser, title, domain, description: `${title}：在本市试点应用。` })).id);
      return ids;
    };
    healthScenarios = await published(healthUser, '智慧医疗', ['医学影像辅助诊断试点', '临床辅助决策试点']);
    urbanScenarios = await published(urbanUser, '城市治理', ['市容秩序智能识别', '违停车辆自动识别']);
    // Known match scores (the matching worker is tested elsewhere): company i fits health better the lower i is.
    await t.database.query(`DELETE FROM match_results`);
    for (const [i, id] of companyIds.entries()) {
      await t.database.query(`INSERT INTO match_results (scenario_id, organisation_id, score, reasons) VALUES ($1, $2, $3, '{能力匹配}'), ($4, $2, $5, '{领域相关}')`, [
        healthScenarios[0],
        id,
        90 - i * 10,
        urbanScenarios[0],
        50 + i * 10,
      ]);
    }
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  async function generate(): Promise<AgendaRunView> {
    const started = await organiser.post<AgendaRunView>(`/api/sessions/${sessionId}/agenda`);
    expect(started.status).toBe(202);
    return waitFor(async () => {
      const run = await organiser.get<AgendaRunView>(`/api/sessions/${sessionId}/agenda/runs/${started.body.id}`);
      return run.body.status === 'completed' || run.body.status === 'failed' ? run.body : undefined;
    }, 'the agenda run', 30_000);
  }

  function checkInvariants(meetings: MeetingView[]) {
    const live = meetings.filter((m) => m.status === 'scheduled');
    const seen = new Set<string>();
    for (const m of live) {
      for (const key of [`t${m.slot}:${m.table}`, `e${m.slot}:${m.enterprise.id}`, `a${m.slot}:${m.agency.id}`, `p${m.enterprise.id}:${m.agency.id}`]) {
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  }

  it('creates a session with field-level errors for bad input, organisers only', async () => {
    const bad = await organiser.post('/api/sessions', { title: 'x', startsAt: '明天', slotMinutes: 2, slots: 0, tables: 1, role: 'admin' });
    expect(bad.status).toBe(400);
    const fields = (bad.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['role', 'slotMinutes', 'slots', 'startsAt', 'title']));
    const breakAtEnd = await organiser.post('/api/sessions', { title: '对接会', startsAt: '2026-12-10T09:00:00+08:00', slotMinutes: 20, slots: 4, tables: 2, breaks: [{ afterSlot: 3, minutes: 15 }] });
    expect(breakAtEnd.status).toBe(400);
    expect(await health.post('/api/sessions', { title: '对接会', startsAt: '2026-12-10T09:00:00+08:00', slotMinutes: 20, slots: 4, tables: 2 }).then((r) => r.status)).toBe(403);
    expect(await anonymous.post('/api/sessions', { title: '对接会', startsAt: '2026-12-10T09:00:00+08:00', slotMinutes: 20, slots: 4, tables: 2 }).then((r) => r.status)).toBe(401);

    const created = await organiser.post<SessionView>('/api/sessions', {
      title: '智慧医疗与城市治理供需对接会',
      venue: '南山区人工智能创新服务中心',
      startsAt: '2026-12-10T09:00:00+08:00',
      slotMinutes: 20,
      slots: 4,
      tables: 2,
      breaks: [{ afterSlot: 1, minutes: 15 }],
      maxCompanies: 4,
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('planning');
    sessionId = created.body.id;
  });

  it('keeps a session in planning out of sight and refuses registration before it opens', async () => {
    expect((await companies[0].get(`/api/sessions/${sessionId}`)).status).toBe(404);
    expect((await anonymous.get<Page<SessionView>>('/api/sessions')).body.items.map((s) => s.id)).not.toContain(sessionId);
    expect((await companies[0].post(`/api/sessions/${sessionId}/participants`, {})).status).toBe(404);
    const opened = await organiser.post<SessionView>(`/api/sessions/${sessionId}/status`, { status: 'open_for_registration' });
    expect(opened.body.status).toBe('open_for_registration');
    expect((await anonymous.get<SessionView>(`/api/sessions/${sessionId}`)).status).toBe(200);
    expect((await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'running' })).status).toBe(409);
  });

  it('registers agencies with their own scenarios and companies up to the limit', async () => {
    const wrong = await health.post(`/api/sessions/${sessionId}/participants`, { scenarioIds: [urbanScenarios[0]] });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { errors: Array<{ field: string }> }).errors[0].field).toBe('scenarioIds');
    const h = await health.post<ParticipantView>(`/api/sessions/${sessionId}/participants`, { scenarioIds: healthScenarios, contactName: '王主任' });
    expect(h.status).toBe(201);
    expect(h.body.kind).toBe('agency');
    expect(h.body.checkinCode).toMatch(/^[A-Z2-9]{10}$/);
    const u = await urban.post<ParticipantView>(`/api/sessions/${sessionId}/participants`, { scenarioIds: urbanScenarios, unavailableSlots: [0] });
    expect(u.status).toBe(201);
    expect(u.body.unavailableSlots).toEqual([0]);
    expect((await urban.post(`/api/sessions/${sessionId}/participants`, {})).status).toBe(409);
    const enterpriseWithScenario = await companies[0].post(`/api/sessions/${sessionId}/participants`, { scenarioIds: healthScenarios });
    expect(enterpriseWithScenario.status).toBe(400);
    const badSlot = await companies[0].post(`/api/sessions/${sessionId}/participants`, { unavailableSlots: [9] });
    expect(badSlot.status).toBe(400);
    for (const c of companies.slice(0, 3)) expect((await c.post(`/api/sessions/${sessionId}/participants`, { capacity: 2 })).status).toBe(201);
    // The organiser registers the fourth company; the limit of four is then reached.
    const byStaff = await organiser.post<ParticipantView>(`/api/sessions/${sessionId}/participants`, { organisationId: companyIds[3] });
    expect(byStaff.status).toBe(201);
    await organiser.patch(`/api/sessions/${sessionId}`, { maxCompanies: 4 });
    const extra = await createOrganisation(t, { type: 'enterprise', verified: true });
    const full = await organiser.post(`/api/sessions/${sessionId}/participants`, { organisationId: extra.id });
    expect(full.status).toBe(409);

    // Others see names and scenarios only; the participant itself and staff see its code.
    const seenByOther = await companies[1].get<Page<ParticipantView>>(`/api/sessions/${sessionId}/participants?pageSize=50`);
    const healthSeen = seenByOther.body.items.find((p) => p.organisation.id === healthId) as ParticipantView;
    expect(healthSeen.scenarios.length).toBe(healthScenarios.length);
    expect(healthSeen.checkinCode).toBeUndefined();
    expect(healthSeen.contactName).toBeUndefined();
    const seenByStaff = await organiser.get<Page<ParticipantView>>(`/api/sessions/${sessionId}/participants?pageSize=50`);
    expect(seenByStaff.body.total).toBe(6);
    expect(seenByStaff.body.items.every((p) => typeof p.checkinCode === 'string')).toBe(true);
    const session = await companies[0].get<SessionView>(`/api/sessions/${sessionId}`);
    expect(session.body.myParticipantId).toBeTruthy();
    expect(session.body.counts).toMatchObject({ enterprises: 4, agencies: 2 });
  });

  it('takes requests between participants only, and tells the other side', async () => {
    const toEnterprise = await companies[0].post(`/api/sessions/${sessionId}/meeting-requests`, { toOrganisationId: companyIds[1] });
    expect(toEnterprise.status).toBe(400);
    const otherAgency = (await createOrganisation(t, { type: 'agency', verified: true })).id;
    const toStranger = await companies[0].post(`/api/sessions/${sessionId}/meeting-requests`, { toOrganisationId: otherAgency });
    expect(toStranger.status).toBe(400);
    const notRegistered = (await createUser(t, { role: 'agency', verified: true })).client;
    expect((await notRegistered.post(`/api/sessions/${sessionId}/meeting-requests`, { toOrganisationId: companyIds[0] })).status).toBe(403);

    // Company 3 (the worst match for health) asks health; health accepts: a mutual request.
    const asked = await companies[3].post<MeetingRequestView>(`/api/sessions/${sessionId}/meeting-requests`, { toOrganisationId: healthId, scenarioId: healthScenarios[0], message: '希望介绍影像产品' });
    expect(asked.status).toBe(201);
    expect(asked.body.mutual).toBe(false);
    expect((await companies[3].post(`/api/sessions/${sessionId}/meeting-requests`, { toOrganisationId: healthId })).status).toBe(409);
    const inbox = await t.database.query<{ title: string }>(`SELECT n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.organisation_id = $1 AND n.kind = 'session.request'`, [healthId]);
    expect(inbox.rows.some((n) => n.title.includes('希望在'))).toBe(true);
    expect((await companies[0].post(`/api/sessions/${sessionId}/meeting-requests/${asked.body.id}/respond`, { decision: 'accept' })).status).toBe(404);
    expect((await companies[3].post(`/api/sessions/${sessionId}/meeting-requests/${asked.body.id}/respond`, { decision: 'accept' })).status).toBe(403);
    const accepted = await health.post<MeetingRequestView>(`/api/sessions/${sessionId}/meeting-requests/${asked.body.id}/respond`, { decision: 'accept' });
    expect(accepted.body).toMatchObject({ status: 'accepted', mutual: true });

    // Urban asks company 0, which declines: that pair must not meet even though it matches.
    const fromUrban = await urban.post<MeetingRequestView>(`/api/sessions/${sessionId}/meeting-requests`, { toOrganisationId: companyIds[0] });
    expect(fromUrban.status).toBe(201);
    await companies[0].post(`/api/sessions/${sessionId}/meeting-requests/${fromUrban.body.id}/respond`, { decision: 'decline' });

    const mine = await companies[1].get<Page<MeetingRequestView>>(`/api/sessions/${sessionId}/meeting-requests`);
    expect(mine.body.total).toBe(0);
    const all = await organiser.get<Page<MeetingRequestView>>(`/api/sessions/${sessionId}/meeting-requests`);
    expect(all.body.total).toBe(2);

    const suggestions = await companies[0].get<SessionSuggestion[]>(`/api/sessions/${sessionId}/suggestions`);
    expect(suggestions.body[0]).toMatchObject({ organisation: { id: healthId }, score: 90 });
  });

  it('generates the agenda in the worker: requests first, capacities, availability and declines respected', async () => {
    const beforeRun = await companies[0].get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    expect(beforeRun.body).toMatchObject({ published: false, meetings: [] });
    // The solve is timed for the operators (the worker's agenda solve time metric).
    const solves = async () => new PromScrape(await worker.get(Metrics).render()).value(`${METRIC.agendaSolveDuration}_count`);
    const solvesBefore = await solves();
    const run = await generate();
    expect(run.status).toBe('completed');
    expect(await solves()).toBe(solvesBefore + 1);
    expect(run.progress).toBe(1);
    expect(run.gap).toBeLessThanOrEqual(0.001);
    const agenda = await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    const meetings = agenda.body.meetings;
    checkInvariants(meetings);
    expect(agenda.body.slotTimes[2].startsAt).toBe('2026-12-10T01:55:00.000Z'); // 09:00 + 2 × 20 min + 15 min break
    const pair = (e: number, a: string) => meetings.find((m) => m.enterprise.id === companyIds[e] && m.agency.id === a);
    expect(pair(3, healthId)).toMatchObject({ mutual: true, requested: true });
    expect(pair(0, urbanId)).toBeUndefined();
    for (const m of meetings.filter((x) => x.agency.id === urbanId)) expect(m.slot).not.toBe(0);
    for (const id of companyIds.slice(0, 3)) expect(meetings.filter((m) => m.enterprise.id === id).length).toBeLessThanOrEqual(2);
    // Every company fits both agencies (scores ≥ 50) and there is room: all seven possible meetings are placed.
    expect(meetings.length).toBe(7);
    // The run reports the idle slots between each participant's meetings of the saved agenda, and
    // never more than before the solver compacted the slots.
    const spans = new Map<string, number[]>();
    for (const m of meetings) for (const who of [m.enterprise.id, m.agency.id]) spans.set(who, [...(spans.get(who) ?? []), m.slot]);
    const idle = [...spans.values()].reduce((sum, slots) => sum + Math.max(...slots) - Math.min(...slots) + 1 - slots.length, 0);
    expect(run.idleGaps).toBe(idle);
    expect(run.idleGaps).toBeLessThanOrEqual(run.idleGapsBefore as number);
  });

  it('keeps pinned meetings where they are when the agenda is regenerated', async () => {
    const agenda = await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    const target = agenda.body.meetings.find((m) => m.agency.id === urbanId) as MeetingView;
    expect((await companies[1].patch(`/api/sessions/${sessionId}/meetings/${target.id}`, { pinned: true })).status).toBe(404);
    const pinned = await organiser.patch<MeetingView>(`/api/sessions/${sessionId}/meetings/${target.id}`, { pinned: true });
    expect(pinned.body.pinned).toBe(true);
    await generate();
    const after = await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    const kept = after.body.meetings.find((m) => m.enterprise.id === target.enterprise.id && m.agency.id === urbanId) as MeetingView;
    expect(kept).toMatchObject({ slot: target.slot, table: target.table, pinned: true });
    checkInvariants(after.body.meetings);
    // The run's texts are stored Chinese and come back in the reader's language (Accept-Language).
    expect(after.body.run?.message).toMatch(/^已生成 \d+ 场洽谈$/);
    const english = await organiser.request<AgendaView>('GET', `/api/sessions/${sessionId}/agenda`, undefined, { 'accept-language': 'en' });
    expect(english.body.run?.message).toBe(`${after.body.run?.meetings} meetings scheduled`);
    expect(english.body.unplaced?.length).toBe(after.body.unplaced?.length);
    for (const u of english.body.unplaced ?? []) expect(u.reason.replace(u.enterprise.name, '').replace(u.agency.name, '')).not.toMatch(/\p{Script=Han}/u);
    // A clash with a placed meeting is refused.
    const clash = await organiser.post(`/api/sessions/${sessionId}/meetings`, { enterpriseId: kept.enterprise.id, agencyId: healthId, slot: kept.slot, table: 1 - kept.table });
    expect(clash.status).toBe(409);
  });

  it('retries a run that meets a database fault, then shows it failed with the reason and keeps the agenda it had', async () => {
    const before = (await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`)).body.meetings;
    // The match scores are out of reach for the whole run (a table lost, every retry meets it).
    await t.database.query(`ALTER TABLE match_results RENAME TO match_results_away`);
    let run: AgendaRunView;
    try {
      const started = await organiser.post<AgendaRunView>(`/api/sessions/${sessionId}/agenda`);
      expect(started.status).toBe(202);
      const runNow = async () => (await organiser.get<AgendaRunView>(`/api/sessions/${sessionId}/agenda/runs/${started.body.id}`)).body;
      // Between the attempts the organiser's page says it went wrong and will be tried again.
      // The read that shows it is the one checked (the message lasts only the backoff, 0.1–0.8 s in tests).
      const retrying = await waitFor(async () => {
        const now = await runNow();
        return now.message.startsWith('出错，将重试') ? now : undefined;
      }, 'the run to report a retry', 30_000);
      expect(retrying.status).toBe('running');
      expect(retrying.message).toContain('match_results');
      // After the last attempt (five, with backoff) the run is failed for good.
      run = await waitFor(async () => {
        const now = await runNow();
        return now.status === 'failed' ? now : undefined;
      }, 'the run to fail after its retries', 60_000);
    } finally {
      await t.database.query(`ALTER TABLE match_results_away RENAME TO match_results`);
    }
    expect(run.error).toMatch(/relation "match_results" does not exist/);
    expect(run.message).toBe(run.error);
    expect(run.finishedAt).not.toBeNull();
    const after = await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    expect(after.body.run).toMatchObject({ id: run.id, status: 'failed' });
    expect(after.body.meetings.map((m) => [m.id, m.slot, m.table])).toEqual(before.map((m) => [m.id, m.slot, m.table]));
  }, 90_000);

  it('shows each participant only its own meetings once the agenda is published', async () => {
    expect((await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'scheduled' })).status).toBe(200);
    const own = await companies[2].get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    expect(own.body.published).toBe(true);
    expect(own.body.meetings.length).toBeGreaterThan(0);
    expect(own.body.meetings.every((m) => m.enterprise.id === companyIds[2])).toBe(true);
    expect(own.body.unplaced).toBeUndefined();
    const healthOwn = await health.get<AgendaView>(`/api/sessions/${sessionId}/agenda`);
    expect(healthOwn.body.meetings.every((m) => m.agency.id === healthId)).toBe(true);
    const outsider = (await createUser(t, { role: 'agency', verified: true })).client;
    expect((await outsider.get(`/api/sessions/${sessionId}/agenda`)).status).toBe(403);
    expect((await anonymous.get(`/api/sessions/${sessionId}/agenda`)).status).toBe(401);
    const someoneElses = (await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`)).body.meetings.find((m) => m.enterprise.id !== companyIds[2]) as MeetingView;
    expect((await companies[2].patch(`/api/sessions/${sessionId}/meetings/${someoneElses.id}`, { outcome: 'signed' })).status).toBe(404);
    // A published agenda is not replaced behind the participants' backs: withdraw it first.
    expect((await organiser.post(`/api/sessions/${sessionId}/agenda`)).status).toBe(409);
    const told = await t.database.query(`SELECT 1 FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.organisation_id = $1 AND n.kind = 'session.agenda'`, [companyIds[2]]);
    expect(told.rowCount).toBeGreaterThan(0);
    // The agenda workbook: one row per meeting and a slot × table grid.
    const file = await organiser.download(`/api/sessions/${sessionId}/agenda.xlsx`);
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as never);
    expect(book.getWorksheet('日程')?.rowCount).toBe(1 + 7);
    expect(book.getWorksheet('桌位表')?.getRow(1).getCell(3).value).toBe('2 号桌');
    // Company names and scenario titles are typed by users: no cell of the workbook may run as a formula.
    const meetingRows = (await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`)).body.meetings;
    const named = await t.database.query<{ id: string; name: string }>(`SELECT id, name FROM organisations WHERE id = ANY($1)`, [[...new Set(meetingRows.flatMap((m) => [m.enterprise.id, m.agency.id]))]]);
    try {
      for (const [i, row] of named.rows.entries()) await t.database.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [row.id, FORMULA_PROBES[i % FORMULA_PROBES.length]]);
      const hostile = await organiser.download(`/api/sessions/${sessionId}/agenda.xlsx`);
      expect(hostile.status).toBe(200);
      const texts = await workbookTexts(hostile.body);
      expect(formulaCells(texts)).toEqual([]);
      // The list sheet shows each name on its own, neutralised; the grid joins two names in one cell.
      for (const probe of FORMULA_PROBES.slice(0, Math.min(named.rows.length, FORMULA_PROBES.length))) expect(texts).toContain(neutralisedInXlsx(probe));
    } finally {
      for (const row of named.rows) await t.database.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [row.id, row.name]);
    }
    expect((await companies[0].download(`/api/sessions/${sessionId}/agenda.xlsx`)).status).toBe(403);
  });

  it('keeps registrations valid when the organiser removes slots, and keeps a draft agenda private', async () => {
    const other = await organiser.post<SessionView>('/api/sessions', { title: '缩减时段的对接会', startsAt: '2026-12-11T09:00:00+08:00', slotMinutes: 20, slots: 5, tables: 1 });
    await organiser.post(`/api/sessions/${other.body.id}/status`, { status: 'open_for_registration' });
    const agency = await health.post<ParticipantView>(`/api/sessions/${other.body.id}/participants`, { scenarioIds: healthScenarios.slice(0, 1), unavailableSlots: [1, 4] });
    const company = await companies[0].post<ParticipantView>(`/api/sessions/${other.body.id}/participants`, { capacity: 5 });
    expect((await organiser.patch(`/api/sessions/${other.body.id}`, { slots: 3 })).status).toBe(200);
    expect((await health.get<ParticipantView>(`/api/sessions/${other.body.id}/participants/${agency.body.id}`)).body.unavailableSlots).toEqual([1]);
    expect((await companies[0].get<ParticipantView>(`/api/sessions/${other.body.id}/participants/${company.body.id}`)).body.capacity).toBe(3);
    const run = await organiser.post<AgendaRunView>(`/api/sessions/${other.body.id}/agenda`);
    const done = await waitFor(async () => {
      const r = await organiser.get<AgendaRunView>(`/api/sessions/${other.body.id}/agenda/runs/${run.body.id}`);
      return r.body.status === 'completed' || r.body.status === 'failed' ? r.body : undefined;
    }, 'the agenda run', 30_000);
    expect(done).toMatchObject({ status: 'completed', meetings: 1 });
    // The company leaves before the agenda is published: nobody is told about a meeting they never saw.
    expect((await companies[0].request('DELETE', `/api/sessions/${other.body.id}/participants/${company.body.id}`)).status).toBe(204);
    const told = await t.database.query(`SELECT 1 FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.organisation_id = $1 AND n.kind = 'session.meeting_cancelled' AND n.link = $2`, [healthId, `/sessions/${other.body.id}`]);
    expect(told.rowCount).toBe(0);
  });

  it('runs the day: QR check-in, a no-show frees its meetings, outcomes and the report', async () => {
    expect((await organiser.post(`/api/sessions/${sessionId}/status`, { status: 'running' })).status).toBe(200);
    const staffView = await organiser.get<Page<ParticipantView>>(`/api/sessions/${sessionId}/participants?pageSize=50`);
    const code = (org: string) => staffView.body.items.find((p) => p.organisation.id === org) as ParticipantView;
    const qr = await companies[0].request('GET', `/api/sessions/${sessionId}/participants/${code(companyIds[0]).id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(String(qr.body)).toContain('<svg');
    expect((await companies[1].request('GET', `/api/sessions/${sessionId}/participants/${code(companyIds[0]).id}/qr.svg`)).status).toBe(404);
    expect((await organiser.post(`/api/sessions/${sessionId}/check-in`, { code: 'WRONGCODE1' })).status).toBe(400);
    for (const org of [healthId, urbanId, companyIds[0], companyIds[1], companyIds[3]]) {
      const checked = await organiser.post<ParticipantView>(`/api/sessions/${sessionId}/check-in`, { code: String(code(org).checkinCode).toLowerCase() });
      expect(checked.status).toBe(200);
      expect(checked.body.checkedInAt).toBeTruthy();
    }
    const absent = code(companyIds[2]);
    const before = (await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`)).body.meetings.filter((m) => m.enterprise.id === companyIds[2] && m.status === 'scheduled');
    expect(before.length).toBeGreaterThan(0);
    expect((await organiser.post(`/api/sessions/${sessionId}/participants/${code(companyIds[0]).id}/no-show`)).status).toBe(409);
    expect((await organiser.post(`/api/sessions/${sessionId}/participants/${absent.id}/no-show`)).status).toBe(200);
    const after = (await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`)).body.meetings.filter((m) => m.enterprise.id === companyIds[2]);
    expect(after.every((m) => m.status === 'cancelled' && m.cancelReason === '对方缺席')).toBe(true);
    const freedFor = before.map((m) => m.agency.id);
    const told = await t.database.query(`SELECT 1 FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.organisation_id = ANY($1::uuid[]) AND n.kind = 'session.meeting_cancelled'`, [freedFor]);
    expect(told.rowCount).toBeGreaterThan(0);

    const own = (await companies[3].get<AgendaView>(`/api/sessions/${sessionId}/agenda`)).body.meetings;
    const withHealth = own.find((m) => m.agency.id === healthId) as MeetingView;
    const bad = await companies[3].patch(`/api/sessions/${sessionId}/meetings/${withHealth.id}`, { outcome: 'great' });
    expect(bad.status).toBe(400);
    const recorded = await companies[3].patch<MeetingView>(`/api/sessions/${sessionId}/meetings/${withHealth.id}`, { outcome: 'signed', outcomeNote: '签订试点协议' });
    expect(recorded.body).toMatchObject({ outcome: 'signed', outcomeNote: '签订试点协议' });
    const staffMeetings = (await organiser.get<AgendaView>(`/api/sessions/${sessionId}/agenda`)).body.meetings;
    const another = staffMeetings.find((m) => m.status === 'scheduled' && m.id !== withHealth.id) as MeetingView;
    await organiser.patch(`/api/sessions/${sessionId}/meetings/${another.id}`, { outcome: 'intent' });

    const report = await organiser.get<SessionReport>(`/api/sessions/${sessionId}/report`);
    const scheduled = staffMeetings.filter((m) => m.status === 'scheduled');
    expect(report.body.participants).toEqual({ enterprises: 4, agencies: 2, checkedIn: 5, noShows: 1 });
    expect(report.body.meetings.scheduled).toBe(scheduled.length);
    expect(report.body.meetings.cancelled).toBe(before.length);
    expect(report.body.meetings.held).toBe(scheduled.length); // everyone left checked in
    expect(report.body.outcomes).toEqual({ intent: 1, signed: 1, follow_up: 0, none: 0 });
    expect(report.body.companiesServed).toBe(new Set(scheduled.map((m) => m.enterprise.id)).size);
    expect(report.body.requests).toEqual({ total: 1, mutual: 1, placed: 1 });
    expect(report.body.bySlot.reduce((s, x) => s + x.scheduled, 0)).toBe(scheduled.length);
    expect((await companies[3].get(`/api/sessions/${sessionId}/report`)).status).toBe(403);

    // Audited, and the agenda cannot be regenerated once the day has started.
    const audited = await t.database.query<{ action: string }>(`SELECT action FROM audit_log WHERE action LIKE 'session.%'`);
    expect(audited.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['session.create', 'session.register', 'session.agenda.generate', 'session.check_in', 'session.no_show', 'session.meeting.outcome']));
    expect((await organiser.post(`/api/sessions/${sessionId}/agenda`)).status).toBe(409);
  });

  /** Staff cancel a meeting they placed by hand (对接会洽谈): it shows as cancelled, frees its table, and only staff may do it. */
  describe('cancelling a session meeting', () => {
    let staff: TestClient;
    let company: TestClient;
    let cancellationSession: string;
    let pair: { enterpriseId: string; agencyId: string };

    beforeAll(async () => {
      const [staffUser, agencyUser, companyUser] = await Promise.all([
        createUser(t, { role: 'organiser' }),
        createUser(t, { role: 'agency', verified: true }),
        createUser(t, { role: 'enterprise', verified: true }),
      ]);
      [staff, company] = [staffUser.client, companyUser.client];
      cancellationSession = (
        await createSession(t, { organiser: staff, status: 'open_for_registration', title: '洽谈取消测试对接会', startsAt: '2026-12-16T09:00:00+08:00', slots: 3, tables: 1, extra: { venue: '创新服务中心' } })
      ).id;
      for (const client of [agencyUser.client, company]) expect((await client.post(`/api/sessions/${cancellationSession}/participants`, {})).status).toBe(201);
      pair = { enterpriseId: companyUser.organisation.id, agencyId: agencyUser.organisation.id };
    });

    it('cancels the meeting for staff only, shows it cancelled, and frees the slot for another', async () => {
      const meeting = await staff.post<MeetingView>(`/api/sessions/${cancellationSession}/meetings`, { ...pair, slot: 1, table: 0 });
      expect(meeting.status).toBe(201);
      // The slot and table are taken while it stands.
      expect((await staff.post(`/api/sessions/${cancellationSession}/meetings`, { ...pair, slot: 1, table: 0 })).status).toBe(409);

      expect((await company.request('DELETE', `/api/sessions/${cancellationSession}/meetings/${meeting.body.id}`)).status).toBe(403);
      expect((await staff.request('DELETE', `/api/sessions/${cancellationSession}/meetings/${meeting.body.id}`)).status).toBe(204);
      const agenda = await staff.get<AgendaView>(`/api/sessions/${cancellationSession}/agenda`);
      expect(agenda.body.meetings.find((m) => m.id === meeting.body.id)).toMatchObject({ status: 'cancelled' });
      // Cancelling again changes nothing.
      expect((await staff.request('DELETE', `/api/sessions/${cancellationSession}/meetings/${meeting.body.id}`)).status).toBe(204);

      const again = await staff.post<MeetingView>(`/api/sessions/${cancellationSession}/meetings`, { ...pair, slot: 1, table: 0 });
      expect(again.status).toBe(201);
      expect(again.body.id).not.toBe(meeting.body.id);
      // An unknown meeting is a 404.
      expect((await staff.request('DELETE', `/api/sessions/${cancellationSession}/meetings/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    });
  });

  /** A company that cancelled its registration for a matchmaking session (对接会) registers again: one registration, with the new details. */
  describe('registering again after cancelling', () => {
    let staff: TestClient;
    let company: TestClient;
    let oneCompanySession: string;

    beforeAll(async () => {
      [staff, company] = (await Promise.all([createUser(t, { role: 'organiser' }), createUser(t, { role: 'enterprise', verified: true })])).map((u) => u.client);
      oneCompanySession = (
        await createSession(t, { organiser: staff, status: 'open_for_registration', title: '再次报名测试对接会', startsAt: '2026-12-15T09:00:00+08:00', slots: 4, tables: 2, extra: { venue: '创新服务中心', maxCompanies: 1 } })
      ).id;
    });

    it('reuses the cancelled registration, takes the new details, and counts it against the places once', async () => {
      const first = await company.post<ParticipantView>(`/api/sessions/${oneCompanySession}/participants`, { capacity: 2, contactName: '张经理' });
      expect(first.status).toBe(201);
      expect((await company.request('DELETE', `/api/sessions/${oneCompanySession}/participants/${first.body.id}`)).status).toBe(204);

      const again = await company.post<ParticipantView>(`/api/sessions/${oneCompanySession}/participants`, { capacity: 3, contactName: '李经理', unavailableSlots: [0] });
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ id: first.body.id, status: 'registered', capacity: 3, contactName: '李经理', unavailableSlots: [0] });
      const list = await staff.get<Page<ParticipantView>>(`/api/sessions/${oneCompanySession}/participants`);
      expect(list.body.items.filter((p) => p.status === 'registered').map((p) => p.id)).toEqual([first.body.id]);

      // Registered again, it holds the only company place, and registering twice is refused.
      const twice = await company.post<{ message: string }>(`/api/sessions/${oneCompanySession}/participants`, { capacity: 1 });
      expect(twice.status).toBe(409);
      const other = (await createUser(t, { role: 'enterprise', verified: true })).client;
      const full = await other.post<{ message: string }>(`/api/sessions/${oneCompanySession}/participants`, {});
      expect(full.status).toBe(409);
      expect(full.body.message).toBe('企业名额（1 家）已满');
    });
  });
});
