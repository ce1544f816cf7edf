import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationView, Page, ScenarioApplicationsPage, ScenarioBatchView, ScenarioView } from '@scenematch/contracts';
import { ApplicationsService, BidOpeningService } from '@scenematch/server-applications';
import { Actor } from '@scenematch/server-common';
import { createApplication, createOrganisation, createScenario, createUser, minimalPdf, TestClient, TestUser } from '@scenematch/server-testing';
import { DataSource } from 'typeorm';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

describe('applications (揭榜申报)', () => {
  const storage = `/tmp/scenematch-test-applications-${process.pid}`;
  let t: TestApp;
  let organiser: TestClient;
  let agency: TestClient;
  let enterprise: TestClient;
  let rival: TestClient;
  let otherAgency: TestClient;
  let expert: TestClient;
  let company: TestUser;

  const application = (extra: Record<string, unknown> = {}) => ({
    proposal: '基于鹏知影像平台，在试点医院部署肺结节与骨折辅助诊断，结构化报告回写 PACS，三个月内完成上线与培训。',
    quote: 680000,
    durationDays: 120,
    team: '项目经理 1 名，算法工程师 3 名，实施工程师 2 名',
    declarations: { truthful: true },
    ...extra,
  });

  async function publishedScenario(title: string, deadline = inDays(30)): Promise<string> {
    const s = await agency.post<ScenarioView>('/api/scenarios', {
      title,
      domain: '智慧医疗',
      description: '在区属医院试点医学影像辅助诊断，提升阅片效率。',
      capabilities: ['计算机视觉'],
      deadline,
    });
    await agency.post(`/api/scenarios/${s.body.id}/submit`);
    await organiser.post(`/api/scenarios/${s.body.id}/publish`);
    return s.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp('applications', { STORAGE_DIR: storage });
    const users = await Promise.all([
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'expert' }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'agency', verified: true }),
    ]);
    [organiser, agency, enterprise, expert, rival, otherAgency] = users.map((u) => u.client);
    company = users[2];
  });
  afterAll(() => t?.close());

  it('takes one application per company, from a company only, with valid numbers', async () => {
    const scenarioId = await publishedScenario('区医院影像辅助诊断试点');
    const bad = await enterprise.post<{ errors: Array<{ field: string }> }>(`/api/scenarios/${scenarioId}/applications`, application({ quote: -1, durationDays: 0, proposal: '太短' }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['durationDays', 'proposal', 'quote']);
    expect((await agency.post(`/api/scenarios/${scenarioId}/applications`, application())).status).toBe(403);
    expect((await t.client.post(`/api/scenarios/${scenarioId}/applications`, application())).status).toBe(401);

    const created = await enterprise.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, application());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', quote: 680000, company: { name: company.organisation.name } });
    expect((await enterprise.post(`/api/scenarios/${scenarioId}/applications`, application())).status).toBe(409);

    const notOwnProduct = await enterprise.patch<{ errors: Array<{ field: string }> }>(`/api/applications/${created.body.id}`, {
      productIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(notOwnProduct.status).toBe(400);
    const submitted = await enterprise.post<ApplicationView>(`/api/applications/${created.body.id}/submit`);
    expect(submitted.body.status).toBe('submitted');
    expect((await enterprise.post(`/api/applications/${created.body.id}/submit`)).status).toBe(409);
  });

  it('is sealed: readable by its company only until the opening, then by organisers and its agency, 404 for everyone else', async () => {
    const scenarioId = await publishedScenario('区人民医院影像辅助诊断试点');
    const { id } = await createApplication(t, { company, scenarioId });
    expect((await enterprise.get<Page<ApplicationView>>('/api/me/applications')).body.items.map((a) => a.id)).toContain(id);
    expect((await enterprise.get(`/api/applications/${id}`)).status).toBe(200);
    for (const [who, client] of [['organiser before the opening', organiser], ['rival', rival], ['agency before deadline', agency], ['other agency', otherAgency], ['expert not assigned', expert]] as const) {
      expect([who, (await client.get(`/api/applications/${id}`)).status]).toEqual([who, 404]);
    }
    expect((await t.client.get(`/api/applications/${id}`)).status).toBe(401);
    // Staff and the owning agency see how many bids there are, and nothing else.
    for (const client of [agency, organiser]) {
      const sealed = await client.get<ScenarioApplicationsPage>(`/api/scenarios/${scenarioId}/applications`);
      expect(sealed.status).toBe(200);
      expect(sealed.body).toMatchObject({ items: [], total: 0, sealed: { count: 1 } });
      expect(sealed.body.sealed?.opensAt).toMatch(/T17:00:00\+08:00$/);
    }
    expect((await otherAgency.get(`/api/scenarios/${scenarioId}/applications`)).status).toBe(403);
    expect((await rival.get<Page<ApplicationView>>('/api/me/applications')).body.items.some((a) => a.id === id)).toBe(false);

    // Before the opening the organiser cannot even tell the bid exists.
    expect((await organiser.post(`/api/applications/${id}/shortlist`)).status).toBe(404);
    // The deadline passes.
    await t.database.query(`UPDATE scenarios SET deadline = now() - interval '1 second' WHERE id = $1`, [scenarioId]);
    expect((await organiser.get(`/api/applications/${id}`)).status).toBe(200);
    expect((await agency.get(`/api/applications/${id}`)).status).toBe(200);
    expect((await agency.get<Page<ApplicationView>>(`/api/scenarios/${scenarioId}/applications`)).body.total).toBe(1);
    expect((await otherAgency.get(`/api/applications/${id}`)).status).toBe(404);
    expect((await rival.get(`/api/applications/${id}`)).status).toBe(404);

    // After the deadline: no new applications, no withdrawal, and the organiser checks the form.
    expect((await rival.post(`/api/scenarios/${scenarioId}/applications`, application())).status).toBe(409);
    expect((await enterprise.post(`/api/applications/${id}/withdraw`)).status).toBe(409);
    expect((await agency.post(`/api/applications/${id}/shortlist`)).status).toBe(403);
    expect((await organiser.post(`/api/applications/${id}/reject`, {})).status).toBe(400);
    const shortlisted = await organiser.post<ApplicationView>(`/api/applications/${id}/shortlist`);
    expect(shortlisted.body.status).toBe('shortlisted');
  });

  it('shows its company the bid read at the very moment of the opening (sealed when read, its key destroyed before unsealing)', async () => {
    const scenarioId = await publishedScenario('区妇幼保健院影像辅助诊断试点');
    const { id } = await createApplication(t, { company, scenarioId, extra: application({ quote: 420000 }) });
    const service = t.app.get(ApplicationsService);
    const actor: Actor = { userId: company.id, email: company.email, role: 'enterprise', organisationId: company.organisation.id, organisationVerified: true };
    // A read of the company's page takes the row while the bid is still sealed …
    const read = await service.readable(id, actor);
    expect(read.sealed).not.toBeNull();
    // … the deadline passes and the opening runs before that read unseals it.
    await t.database.query(`UPDATE scenarios SET deadline = now() - interval '1 second' WHERE id = $1`, [scenarioId]);
    expect(await t.app.get(BidOpeningService).openIfDue(scenarioId)).not.toBeNull();
    const shown = await service.hydrate(t.app.get(DataSource).manager, read);
    expect([shown.sealed, Number(shown.quote), shown.proposal]).toEqual([null, 420000, application().proposal]);
    expect((await enterprise.get<ApplicationView>(`/api/applications/${id}`)).body).toMatchObject({ quote: 420000, proposal: application().proposal });
  });

  it('can be withdrawn before the deadline, and refuses closed scenarios', async () => {
    const open = await publishedScenario('社区医院影像质控试点');
    const created = await rival.post<ApplicationView>(`/api/scenarios/${open}/applications`, application());
    await rival.post(`/api/applications/${created.body.id}/submit`);
    expect((await enterprise.post(`/api/applications/${created.body.id}/withdraw`)).status).toBe(404);
    const withdrawn = await rival.post<ApplicationView>(`/api/applications/${created.body.id}/withdraw`);
    expect(withdrawn.body.status).toBe('withdrawn');
    await organiser.post(`/api/scenarios/${open}/close`);
    expect((await enterprise.post(`/api/scenarios/${open}/applications`, application())).status).toBe(409);
  });

  it('checks the batch’s eligibility rules at submission, with the reason', async () => {
    const batch = await organiser.post<ScenarioBatchView>('/api/batches', {
      number: 21,
      name: '资质要求批次',
      issuer: '服务中心',
      maxApplicationsPerCompany: 1,
      requiredCertifications: ['算法备案'],
    });
    await organiser.post(`/api/batches/${batch.body.id}/publish`);
    const ids: string[] = [];
    for (const title of ['批次场景一', '批次场景二']) {
      const s = await agency.post<ScenarioView>('/api/scenarios', {
        title,
        domain: '智慧医疗',
        description: '在区属医院试点人工智能辅助诊断，提升效率。',
        batchId: batch.body.id,
      });
      await agency.post(`/api/scenarios/${s.body.id}/submit`);
      await organiser.post(`/api/scenarios/${s.body.id}/publish`);
      ids.push(s.body.id);
    }
    const first = await enterprise.post<ApplicationView>(`/api/scenarios/${ids[0]}/applications`, application());
    const refused = await enterprise.post<{ errors: Array<{ field: string; message: string }> }>(`/api/applications/${first.body.id}/submit`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e) => e.message)).toContain('缺少本批次要求的资质：算法备案');

    const certified = await enterprise.request('PUT', '/api/me/profile', { certifications: [{ kind: '算法备案', number: 'A-1', validUntil: null }] });
    expect(certified.status).toBe(200);
    expect((await enterprise.post<ApplicationView>(`/api/applications/${first.body.id}/submit`)).body.status).toBe('submitted');
    const second = await enterprise.post<ApplicationView>(`/api/scenarios/${ids[1]}/applications`, application());
    const limited = await enterprise.post<{ errors: Array<{ message: string }> }>(`/api/applications/${second.body.id}/submit`);
    expect(limited.body.errors.map((e) => e.message)).toContain('本批次每家企业最多申报 1 个场景');
  });

  it('runs expert review: conflicts recused (declared or detected), rubric checked, aggregate with progress', async () => {
    const scenario = await publishedScenario('区中医院影像云平台试点');
    const mine = await enterprise.post<ApplicationView>(`/api/scenarios/${scenario}/applications`, application());
    await enterprise.post(`/api/applications/${mine.body.id}/submit`);
    const theirs = await rival.post<ApplicationView>(`/api/scenarios/${scenario}/applications`, application({ quote: 520000 }));
    await rival.post(`/api/applications/${theirs.body.id}/submit`);
    await t.database.query(`UPDATE scenarios SET deadline = now() - interval '1 second' WHERE id = $1`, [scenario]);
    expect((await organiser.post(`/api/applications/${mine.body.id}/shortlist`)).status).toBe(200);
    await organiser.post(`/api/applications/${theirs.body.id}/shortlist`);

    const pool = await createOrganisation(t, { type: 'expert_pool' });
    const [e1, e2, e4] = (await Promise.all([1, 2, 4].map(() => createUser(t, { role: 'expert', organisation: pool })))).map((u) => u.client);
    const e3 = (await createUser(t, { role: 'expert', organisation: company.organisation })).client; // works for the applicant: a detected conflict
    const ids = await Promise.all([e1, e2, e3, e4].map(async (c) => (await c.get<{ id: string }>('/api/me')).body.id));
    const experts = await organiser.get<Array<{ id: string; organisation: string }>>('/api/experts');
    expect(experts.body.find((x) => x.id === ids[2])?.organisation).toBe(company.organisation.name);
    expect((await enterprise.get('/api/experts')).status).toBe(403);
    expect((await enterprise.post(`/api/scenarios/${scenario}/reviewers`, { expertIds: ids })).status).toBe(403);
    const assigned = await organiser.post<{ applications: Array<{ applicationId: string; assigned: number; recused: number }> }>(`/api/scenarios/${scenario}/reviewers`, { expertIds: ids });
    expect(assigned.status).toBe(200);
    const board = (id: string) => assigned.body.applications.find((a) => a.applicationId === id);
    expect(board(mine.body.id)).toMatchObject({ assigned: 3, recused: 1 });
    expect(board(theirs.body.id)).toMatchObject({ assigned: 4, recused: 0 });

    // Sealed for the unassigned demo expert and the recused one; open to an assigned one.
    expect((await expert.get(`/api/applications/${mine.body.id}`)).status).toBe(404);
    expect((await e3.get(`/api/applications/${mine.body.id}`)).status).toBe(404);
    expect((await e1.get(`/api/applications/${mine.body.id}`)).status).toBe(200);
    expect((await e3.post(`/api/applications/${mine.body.id}/reviews`, { scores: { solution: 99, team: 99, cases: 99, price: 99 } })).status).toBe(403);
    expect((await expert.post(`/api/applications/${mine.body.id}/reviews`, { scores: { solution: 99, team: 99, cases: 99, price: 99 } })).status).toBe(404);

    const bad = await e1.post<{ errors: Array<{ field: string }> }>(`/api/applications/${mine.body.id}/reviews`, { scores: { solution: 120, team: 80, cases: 80, bribe: 100 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['scores.bribe', 'scores.price', 'scores.solution']);

    expect((await e4.post<{ recused: boolean }>(`/api/applications/${theirs.body.id}/reviews`, { conflictOfInterest: true })).body.recused).toBe(true);
    expect((await e4.post(`/api/applications/${theirs.body.id}/reviews`, { scores: { solution: 10, team: 10, cases: 10, price: 10 } })).status).toBe(403);

    const full = (n: number) => ({ scores: { solution: n, team: n, cases: n, price: n } });
    await e1.post(`/api/applications/${mine.body.id}/reviews`, full(90));
    await e2.post(`/api/applications/${mine.body.id}/reviews`, full(80));
    await e1.post(`/api/applications/${theirs.body.id}/reviews`, full(70));
    const tasks = await e1.get<Array<{ applicationId: string; reviewed: boolean }>>('/api/me/reviews');
    expect(tasks.body.filter((x) => x.reviewed)).toHaveLength(2);

    const evaluation = await organiser.get<{ applications: Array<{ applicationId: string; score: number; progress: string; trimmed: boolean }> }>(`/api/scenarios/${scenario}/evaluation`);
    const mineRow = evaluation.body.applications.find((a) => a.applicationId === mine.body.id);
    expect(mineRow).toMatchObject({ score: 85, progress: '2/3 已评', trimmed: false });
    expect(evaluation.body.applications.find((a) => a.applicationId === theirs.body.id)?.progress).toBe('1/3 已评');
    expect((await agency.get(`/api/scenarios/${scenario}/evaluation`)).status).toBe(403);

    // Award and public notice: an upheld objection overturns it; a dismissed one does not.
    expect((await organiser.post(`/api/scenarios/${scenario}/award`, { applicationIds: [mine.body.id], noticeDays: 0 })).status).toBe(400);
    // An award names at least one application: an empty list is refused, not published as a notice without winners.
    const nobody = await organiser.post<{ errors: Array<{ field: string }> }>(`/api/scenarios/${scenario}/award`, { applicationIds: [] });
    expect(nobody.status).toBe(400);
    expect(nobody.body.errors.map((e) => e.field)).toContain('applicationIds');
    const first = await organiser.post<{ id: string; status: string; winners: Array<{ company: string }> }>(`/api/scenarios/${scenario}/award`, { applicationIds: [mine.body.id] });
    expect(first.status).toBe(201);
    expect(first.body.winners.map((w) => w.company)).toEqual([company.organisation.name]);
    const notices = await t.client.get<{ items: Array<{ id: string }> }>('/api/notices');
    expect(notices.body.items.map((n) => n.id)).toContain(first.body.id);
    expect((await organiser.post(`/api/scenarios/${scenario}/award`, { applicationIds: [theirs.body.id] })).status).toBe(409);
    expect((await t.client.post(`/api/notices/${first.body.id}/objections`, { reason: '匿名的异议' })).status).toBe(401);
    const objection = await rival.post<{ id: string }>(`/api/notices/${first.body.id}/objections`, { reason: '中标方报价明显高于市场价' });
    expect(objection.status).toBe(201);
    expect((await enterprise.get<unknown[]>(`/api/notices/${first.body.id}/objections`)).body).toHaveLength(0);
    expect((await organiser.get<unknown[]>(`/api/notices/${first.body.id}/objections`)).body).toHaveLength(1);
    expect((await rival.post(`/api/objections/${objection.body.id}/decide`, { decision: 'upheld', response: '自己裁决' })).status).toBe(403);
    const overturned = await organiser.post<{ status: string }>(`/api/objections/${objection.body.id}/decide`, { decision: 'upheld', response: '经核查报价说明不充分' });
    expect(overturned.body.status).toBe('overturned');
    expect((await enterprise.get<ApplicationView>(`/api/applications/${mine.body.id}`)).body.status).toBe('under_review');

    const second = await organiser.post<{ id: string }>(`/api/scenarios/${scenario}/award`, { applicationIds: [mine.body.id], noticeDays: 5 });
    const again = await rival.post<{ id: string }>(`/api/notices/${second.body.id}/objections`, { reason: '再次提出异议' });
    expect((await organiser.post(`/api/notices/${second.body.id}/confirm`)).status).toBe(409);
    await organiser.post(`/api/objections/${again.body.id}/decide`, { decision: 'dismissed', response: '已补充报价依据，异议不成立' });
    expect((await organiser.post(`/api/notices/${second.body.id}/confirm`)).status).toBe(409); // notice still running
    await t.database.query(`UPDATE awards SET notice_ends_at = now() - interval '1 second' WHERE id = $1`, [second.body.id]);
    expect((await rival.post(`/api/notices/${second.body.id}/objections`, { reason: '公示期结束后的异议' })).status).toBe(409);
    const confirmed = await organiser.post<{ status: string }>(`/api/notices/${second.body.id}/confirm`);
    expect(confirmed.body.status).toBe('confirmed');
    expect((await rival.get<ApplicationView>(`/api/applications/${theirs.body.id}`)).body.status).toBe('not_selected');
    expect((await t.client.get<ScenarioView>(`/api/scenarios/${scenario}`)).body.status).toBe('awarded');

    // Pilot and acceptance.
    expect((await organiser.post(`/api/scenarios/${scenario}/accept`, { report: '验收报告：各项指标达到预期。' })).status).toBe(409);
    expect((await organiser.post(`/api/scenarios/${scenario}/pilot`)).status).toBe(200);
    expect((await organiser.post(`/api/scenarios/${scenario}/accept`, {})).status).toBe(400);
    expect((await organiser.post(`/api/scenarios/${scenario}/accept`, { report: '验收报告：试点期间日均辅助阅片 800 例，各项指标达到预期。' })).status).toBe(200);
    const told = await enterprise.get<{ items: Array<{ kind: string }> }>('/api/me/notifications?pageSize=50');
    expect(told.body.items.map((n) => n.kind)).toEqual(expect.arrayContaining(['award.proposed', 'award.confirmed', 'scenario.piloting', 'scenario.accepted']));
    const rivalTold = await rival.get<{ items: Array<{ kind: string }> }>('/api/me/notifications?pageSize=50');
    expect(rivalTold.body.items.map((n) => n.kind)).toEqual(expect.arrayContaining(['award.result', 'award.objection.upheld', 'award.objection.dismissed']));
    expect(rivalTold.body.items.map((n) => n.kind)).not.toContain('award.confirmed');
    const events = await agency.get<Array<{ to: string }>>(`/api/scenarios/${scenario}/events`);
    expect(events.body.map((e) => e.to).slice(-4)).toEqual(['evaluating', 'awarded', 'piloting', 'accepted']);
  });

  it('keeps PDF attachments sealed like the application, and tells each party what concerns them', async () => {
    const scenario = await publishedScenario('妇幼保健院超声质控试点');
    const app = await enterprise.post<ApplicationView>(`/api/scenarios/${scenario}/applications`, application());
    const pdf = minimalPdf();
    const added = await enterprise.upload<{ id: string; url: string }>(`/api/applications/${app.body.id}/files`, '技术方案.pdf', pdf);
    expect(added.status).toBe(201);
    expect((await enterprise.upload(`/api/applications/${app.body.id}/files`, 'fake.pdf', Buffer.from('PK\x03\x04 zip'))).status).toBe(400);
    expect((await rival.upload(`/api/applications/${app.body.id}/files`, 'x.pdf', pdf)).status).toBe(404);
    const own = await enterprise.download(added.body.url);
    expect(own.status).toBe(200);
    expect(own.body.equals(pdf)).toBe(true);
    expect((await rival.download(added.body.url)).status).toBe(404);
    expect((await enterprise.get<ApplicationView>(`/api/applications/${app.body.id}`)).body.files.map((f) => f.filename)).toEqual(['技术方案.pdf']);

    await enterprise.post(`/api/applications/${app.body.id}/submit`);
    await organiser.post(`/api/scenarios/${scenario}/close`);
    expect((await enterprise.upload(`/api/applications/${app.body.id}/files`, 'late.pdf', pdf)).status).toBe(409);
    await organiser.post(`/api/applications/${app.body.id}/reject`, { reason: '缺少营业执照复印件' });
    const inbox = await enterprise.get<{ items: Array<{ kind: string; title: string; body: string }>; unread: number }>('/api/me/notifications');
    expect(inbox.body.items.map((n) => n.kind)).toEqual(expect.arrayContaining(['application.submitted', 'application.rejected']));
    expect(inbox.body.items.find((n) => n.kind === 'application.rejected')?.body).toContain('缺少营业执照复印件');
    expect((await rival.get<{ items: Array<{ title: string }> }>('/api/me/notifications')).body.items.some((n) => n.title.includes('妇幼保健院'))).toBe(false);
    const agencyInbox = await agency.get<{ items: Array<{ kind: string }> }>('/api/me/notifications');
    expect(agencyInbox.body.items.map((n) => n.kind)).toContain('scenario.published');
    await enterprise.post('/api/me/notifications/read-all');
    expect((await enterprise.get<{ unread: number }>('/api/me/notifications')).body.unread).toBe(0);
    expect((await t.client.get('/api/me/notifications')).status).toBe(401);
  });

  it('answers every role on every endpoint as the sealed-bid rules say (role × ownership matrix)', async () => {
    const scenario = await publishedScenario('口腔医院影像辅助诊断试点');
    const app = await enterprise.post<ApplicationView>(`/api/scenarios/${scenario}/applications`, application());
    await enterprise.post(`/api/applications/${app.body.id}/submit`);
    const a = app.body.id;
    type Who = 'anonymous' | 'owner' | 'rival' | 'agency' | 'otherAgency' | 'expert' | 'organiser';
    const clients: Record<Who, TestClient> = { anonymous: t.client, owner: enterprise, rival, agency, otherAgency, expert, organiser };
    // Before the deadline. Writes listed here are refused, so running them changes nothing.
    const matrix: Array<[string, 'GET' | 'POST' | 'PATCH', string, unknown, Partial<Record<Who, number>>]> = [
      ['read an application', 'GET', `/api/applications/${a}`, undefined,
        { anonymous: 401, owner: 200, rival: 404, agency: 404, otherAgency: 404, expert: 404, organiser: 404 }],
      ['list a scenario’s applications (only their number while sealed)', 'GET', `/api/scenarios/${scenario}/applications`, undefined,
        { anonymous: 401, owner: 403, rival: 403, agency: 200, otherAgency: 403, expert: 403, organiser: 200 }],
      ['my applications', 'GET', '/api/me/applications', undefined,
        { anonymous: 401, owner: 200, rival: 200, agency: 403, otherAgency: 403, expert: 403, organiser: 403 }],
      ['edit', 'PATCH', `/api/applications/${a}`, { team: '改' },
        { anonymous: 401, rival: 404, agency: 403, otherAgency: 403, expert: 403, organiser: 403 }],
      ['withdraw', 'POST', `/api/applications/${a}/withdraw`, {},
        { anonymous: 401, rival: 404, agency: 403, otherAgency: 403, expert: 403, organiser: 403 }],
      ['shortlist before the opening (the bid is not visible yet)', 'POST', `/api/applications/${a}/shortlist`, {},
        { anonymous: 401, owner: 403, rival: 403, agency: 403, otherAgency: 403, expert: 403, organiser: 404 }],
      ['score without assignment', 'POST', `/api/applications/${a}/reviews`, { scores: { solution: 1, team: 1, cases: 1, price: 1 } },
        { anonymous: 401, owner: 403, rival: 403, agency: 403, otherAgency: 403, expert: 404, organiser: 403 }],
      ['evaluation board', 'GET', `/api/scenarios/${scenario}/evaluation`, undefined,
        { anonymous: 401, owner: 403, rival: 403, agency: 403, otherAgency: 403, expert: 403, organiser: 200 }],
      ['propose an award while open', 'POST', `/api/scenarios/${scenario}/award`, { applicationIds: [a] },
        { anonymous: 401, owner: 403, rival: 403, agency: 403, otherAgency: 403, expert: 403, organiser: 409 }],
      ['pilot before an award', 'POST', `/api/scenarios/${scenario}/pilot`, {},
        { anonymous: 401, owner: 403, rival: 403, agency: 403, otherAgency: 403, expert: 403, organiser: 409 }],
      ['list experts', 'GET', '/api/experts', undefined,
        { anonymous: 401, owner: 403, rival: 403, agency: 403, otherAgency: 403, expert: 403, organiser: 200 }],
      ['attach to another’s application', 'POST', `/api/applications/${a}/files`, undefined,
        { anonymous: 401, agency: 403, otherAgency: 403, expert: 403, organiser: 403 }],
    ];
    const seen: string[] = [];
    for (const [what, method, url, body, expected] of matrix) {
      for (const [who, status] of Object.entries(expected) as Array<[Who, number]>) {
        const response = await clients[who].request(method, url, body);
        seen.push(`${what} / ${who}: ${response.status}`);
        expect(`${what} / ${who}: ${response.status}`).toBe(`${what} / ${who}: ${status}`);
      }
    }
    expect(seen.length).toBeGreaterThan(70);
    // After the deadline (the opening) the owning agency and the organiser may read, another agency still may not.
    await t.database.query(`UPDATE scenarios SET deadline = now() - interval '1 second' WHERE id = $1`, [scenario]);
    for (const [who, status] of [['agency', 200], ['organiser', 200], ['otherAgency', 404], ['rival', 404], ['expert', 404]] as Array<[Who, number]>) {
      expect(`${who}: ${(await clients[who].get(`/api/applications/${a}`)).status}`).toBe(`${who}: ${status}`);
    }
    expect((await agency.get(`/api/scenarios/${scenario}/applications`)).status).toBe(200);
    expect((await otherAgency.get(`/api/scenarios/${scenario}/applications`)).status).toBe(403);
  });

  /** A batch that excludes previous winners (不接受此前已揭榜成功的企业): a company selected before cannot submit, a newcomer can. */
  describe('a batch closed to previous winners', () => {
    type Refusal = { statusCode: number; message: string; errors: Array<{ field: string; message: string }> };
    let winner: TestClient;
    let newcomer: TestClient;
    let scenarioId: string;
    const bidBody = () => ({ proposal: '在社区养老服务中心部署陪护巡检机器人，三个月内完成试点与评估。', quote: 400000, durationDays: 90, declarations: { truthful: true } });

    beforeAll(async () => {
      [winner, newcomer] = (await Promise.all([createUser(t, { role: 'enterprise', verified: true }), createUser(t, { role: 'enterprise', verified: true })])).map((u) => u.client);
      const batch = await organiser.post<ScenarioBatchView>('/api/batches', { number: 61, name: '第六十一批（新企业专场）', issuer: '区工信局', excludePreviousWinners: true });
      expect(batch.status).toBe(201);
      const s = await agency.post<ScenarioView>('/api/scenarios', { title: '新企业专场：社区养老服务机器人', domain: '智慧医疗', description: '在社区养老服务中心试点陪护与巡检机器人。', capabilities: ['服务机器人'], deadline: inDays(30), batchId: batch.body.id });
      scenarioId = s.body.id;
      await agency.post(`/api/scenarios/${scenarioId}/submit`);
      await organiser.post(`/api/scenarios/${scenarioId}/publish`);
      expect((await organiser.post(`/api/batches/${batch.body.id}/publish`)).status).toBe(200);

      // The winner: one of its company's earlier bids was selected; the newcomer's company has none.
      const other = await createScenario(t, { agency, organiser, title: '此前揭榜：社区养老服务评估', description: '在社区养老服务中心试点服务质量评估。', capabilities: ['服务机器人'] });
      const earlier = await winner.post<ApplicationView>(`/api/scenarios/${other.id}/applications`, bidBody());
      expect(earlier.status).toBe(201);
      await t.database.query(`UPDATE applications SET status = 'selected' WHERE id = $1`, [earlier.body.id]);
    });

    it('refuses the previous winner at submission, saying why, and the bid stays a draft', async () => {
      const draft = await winner.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, bidBody());
      expect(draft.status).toBe(201);
      const refused = await winner.post<Refusal>(`/api/applications/${draft.body.id}/submit`);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toBe('不符合本批次的申报条件');
      expect(refused.body.errors).toEqual([{ field: 'eligibility', message: '本批次不接受此前已揭榜成功的企业申报' }]);
      expect((await winner.get<ApplicationView>(`/api/applications/${draft.body.id}`)).body.status).toBe('draft');
    });

    it('lets a company that never won submit', async () => {
      const draft = await newcomer.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, bidBody());
      const submitted = await newcomer.post<ApplicationView>(`/api/applications/${draft.body.id}/submit`);
      expect(submitted.status).toBe(200);
      expect(submitted.body.status).toBe('submitted');
    });
  });

  /**
   * Bids stored in plain columns (written before bids were sealed) are sealed by the opening sweep
   * while their scenario is unopened: the plain text leaves the table, and the bidder still reads its bid.
   */
  describe('sealing bids stored in plain text', () => {
    let bidder: TestClient;
    let applicationId: string;
    const plainPdf = minimalPdf('旧版附件');

    beforeAll(async () => {
      bidder = (await createUser(t, { role: 'enterprise', verified: true })).client;
      const s = await createScenario(t, { agency, organiser, title: '明文申报封存测试：影像辅助诊断', description: '在区属医院试点影像辅助诊断。', deadline: inDays(30) });
      const bid = await bidder.post<ApplicationView>(`/api/scenarios/${s.id}/applications`, { proposal: '基于自研影像平台在试点医院部署辅助诊断系统，三个月内完成上线、培训与评估。', quote: 500000, durationDays: 90, declarations: { truthful: true } });
      expect(bid.status).toBe(201);
      applicationId = bid.body.id;
      // The bid as it was stored before sealing existed: plain columns, no sealed contents.
      await t.database.query(
        `UPDATE applications SET sealed = NULL, proposal = $2, quote = 480000, duration_days = 75, team = '项目经理 1 名', declarations = '{"truthful": true}' WHERE id = $1`,
        [applicationId, '旧版明文方案：在试点医院部署影像辅助诊断系统，两个半月内完成上线。'],
      );
      // …and an attachment stored as it came, unencrypted.
      mkdirSync(join(storage, 'legacy'), { recursive: true });
      writeFileSync(join(storage, 'legacy/plain.pdf'), plainPdf);
      await t.database.query(
        `INSERT INTO application_files (application_id, filename, size, sha256, storage_key, sealed) VALUES ($1, '旧版附件.pdf', $2, 'legacy', 'legacy/plain.pdf', false)`,
        [applicationId, plainPdf.length],
      );
    });

    it('moves the plain contents and attachment into sealed storage, leaves no plain copy, and the bidder reads the same bid', async () => {
      await t.app.get(BidOpeningService).sweep();
      const row = await t.database.query<{ sealed: boolean; proposal: string | null; quote: string | null; team: string }>(
        `SELECT sealed IS NOT NULL AS sealed, proposal, quote, team FROM applications WHERE id = $1`,
        [applicationId],
      );
      expect(row.rows[0]).toEqual({ sealed: true, proposal: null, quote: null, team: '' });
      const own = await bidder.get<ApplicationView>(`/api/applications/${applicationId}`);
      expect(own.status).toBe(200);
      expect(own.body.files.map((f) => f.filename)).toEqual(['旧版附件.pdf']);
      const file = await t.database.query<{ storage_key: string; sealed: boolean }>(`SELECT storage_key, sealed FROM application_files WHERE application_id = $1`, [applicationId]);
      expect(file.rows[0].sealed).toBe(true);
      expect(file.rows[0].storage_key).not.toBe('legacy/plain.pdf');
      expect(readFileSync(join(storage, file.rows[0].storage_key)).equals(plainPdf)).toBe(false);
      // No plain copy is left behind in storage once the sealed one is committed.
      expect(existsSync(join(storage, 'legacy/plain.pdf'))).toBe(false);
      const download = await bidder.download(own.body.files[0].url);
      expect(download.status).toBe(200);
      expect(download.body.equals(plainPdf)).toBe(true);
      expect(own.body).toMatchObject({ proposal: '旧版明文方案：在试点医院部署影像辅助诊断系统，两个半月内完成上线。', quote: 480000, durationDays: 75, team: '项目经理 1 名' });
    });
  });
});
