import {
  DismissalView,
  InvitationView,
  MatchPage,
  Page,
  RECOMMENDATION_DEFAULT_MIN_SCORE,
  RecommendationPage,
  ScenarioView,
} from '@scenematch/contracts';
import { createApplication, createUser, TestClient } from '@scenematch/server-testing';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

interface NotificationRow {
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

/**
 * People's signals on matches. The kept scores are written directly (as the worker would) so
 * that what is checked is what the signals do to them, whatever the engine scores.
 */
describe('match feedback: dismissals (不感兴趣), invitations (邀请揭榜) and the default minimum', () => {
  let t: TestApp;
  let organiser: TestClient;
  let agency: TestClient;
  let otherAgency: TestClient;
  let enterprise: TestClient;
  let rival: TestClient;
  let enterpriseId: string;
  let rivalId: string;
  let agencyName: string;
  const ids: Record<string, string> = {};

  async function published(title: string, domain: string, capabilities: string[]): Promise<string> {
    const s = await agency.post<ScenarioView>('/api/scenarios', { title, domain, description: `${title}：试点应用。`, capabilities, deadline: inDays(30) });
    expect(s.status).toBe(201);
    await agency.post(`/api/scenarios/${s.body.id}/submit`);
    expect((await organiser.post(`/api/scenarios/${s.body.id}/publish`)).status).toBeLessThan(300);
    return s.body.id;
  }

  async function score(scenarioId: string, organisationId: string, value: number): Promise<void> {
    await t.database.query(
      `INSERT INTO match_results (scenario_id, organisation_id, score, reasons) VALUES ($1, $2, $3, ARRAY['测试理由'])
       ON CONFLICT (scenario_id, organisation_id) DO UPDATE SET score = EXCLUDED.score`,
      [scenarioId, organisationId, value],
    );
  }

  const list = async (client: TestClient, query = 'pageSize=100') => {
    const r = await client.get<RecommendationPage>(`/api/me/recommendations?${query}`);
    expect(r.status).toBe(200);
    return r.body;
  };
  const order = (page: RecommendationPage) => page.items.map((i) => i.scenario.id);

  beforeAll(async () => {
    t = await startTestApp('match-feedback');
    const users = await Promise.all([
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'agency', verified: true }),
    ]);
    [organiser, agency, enterprise, rival, otherAgency] = users.map((u) => u.client);
    agencyName = users[1].organisation.name;
    [enterpriseId, rivalId] = [users[2].organisation.id, users[3].organisation.id];
    ids['imaging'] = await published('区医院医学影像辅助诊断', '智慧医疗', ['计算机视觉']);
    ids['nodule'] = await published('肺结节影像智能筛查', '智慧医疗', ['计算机视觉']);
    ids['parking'] = await published('道路违停智能巡查', '城市治理', ['计算机视觉']);
    ids['homework'] = await published('中小学作业智能批改', '教育教学', ['自然语言处理']);
    ids['weak'] = await published('档案数字化整理', '公共服务', []);
    // Only these pairs are kept: the test's own scenarios, no seeded ones.
    await t.database.query(`DELETE FROM match_results WHERE organisation_id = ANY($1::uuid[])`, [[enterpriseId, rivalId]]);
    for (const org of [enterpriseId, rivalId]) {
      await score(ids['imaging'], org, 92);
      await score(ids['nodule'], org, 88);
      await score(ids['parking'], org, 75);
      await score(ids['homework'], org, 70);
      await score(ids['weak'], org, 20);
    }
  }, 60_000);
  afterAll(() => t?.close());

