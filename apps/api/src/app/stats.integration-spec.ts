import { ApplicationView, BatchHealth, PublicStats, ScenarioBatchView, ScenarioView, StatsOverview } from '@scenematch/contracts';
import { createOrganisation, createUser, FORMULA_PROBES, formulaCells, neutralisedInXlsx, TestClient, workbookTexts } from '@scenematch/server-testing';
import ExcelJS from 'exceljs';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

type FieldErrors = { errors: Array<{ field: string; message: string }> };

/**
 * Builds a known quarter (2025Q3) through the API, moves its timestamps into that quarter with
 * SQL (the API stamps "now"), adds matchmaking sessions with SQL (their API is being built),
 * and checks that every figure says what the data says.
 */
describe('stats (数据统计)', () => {
  let t: TestApp;
  let organiser: TestClient;
  let admin: TestClient;
  let agency: TestClient;
  let otherAgency: TestClient;
  let enterprise: TestClient;
  let rival: TestClient;
  let expert: TestClient;
  let otherAgencyName: string;
  let batchId: string;
  const ids: Record<'A' | 'B' | 'C' | 'D' | 'F', string> = { A: '', B: '', C: '', D: '', F: '' };
  const org: Record<string, string> = {};
  let gapCapability: { code: string; name: string };
  let offeredCapability: { code: string; name: string };

  const application = () => ({
    proposal: '基于自研平台在试点单位部署人工智能辅助系统，三个月内完成上线、培训与评估。',
    quote: 500000,
    durationDays: 90,
    team: '项目经理 1 名，工程师 3 名',
    declarations: { truthful: true },
  });

  async function scenario(author: TestClient, title: string, domain: string, capability: string, deadline: string, publish = true): Promise<string> {
    const s = await author.post<ScenarioView>('/api/scenarios', {
      title,
      domain,
      description: '在区属单位试点人工智能应用，提升效率与服务质量。',
      capabilities: [capability],
      deadline,
      batchId,
    });
    expect(s.status).toBe(201);
    await author.post(`/api/scenarios/${s.body.id}/submit`);
    if (publish) expect((await organiser.post(`/api/scenarios/${s.body.id}/publish`)).status).toBe(200);
    return s.body.id;
  }

  async function apply(client: TestClient, scenarioId: string): Promise<string> {
    const created = await client.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, application());
    expect(created.status).toBe(201);
    expect((await client.post<ApplicationView>(`/api/applications/${created.body.id}/submit`)).body.status).toBe('submitted');
    return created.body.id;
  }

  const sql = <R extends object = Record<string, unknown>>(text: string, params: unknown[] = []) => t.database.query<R>(text, params);

  beforeAll(async () => {
    t = await startTestApp('stats');
    const users = await Promise.all([
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'admin' }),
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'expert' }),
    ]);
    [organiser, admin, agency, enterprise, rival, otherAgency, expert] = users.map((u) => u.client);
    [org['agency'], org['ent'], org['rival']] = [users[2].organisation.id, users[3].organisation.id, users[4].organisation.id];
    otherAgencyName = users[5].organisation.name;
    // Twelve more companies, suggested for the scenarios and registered for the sessions below.
    const others = await Promise.all(Array.from({ length: 12 }, () => createOrganisation(t, { type: 'enterprise', verified: true })));
    others.forEach((o, i) => (org[`P${i + 1}`] = o.id));
    const offered = await sql<{ code: string; name: string }>(`SELECT code, name FROM capabilities c WHERE EXISTS (SELECT 1 FROM products p WHERE p.status = 'listed' AND c.code = ANY(p.capability_codes)) ORDER BY sort LIMIT 1`);
    // Every seeded capability is on offer: take one out of the listed products to make a gap.
    const gap = await sql<{ code: string; name: string }>(`SELECT code, name FROM capabilities c WHERE code <> $1 ORDER BY sort DESC LIMIT 1`, [offered.rows[0].code]);
    await sql(`UPDATE products SET capability_codes = array_remove(capability_codes, $1) WHERE status = 'listed'`, [gap.rows[0].code]);
    [offeredCapability, gapCapability] = [offered.rows[0], gap.rows[0]];
    expect(offeredCapability && gapCapability).toBeTruthy();

    const batch = await organiser.post<ScenarioBatchView>('/api/batches', { number: 77, name: '统计测试批次', issuer: '服务中心' });
    batchId = batch.body.id;
    await organiser.post(`/api/batches/${batchId}/publish`);

    ids.A = await scenario(agency, '统计测试：医院影像辅助诊断', '智慧医疗', offeredCapability.name, inDays(30));
    ids.B = await scenario(agency, '统计测试：社区随访助手', '智慧医疗', offeredCapability.name, inDays(3));
    ids.C = await scenario(agency, '统计测试：康复训练机器人', '智慧医疗', gapCapability.name, inDays(5));
    ids.D = await scenario(otherAgency, '统计测试：街面秩序巡查', '城市治理', gapCapability.name, inDays(20));
    ids.F = await scenario(agency, '统计测试：病案质控', '智慧医疗', offeredCapability.name, inDays(2));
    await scenario(agency, '统计测试：未发布的场景', '智慧医疗', offeredCapability.name, inDays(30), false);

    // A: two bids, form check, review, award, confirmation, pilot and acceptance.
    const aEnt = await apply(enterprise, ids.A);
    const aRival = await apply(rival, ids.A);
    // B: one bid withdrawn, one draft never sent.
    const bEnt = await apply(enterprise, ids.B);
    expect((await enterprise.post<ApplicationView>(`/api/applications/${bEnt}/withdraw`)).body.status).toBe('withdrawn');
    expect((await rival.post(`/api/scenarios/${ids.B}/applications`, application())).status).toBe(201);
    // C: one bid. F: two bids (this year, outside the reported quarter).
    const cRival = await apply(rival, ids.C);
    await apply(enterprise, ids.F);
    await apply(rival, ids.F);

    await sql(`UPDATE scenarios SET deadline = current_date - 1 WHERE id = $1`, [ids.A]);
    for (const id of [aEnt, aRival]) expect((await organiser.post(`/api/applications/${id}/shortlist`)).status).toBe(200);
    const expertId = (await expert.get<{ id: string }>('/api/me')).body.id;
    expect((await organiser.post(`/api/scenarios/${ids.A}/reviewers`, { expertIds: [expertId] })).status).toBe(200);
    const award = await organiser.post<{ id: string }>(`/api/scenarios/${ids.A}/award`, { applicationIds: [aEnt] });
    expect(award.status).toBe(201);
    await sql(`UPDATE awards SET notice_ends_at = now() - interval '1 second' WHERE id = $1`, [award.body.id]);
    expect((await organiser.post(`/api/notices/${award.body.id}/confirm`)).status).toBe(200);
    expect((await organiser.post(`/api/scenarios/${ids.A}/pilot`)).status).toBe(200);
    expect((await organiser.post(`/api/scenarios/${ids.A}/accept`, { report: '验收报告：试点期间各项指标达到预期。' })).status).toBe(200);

    // Into 2025Q3 (China time). A is published 30 minutes into July: still 30 June in UTC.
    const at = async (table: string, column: string, id: string, value: string) => sql(`UPDATE ${table} SET ${column} = $2::timestamptz WHERE id = $1`, [id, value]);
    await at('scenarios', 'published_at', ids.A, '2025-07-01 00:30+08');
    await at('scenarios', 'published_at', ids.B, '2025-07-20 10:00+08');
    await at('scenarios', 'published_at', ids.C, '2025-08-05 10:00+08');
    await at('scenarios', 'published_at', ids.D, '2025-09-15 10:00+08');
    await at('applications', 'submitted_at', aEnt, '2025-07-15 10:00+08');
    await at('applications', 'submitted_at', aRival, '2025-08-01 09:00+08');
    await at('applications', 'submitted_at', bEnt, '2025-07-25 10:00+08');
    await at('applications', 'submitted_at', cRival, '2025-08-10 10:00+08');
    await at('awards', 'created_at', award.body.id, '2025-09-01 10:00+08');
    await at('awards', 'decided_at', award.body.id, '2025-09-10 10:00+08');
    await sql(`UPDATE scenario_events SET at = '2025-09-12 10:00+08' WHERE scenario_id = $1 AND to_status = 'piloting'`, [ids.A]);
    await sql(`UPDATE scenarios SET accepted_at = '2025-09-20 10:00+08' WHERE id = $1`, [ids.A]);

    // Matches (the worker writes them): B has three strong ones, C two, D only weak ones.
    const match = (scenarioId: string, orgId: string, score: number) =>
      sql(`INSERT INTO match_results (scenario_id, organisation_id, score, reasons) VALUES ($1, $2, $3, '{}')`, [scenarioId, orgId, score]);
    await match(ids.B, org['ent'], 95); // withdrew, but bids are sealed: still suggested
    await match(ids.B, org['P1'], 90);
    await match(ids.B, org['P2'], 85);
    await match(ids.B, org['P3'], 70);
    await match(ids.C, org['rival'], 80); // applied, but bids are sealed: still suggested
    await match(ids.C, org['P1'], 75);
    await match(ids.C, org['P4'], 69);
    for (let i = 0; i < 7; i++) await match(ids.D, org[`P${i + 5}`], 60 + i);

    // Sessions: S1 held in August, S2 planned in September, S3 held outside the quarter.
    const session = async (title: string, startsAt: string, status: string) =>
      (
        await sql<{ id: string }>(`INSERT INTO matchmaking_sessions (title, starts_at, slot_minutes, slots, tables, status) VALUES ($1, $2, 20, 6, 4, $3) RETURNING id`, [
          title,
          startsAt,
          status,
        ])
      ).rows[0].id;
    const s1 = await session('统计测试：八月对接会', '2025-08-20 09:30+08', 'closed');
    const s2 = await session('统计测试：九月对接会', '2025-09-25 09:30+08', 'planning');
    const s3 = await session('统计测试：明年对接会', '2026-01-10 09:30+08', 'closed');
    let code = 0;
    const participant = (sessionId: string, orgId: string, kind: string, status = 'registered', checkedIn = false) =>
      sql(
        `INSERT INTO session_participants (session_id, organisation_id, kind, capacity, status, checkin_code, checked_in_at)
         VALUES ($1, $2, $3, 6, $4, $5, CASE WHEN $6 THEN now() END)`,
        [sessionId, orgId, kind, status, `STATS${++code}`, checkedIn],
      );
    await participant(s1, org['ent'], 'enterprise', 'registered', true);
    await participant(s1, org['rival'], 'enterprise');
    await participant(s1, org['agency'], 'agency', 'registered', true);
    await participant(s1, org['P9'], 'enterprise', 'cancelled');
    await participant(s2, org['P10'], 'enterprise');
    await participant(s3, org['P11'], 'enterprise', 'registered', true);
    const meeting = (sessionId: string, slot: number, enterpriseId: string, scenarioId: string | null, status: string, outcome: string | null) =>
      sql(
        `INSERT INTO session_meetings (session_id, slot, table_no, enterprise_id, agency_id, scenario_id, status, outcome) VALUES ($1, $2, 0, $3, $4, $5, $6, $7)`,
        [sessionId, slot, enterpriseId, org['agency'], scenarioId, status, outcome],
      );
    await meeting(s1, 0, org['ent'], ids.C, 'scheduled', 'signed');
    await meeting(s1, 1, org['rival'], null, 'scheduled', 'intent');
    await meeting(s1, 2, org['P9'], ids.B, 'cancelled', null);
    await meeting(s2, 0, org['P10'], ids.B, 'scheduled', null);
    await meeting(s3, 0, org['P11'], ids.B, 'scheduled', 'signed');
  }, 180_000);
  afterAll(() => t?.close());

  const Q3 = 'from=2025-07-01&to=2025-09-30';
  const counts = (list: Array<{ key: string; count: number }>) => Object.fromEntries(list.filter((x) => x.count).map((x) => [x.key, x.count]));

  it('answers every overview figure as the data says (one batch, 2025Q3)', async () => {
    const res = await organiser.get<StatsOverview>(`/api/stats/overview?${Q3}&batchId=${batchId}`);
    expect(res.status).toBe(200);
    const o = res.body;
    expect(o.filters).toEqual({ from: '2025-07-01', to: '2025-09-30', batchId, domain: null, minMatches: 3, strongScore: 70 });
    expect(o.scenarios.published).toBe(4);
    expect(o.scenarios.byDomain.map((d) => [d.label, d.count])).toEqual([['智慧医疗', 3], ['城市治理', 1]]);
    expect(counts(o.scenarios.byStatus)).toEqual({ accepted: 1, published: 3 });
    expect(o.scenarios.byStatus.find((s) => s.key === 'accepted')?.label).toBe('已验收');
    expect(o.scenarios.byBatch).toEqual([{ key: batchId, label: '第 77 批 · 统计测试批次', count: 4 }]);
    expect(o.applications).toEqual({ submitted: 3, shortlisted: 2, withdrawn: 1 });
    expect(o.awards).toEqual({ proposed: 1, inNotice: 0, confirmed: 1, overturned: 0 });
    expect([o.pilots, o.acceptances]).toEqual([1, 1]);
    expect(o.funnel.map((s) => [s.key, s.count])).toEqual([['published', 4], ['applied', 2], ['awarded', 1], ['accepted', 1]]);
    // Open now: B, C, D and F; only B has three strong matches.
    expect(o.coverage).toEqual({ open: 4, covered: 1, ratio: 0.25 });
    expect(o.sessions).toMatchObject({ total: 2, held: 1, participants: { total: 4, enterprises: 3, agencies: 1, checkedIn: 2 } });
    // With a batch filter only meetings about its scenarios count: the signed one about C.
    expect(o.sessions.meetingsHeld).toBe(1);
    expect(counts(o.sessions.outcomes)).toEqual({ signed: 1 });
    expect(o.served).toEqual({ companies: 5, companiesViaApplications: 2, companiesViaMeetings: 1, companiesViaMatches: 5, agencies: 1 });
    expect(o.months).toEqual([
      { month: '2025-07', scenariosPublished: 2, applicationsSubmitted: 1, awardsConfirmed: 0, meetingsHeld: 0 },
      { month: '2025-08', scenariosPublished: 1, applicationsSubmitted: 2, awardsConfirmed: 0, meetingsHeld: 1 },
      { month: '2025-09', scenariosPublished: 1, applicationsSubmitted: 0, awardsConfirmed: 1, meetingsHeld: 0 },
    ]);
  });

  it('narrows by domain and period, counts every meeting without a scenario filter, and takes the coverage thresholds', async () => {
    const all = (await organiser.get<StatsOverview>(`/api/stats/overview?${Q3}`)).body;
    expect(all.scenarios.published).toBe(4);
    expect(all.sessions.meetingsHeld).toBe(2);
    expect(counts(all.sessions.outcomes)).toEqual({ signed: 1, intent: 1 });
    expect(all.served).toMatchObject({ companies: 5, companiesViaMeetings: 2 });
    expect(all.months.map((m) => m.meetingsHeld)).toEqual([0, 2, 0]);

    const urban = (await admin.get<StatsOverview>(`/api/stats/overview?${Q3}&domain=${encodeURIComponent('城市治理')}`)).body;
    expect(urban.filters.domain).toBe('城市治理');
    expect([urban.scenarios.published, urban.applications.submitted, urban.sessions.meetingsHeld, urban.served.companies]).toEqual([1, 0, 0, 0]);

    // July only: A and B; the boundary is midnight in China, not in UTC.
    const july = (await organiser.get<StatsOverview>(`/api/stats/overview?from=2025-07-01&to=2025-07-31&batchId=${batchId}`)).body;
    expect([july.scenarios.published, july.applications.submitted, july.applications.withdrawn, july.awards.confirmed]).toEqual([2, 1, 1, 0]);
    expect(july.months.map((m) => m.month)).toEqual(['2025-07']);
    const june = (await organiser.get<StatsOverview>(`/api/stats/overview?from=2025-06-01&to=2025-06-30&batchId=${batchId}`)).body;
    expect(june.scenarios.published).toBe(0);

    const lenient = (await organiser.get<StatsOverview>(`/api/stats/overview?${Q3}&batchId=${batchId}&minMatches=2&strongScore=70`)).body;
    expect(lenient.coverage).toEqual({ open: 4, covered: 2, ratio: 0.5 });
    const strict = (await organiser.get<StatsOverview>(`/api/stats/overview?${Q3}&batchId=${batchId}&minMatches=1&strongScore=91`)).body;
    expect(strict.coverage.covered).toBe(1); // B, through the company that then withdrew
    expect(strict.served.companiesViaMatches).toBe(1);
  });

  it('refuses bad filters with field errors', async () => {
    const cases: Array<[string, string]> = [
      ['from=2025-13-01', 'from'],
      ['to=2025-02-30', 'to'],
      ['from=2025-09-01&to=2025-08-01', 'from'],
      ['from=yesterday', 'from'],
      ['batchId=42', 'batchId'],
      ['batchId=00000000-0000-4000-8000-000000000000', 'batchId'],
      [`domain=${encodeURIComponent('不存在的领域')}`, 'domain'],
      ['minMatches=0', 'minMatches'],
      ['strongScore=101', 'strongScore'],
      ['strongScore=abc', 'strongScore'],
      ['colour=red', 'colour'],
    ];
    for (const [query, field] of cases) {
      const res = await organiser.get<FieldErrors>(`/api/stats/overview?${query}`);
      expect([query, res.status, res.body.errors?.map((e) => e.field)]).toEqual([query, 400, expect.arrayContaining([field])]);
    }
  });

  it('lets only organisers and admins read the dashboard, batch health and report', async () => {
    const urls = ['/api/stats/overview', `/api/stats/batch-health?batchId=${batchId}`, '/api/stats/report?quarter=2025Q3&format=xlsx'];
    for (const url of urls) {
      const seen = [];
      for (const [who, client] of [['anonymous', t.client], ['agency', agency], ['enterprise', enterprise], ['expert', expert], ['organiser', organiser], ['admin', admin]] as const) {
        seen.push(`${who}:${(await client.get(url)).status}`);
      }
      expect([url, ...seen]).toEqual([url, 'anonymous:401', 'agency:403', 'enterprise:403', 'expert:403', 'organiser:200', 'admin:200']);
    }
  });

  it('shows anyone the public figures, nothing more, and follows changes at once', async () => {
    const first = await t.client.get<PublicStats>('/api/stats/public');
    expect(first.status).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(['companies', 'domains', 'domainsTotal', 'listedProducts', 'publishedScenarios', 'sessionsHeld', 'sessionsListed']);
    const truth = (await sql(`SELECT (SELECT count(*) FROM scenarios WHERE status IN ('published','closed','evaluating','awarded','piloting','accepted'))::int AS s,
                                     (SELECT count(*) FROM products WHERE status = 'listed')::int AS p,
                                     (SELECT count(*) FROM organisations WHERE type = 'enterprise')::int AS c,
                                     (SELECT count(*) FROM matchmaking_sessions WHERE status = 'closed')::int AS h`)).rows[0] as { s: number; p: number; c: number; h: number };
    // Held: this file's two closed sessions and the demo data's first session.
    expect(truth.h).toBe(2 + 1);
    expect(first.body).toMatchObject({ publishedScenarios: truth.s, listedProducts: truth.p, companies: truth.c, sessionsHeld: truth.h });
    expect(first.body.domains).toBeGreaterThanOrEqual(2);
    // The home page shows the taxonomy beside the figure: both counted, the part within the whole.
    const domainsTotal = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM domains`)).rows[0].n;
    expect(first.body.domainsTotal).toBe(domainsTotal);
    expect(first.body.domains).toBeLessThanOrEqual(domainsTotal);
    expect(first.body.sessionsListed).toBeGreaterThanOrEqual(first.body.sessionsHeld);
    // Served from the cache while nothing changes…
    expect((await t.client.get<PublicStats>('/api/stats/public')).body).toEqual(first.body);
    // …and a publication or a held session shows at once.
    await scenario(agency, '统计测试：公开数字的新场景', '智慧医疗', offeredCapability.name, inDays(40));
    await sql(`UPDATE matchmaking_sessions SET status = 'closed' WHERE title = '统计测试：九月对接会'`);
    const after = (await t.client.get<PublicStats>('/api/stats/public')).body;
    expect(after.publishedScenarios).toBe(first.body.publishedScenarios + 1);
    expect(after.sessionsHeld).toBe(truth.h + 1);
    // A session open for registration is on the public list: the home page counts it as listed
    // (never "0 sessions" beside a list of sessions 报名中), not as held.
    await sql(`UPDATE matchmaking_sessions SET status = 'open_for_registration' WHERE title = '统计测试：九月对接会'`);
    const open = (await t.client.get<PublicStats>('/api/stats/public')).body;
    expect(open.sessionsHeld).toBe(truth.h);
    expect(open.sessionsListed).toBe(first.body.sessionsListed + 1);
    await sql(`UPDATE matchmaking_sessions SET status = 'planning' WHERE title = '统计测试：九月对接会'`);
  });

  it('flags open scenarios short of applications near the deadline, with companies to invite, and capability gaps', async () => {
    const res = await organiser.get<BatchHealth>(`/api/stats/batch-health?batchId=${batchId}`);
    expect(res.status).toBe(200);
    const h = res.body;
    expect(h.batch).toEqual({ id: batchId, number: 77, name: '统计测试批次' });
    const row = (id: string) => h.scenarios.find((s) => s.id === id);
    // Open: B (3 days, 0 bids), C (5 days, 1 bid), F (2 days, 2 bids), D (20 days, 0 bids), plus any opened later.
    expect(h.scenarios.slice(0, 2).map((s) => s.id)).toEqual([ids.B, ids.C]);
    expect(row(ids.B)).toMatchObject({ daysLeft: 3, applications: 0, flagged: true });
    expect(row(ids.C)).toMatchObject({ daysLeft: 5, applications: 1, flagged: true });
    expect(row(ids.F)).toMatchObject({ daysLeft: 2, applications: 2, flagged: false });
    expect(row(ids.D)).toMatchObject({ daysLeft: 20, applications: 0, flagged: false, agency: otherAgencyName });
    expect(row(ids.A)).toBeUndefined();
    expect(h.flagged).toBe(2);
    expect(row(ids.B)?.suggestions.map((s) => [s.organisationId, s.score])).toEqual([[org['ent'], 95], [org['P1'], 90], [org['P2'], 85], [org['P3'], 70]]);
    expect(row(ids.C)?.suggestions.map((s) => [s.organisationId, s.score])).toEqual([[org['rival'], 80], [org['P1'], 75], [org['P4'], 69]]);
    expect(row(ids.D)?.suggestions.map((s) => s.score)).toEqual([66, 65, 64, 63, 62]);
    expect(row(ids.D)?.suggestions[0].name).toBeTruthy();

    expect(h.capabilityGaps).toEqual([{ code: gapCapability.code, name: gapCapability.name, scenarios: 2 }]);
    // Once a listed product offers it, the gap closes.
    await sql(`UPDATE products SET capability_codes = capability_codes || $1::text WHERE id = (SELECT id FROM products WHERE status = 'listed' ORDER BY name LIMIT 1)`, [gapCapability.code]);
    expect((await organiser.get<BatchHealth>(`/api/stats/batch-health?batchId=${batchId}`)).body.capabilityGaps).toEqual([]);

    expect((await organiser.get<FieldErrors>('/api/stats/batch-health?batchId=nope')).status).toBe(400);
    expect((await organiser.get('/api/stats/batch-health?batchId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const everything = await organiser.get<BatchHealth>('/api/stats/batch-health');
    expect(everything.body.batch).toBeNull();
    expect(everything.body.scenarios.map((s) => s.id)).toEqual(expect.arrayContaining([ids.B, ids.C, ids.D, ids.F]));
  });

  it('writes the quarterly workbook with its summary and detail sheets', async () => {
    const res = await organiser.download('/api/stats/report?quarter=2025Q3&format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const disposition = String(res.headers['content-disposition']);
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '')).toBe('场景揭榜季度报告-2025Q3.xlsx');

    // No spreadsheet program on this machine: the workbook is read back with exceljs.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '场景', '申报', '揭榜结果', '对接会', '匹配覆盖']);

    const summary = workbook.getWorksheet('汇总') as ExcelJS.Worksheet;
    expect(String(summary.getCell('A1').value)).toContain('2025Q3');
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const figure = (label: string) => {
      let found: ExcelJS.Row | undefined;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row;
      });
      return found?.getCell(2);
    };
    expect(figure('发布场景数')?.value).toBe(4);
    expect(figure('揭榜申报数')?.value).toBe(3);
    expect(figure('揭榜成功数')?.value).toBe(1);
    expect(figure('洽谈场次')?.value).toBe(2);
    expect(figure('服务企业数')?.value).toBe(5);
    expect(figure('匹配覆盖率')?.numFmt).toBe('0.0%');
    expect(figure('发布场景数')?.numFmt).toBe('#,##0');

    const scenarios = workbook.getWorksheet('场景') as ExcelJS.Worksheet;
    expect(scenarios.getRow(1).values).toEqual([undefined, '批次', '序号', '应用领域', '场景名称', '责任单位', '状态', '发布时间', '截止时间', '申报数']);
    expect(scenarios.getRow(1).font?.bold).toBe(true);
    expect(scenarios.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(scenarios.getColumn(4).width).toBe(40);
    expect(scenarios.rowCount).toBe(5);
    const titles = [2, 3, 4, 5].map((r) => scenarios.getRow(r).getCell(4).value);
    expect(titles).toEqual(expect.arrayContaining(['统计测试：医院影像辅助诊断', '统计测试：街面秩序巡查']));
    const a = [2, 3, 4, 5].map((r) => scenarios.getRow(r)).find((r) => r.getCell(4).value === '统计测试：医院影像辅助诊断') as ExcelJS.Row;
    expect(a.getCell(6).value).toBe('已验收');
    expect((a.getCell(7).value as Date).toISOString()).toBe('2025-07-01T00:30:00.000Z'); // China wall-clock time
    expect(a.getCell(7).numFmt).toBe('yyyy-mm-dd hh:mm');

    const bids = workbook.getWorksheet('申报') as ExcelJS.Worksheet;
    // A's two bids; B's (one withdrawn) and C's are still sealed: neither company nor quote is listed.
    expect(bids.rowCount).toBe(3);
    expect(bids.getRow(2).getCell(4).value).toBe(500000);
    expect(bids.getRow(2).getCell(4).numFmt).toBe('#,##0.00');
    expect((workbook.getWorksheet('揭榜结果') as ExcelJS.Worksheet).getRow(2).getCell(3).value).toBe('已确认');
    const sessions = workbook.getWorksheet('对接会') as ExcelJS.Worksheet;
    expect(sessions.rowCount).toBe(3);
    expect(sessions.getRow(2).values).toEqual(expect.arrayContaining(['统计测试：八月对接会', '已结束']));
    const coverage = workbook.getWorksheet('匹配覆盖') as ExcelJS.Worksheet;
    let coveredB = '';
    coverage.eachRow((row) => {
      if (row.getCell(1).value === '统计测试：社区随访助手') coveredB = `${row.getCell(5).value}/${row.getCell(7).value}`;
    });
    expect(coveredB).toBe('4/是');

    const audited = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'stats.report.export' AND entity_id = '2025Q3'`);
    expect(audited.rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('refuses a bad quarter or format with a field error', async () => {
    for (const [query, field] of [
      ['quarter=2025Q5&format=xlsx', 'quarter'],
      ['quarter=25Q1&format=xlsx', 'quarter'],
      ['format=xlsx', 'quarter'],
      ['quarter=2025Q3&format=pdf', 'format'],
      ['quarter=1999Q1', 'quarter'],
    ]) {
      const res = await organiser.get<FieldErrors>(`/api/stats/report?${query}`);
      expect([query, res.status, [...new Set(res.body.errors?.map((e) => e.field))]]).toEqual([query, 400, [field]]);
    }
  });
  it('counts a meeting as held only with an outcome or both sides checked in, as the session report does', async () => {
    const held = async () => (await organiser.get<StatsOverview>(`/api/stats/overview?${Q3}`)).body.sessions.meetingsHeld;
    const before = await held();
    const q = (text: string, params: unknown[] = []) => t.database.query<{ id: string }>(text, params);
    const session = (await q(`INSERT INTO matchmaking_sessions (title, starts_at, slot_minutes, slots, tables, status) VALUES ('统计测试：缺席的洽谈', '2025-08-21 09:30+08', 20, 4, 2, 'closed') RETURNING id`)).rows[0].id;
    const [company, agencyOrg] = (await Promise.all([createOrganisation(t, { type: 'enterprise', verified: true }), createOrganisation(t, { type: 'agency', verified: true })])).map((o) => o.id);
    await q(
      `INSERT INTO session_participants (session_id, organisation_id, kind, capacity, checkin_code, checked_in_at)
       VALUES ($1, $2, 'enterprise', 4, 'HELDTEST01', NULL), ($1, $3, 'agency', 4, 'HELDTEST02', now())`,
      [session, company, agencyOrg],
    );
    await q(`INSERT INTO session_meetings (session_id, slot, table_no, enterprise_id, agency_id) VALUES ($1, 0, 0, $2, $3)`, [session, company, agencyOrg]);
    // The company never came and nobody recorded anything: not held.
    expect(await held()).toBe(before);
    await q(`UPDATE session_participants SET checked_in_at = now() WHERE session_id = $1 AND organisation_id = $2`, [session, company]);
    expect(await held()).toBe(before + 1);
  });

  it('neutralises formula-like names and titles in the quarterly workbook', async () => {
    // Titles and company names are typed by users; the report must not turn them into formulas.
    const scenarioIds = Object.values(ids);
    const before = await sql<{ id: string; title: string }>(`SELECT id, title FROM scenarios WHERE id = ANY($1)`, [scenarioIds]);
    const company = (await sql<{ id: string; name: string }>(`SELECT id, name FROM organisations WHERE id = $1`, [org['ent']])).rows[0];
    try {
      for (const [i, id] of scenarioIds.entries()) await sql(`UPDATE scenarios SET title = $2 WHERE id = $1`, [id, FORMULA_PROBES[i % FORMULA_PROBES.length]]);
      await sql(`UPDATE organisations SET name = $2 WHERE id = $1`, [company.id, FORMULA_PROBES[5]]);
      const res = await organiser.download('/api/stats/report?quarter=2025Q3&format=xlsx');
      expect(res.status).toBe(200);
      const texts = await workbookTexts(res.body);
      expect(formulaCells(texts)).toEqual([]);
      const shown = FORMULA_PROBES.filter((probe) => texts.includes(neutralisedInXlsx(probe)));
      expect(shown.length).toBeGreaterThanOrEqual(4);
    } finally {
      for (const row of before.rows) await sql(`UPDATE scenarios SET title = $2 WHERE id = $1`, [row.id, row.title]);
      await sql(`UPDATE organisations SET name = $2 WHERE id = $1`, [company.id, company.name]);
    }
  });
});