  it(`opens at the default minimum (${RECOMMENDATION_DEFAULT_MIN_SCORE}) and says how many more there are below it`, async () => {
    const page = await list(enterprise, 'pageSize=100');
    expect(page.minScore).toBe(RECOMMENDATION_DEFAULT_MIN_SCORE);
    expect(order(page)).toEqual([ids['imaging'], ids['nodule'], ids['parking'], ids['homework']]);
    expect(page.total).toBe(4);
    expect(page.belowMinScore).toBe(1);
    const all = await list(enterprise, 'pageSize=100&minScore=0');
    expect(all.total).toBe(5);
    expect(all.belowMinScore).toBe(0);
    expect(order(all)).toContain(ids['weak']);
    const strict = await list(enterprise, 'pageSize=100&minScore=80');
    expect(strict.total).toBe(2);
    expect(strict.belowMinScore).toBe(3);
  });

  it('takes a dismissal with a reason: the scenario leaves the list, a similar one ranks lower for that company only, and says why', async () => {
    const bad = await enterprise.request<{ errors: Array<{ field: string }> }>('PUT', `/api/me/recommendations/${ids['imaging']}/dismissal`, { reason: 'boring', note: 'x'.repeat(201) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['note', 'reason']);

    const dismissed = await enterprise.request<DismissalView>('PUT', `/api/me/recommendations/${ids['imaging']}/dismissal`, { reason: 'capability', note: '我们不做影像' });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ scenario: { id: ids['imaging'], title: '区医院医学影像辅助诊断' }, reason: 'capability', note: '我们不做影像' });

    const mine = await list(enterprise);
    expect(order(mine)).not.toContain(ids['imaging']);
    expect(mine.dismissed).toBe(1);
    // 肺结节影像智能筛查 (88) now ranks below the unrelated 违停巡查 (75) and 作业批改 (70); its score is unchanged.
    // 能力不符 rejects the technology: 肺结节影像智能筛查 (88: same domain, capability and the word 影像)
    // loses most and falls below the unrelated 作业批改 (70, language: untouched); 违停巡查 (75, also
    // computer vision) loses less. The scores shown stay the engine's.
    const nodule = mine.items.find((i) => i.scenario.id === ids['nodule']);
    const parking = mine.items.find((i) => i.scenario.id === ids['parking']);
    expect(order(mine)[0]).toBe(ids['homework']);
    expect(order(mine).indexOf(ids['nodule'])).toBeGreaterThan(order(mine).indexOf(ids['homework']));
    expect(nodule?.score).toBe(88);
    expect(nodule?.lowered?.points).toBeGreaterThan(18);
    expect(nodule?.lowered?.because).toEqual([{ scenarioId: ids['imaging'], title: '区医院医学影像辅助诊断' }]);
    expect(nodule?.lowered?.shared).toEqual(expect.arrayContaining(['同属智慧医疗', '能力相同：计算机视觉']));
    // In English the notes are English; the domain and capability names in them stay as entered.
    const english = await enterprise.request<RecommendationPage>('GET', '/api/me/recommendations', undefined, { 'accept-language': 'en' });
    const noduleEn = english.body.items.find((i) => i.scenario.id === ids['nodule']);
    expect(noduleEn?.lowered?.shared).toEqual(expect.arrayContaining(['Both in 智慧医疗', 'Same capabilities: 计算机视觉']));
    expect(noduleEn?.lowered?.shared).toHaveLength(nodule?.lowered?.shared.length ?? -1);
    expect(order(english.body)).toEqual(order(mine));
    expect(parking?.score).toBe(75);
    expect(parking?.lowered?.points).toBeGreaterThan(0);
    expect(parking?.lowered?.points).toBeLessThan(nodule?.lowered?.points ?? 0);
    expect(mine.items.find((i) => i.scenario.id === ids['homework'])?.lowered).toBeNull();

    // Another company's list is as the engine ranked it.
    const theirs = await list(rival);
    expect(order(theirs)).toEqual([ids['imaging'], ids['nodule'], ids['parking'], ids['homework']]);
    expect(theirs.items.every((i) => !i.lowered)).toBe(true);
  });

  it('keeps dismissals to their company: listed for it, invisible and not undoable for another', async () => {
    const mine = await enterprise.get<Page<DismissalView>>('/api/me/recommendations/dismissed');
    expect(mine.body.items.map((d) => d.scenario.id)).toEqual([ids['imaging']]);
    const theirs = await rival.get<Page<DismissalView>>('/api/me/recommendations/dismissed');
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    expect((await rival.request('DELETE', `/api/me/recommendations/${ids['imaging']}/dismissal`)).status).toBe(404);
    expect((await agency.get('/api/me/recommendations/dismissed')).status).toBe(403);
    expect((await t.client.get('/api/me/recommendations/dismissed')).status).toBe(401);
    // Still dismissed for its company after the other's attempt.
    expect(order(await list(enterprise))).not.toContain(ids['imaging']);

    // A draft is nobody's recommendation: not found.
    const draft = await agency.post<ScenarioView>('/api/scenarios', { title: '未发布场景', domain: '智慧医疗', description: '草稿', capabilities: [] });
    expect((await enterprise.request('PUT', `/api/me/recommendations/${draft.body.id}/dismissal`, {})).status).toBe(404);
  });

  it('restores a dismissal (恢复): the scenario is back and its look-alike returns to its place', async () => {
    expect((await enterprise.request('DELETE', `/api/me/recommendations/${ids['imaging']}/dismissal`)).status).toBe(204);
    expect((await enterprise.request('DELETE', `/api/me/recommendations/${ids['imaging']}/dismissal`)).status).toBe(404);
    const page = await list(enterprise);
    expect(order(page)).toEqual([ids['imaging'], ids['nodule'], ids['parking'], ids['homework']]);
    expect(page.dismissed).toBe(0);
    const audit = await t.database.query<{ action: string }>(`SELECT action FROM audit_log WHERE action LIKE 'match.%' ORDER BY id`);
    expect(audit.rows.map((r) => r.action)).toEqual(['match.dismiss', 'match.restore']);
  });

  it('invites a company: a notification with the scenario (and a mail queued), 已受邀 at the top of its list, once per scenario and company', async () => {
    const invited = await agency.post<InvitationView>(`/api/scenarios/${ids['homework']}/invitations`, { organisationId: enterpriseId, message: '欢迎贵企业申报' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ created: true, enterprise: { id: enterpriseId }, scenario: { id: ids['homework'] }, by: agencyName, message: '欢迎贵企业申报' });

    const inbox = await enterprise.get<Page<NotificationRow>>('/api/me/notifications');
    const note = inbox.body.items.find((n) => n.kind === 'invitation.scenario');
    expect(note).toMatchObject({ title: '邀请揭榜：中小学作业智能批改', link: `/scenarios/${ids['homework']}` });
    expect(note?.body).toContain('欢迎贵企业申报');
    const mail = await t.database.query<{ n: string }>(
      `SELECT count(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.organisation_id = $1 AND n.kind = 'invitation.scenario' AND n.email_status = 'pending'`,
      [enterpriseId],
    );
    expect(Number(mail.rows[0].n)).toBeGreaterThan(0);

    const page = await list(enterprise);
    expect(order(page)[0]).toBe(ids['homework']);
    expect(page.items[0].invitation).toMatchObject({ by: agencyName, message: '欢迎贵企业申报' });
    expect(page.items.slice(1).every((i) => !i.invitation)).toBe(true);
    // Nothing changes for the company that was not invited.
    expect(order(await list(rival))[0]).toBe(ids['imaging']);

    // Again, by the organiser this time: the same invitation, no second notification.
    const again = await organiser.post<InvitationView>(`/api/scenarios/${ids['homework']}/invitations`, { organisationId: enterpriseId });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: invited.body.id, created: false, by: agencyName });
    const inboxAfter = await enterprise.get<Page<NotificationRow>>('/api/me/notifications');
    expect(inboxAfter.body.items.filter((n) => n.kind === 'invitation.scenario')).toHaveLength(1);

    // The organiser invites the other company to another scenario: it comes first in that list.
    expect((await organiser.post(`/api/scenarios/${ids['weak']}/invitations`, { organisationId: rivalId })).status).toBe(201);
    const rivals = await list(rival);
    expect(order(rivals)[0]).toBe(ids['weak']); // below the minimum, and still listed: it was invited
    expect(rivals.items[0].invitation?.by).toBeTruthy();
  });

  it('shows the scenario’s unit who was invited and how many, and whether they applied once bids may be seen', async () => {
    const matches = await agency.get<MatchPage>(`/api/scenarios/${ids['homework']}/matches?pageSize=100`);
    expect(matches.status).toBe(200);
    expect(matches.body.invitations).toEqual({ total: 1, applied: null });
    const row = matches.body.items.find((m) => m.enterprise.id === enterpriseId);
    expect(row?.invitation).toMatchObject({ by: agencyName, applied: null });
    expect(matches.body.items.find((m) => m.enterprise.id === rivalId)?.invitation).toBeNull();

    // The invited company applies; who applied stays sealed until the deadline.
    await createApplication(t, {
      company: enterprise,
      scenarioId: ids['homework'],
      extra: { proposal: '基于自研批改引擎在三所试点学校部署作文与数学作业智能批改，一学期内完成上线与评估。' },
    });
    expect((await agency.get<MatchPage>(`/api/scenarios/${ids['homework']}/matches`)).body.invitations.applied).toBeNull();
    await t.database.query(`UPDATE scenarios SET deadline = current_date - 1 WHERE id = $1`, [ids['homework']]);
    const after = await agency.get<MatchPage>(`/api/scenarios/${ids['homework']}/matches?pageSize=100`);
    expect(after.body.invitations).toEqual({ total: 1, applied: 1 });
    expect(after.body.items.find((m) => m.enterprise.id === enterpriseId)?.invitation?.applied).toBe(true);
  });

  it('refuses invitations from the wrong people, for closed or unknown scenarios, and for companies that do not exist', async () => {
    const invite = (client: TestClient, scenarioId: string, organisationId: string = rivalId) =>
      client.post<{ message: string; errors?: Array<{ field: string; message: string }> }>(`/api/scenarios/${scenarioId}/invitations`, { organisationId });
    expect((await invite(otherAgency, ids['parking'])).status).toBe(403);
    expect((await invite(enterprise, ids['parking'])).status).toBe(403);
    expect((await invite(t.client, ids['parking'])).status).toBe(401);
    // Another unit's draft is not even visible.
    const draft = await agency.post<ScenarioView>('/api/scenarios', { title: '草稿场景', domain: '智慧医疗', description: '草稿', capabilities: [] });
    expect((await invite(otherAgency, draft.body.id)).status).toBe(404);
    // Its own draft: not open for applications.
    const own = await invite(agency, draft.body.id);
    expect(own.status).toBe(409);
    expect(own.body.message).toMatch(/已发布/);
    // The deadline has passed (previous test).
    const late = await invite(agency, ids['homework']);
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/截止/);
    // A company that does not exist, an agency posing as a company, and no company at all.
    const ghost = await invite(agency, ids['parking'], '00000000-0000-4000-8000-000000000000');
    expect(ghost.status).toBe(400);
    expect(ghost.body.errors).toEqual([{ field: 'organisationId', message: '该企业不存在' }]);
    const agencyOrg = (await agency.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
    expect((await invite(agency, ids['parking'], agencyOrg)).status).toBe(400);
    expect((await agency.post(`/api/scenarios/${ids['parking']}/invitations`, { message: '缺少企业' })).status).toBe(400);
    expect((await agency.post(`/api/scenarios/${ids['parking']}/invitations`, { organisationId: rivalId, message: 'x'.repeat(501) })).status).toBe(400);
  });
});
