import { ApplicationView, ScenarioBatchView, ScenarioView } from '@scenematch/contracts';
import { TestClient } from '@scenematch/server-testing';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

type Refusal = { statusCode: number; message: string; errors: Array<{ field: string; message: string }> };

/** A batch that excludes previous winners (不接受此前已揭榜成功的企业): a company selected before cannot submit, a newcomer can. */
describe('a batch closed to previous winners', () => {
  let t: TestApp;
  let winner: TestClient;
  let newcomer: TestClient;
  let scenarioId: string;

  beforeAll(async () => {
    t = await startTestApp('previous-winners');
    const [organiser, agency] = await Promise.all([t.client.asDemo('organiser'), t.client.asDemo('agency')]);
    [winner, newcomer] = await Promise.all([t.newUser('enterprise'), t.client.asDemo('enterprise')]);
    const batch = await organiser.post<ScenarioBatchView>('/api/batches', { number: 61, name: '第六十一批（新企业专场）', issuer: '区工信局', excludePreviousWinners: true });
    expect(batch.status).toBe(201);
    const s = await agency.post<ScenarioView>('/api/scenarios', { title: '新企业专场：社区养老服务机器人', domain: '智慧医疗', description: '在社区养老服务中心试点陪护与巡检机器人。', capabilities: ['服务机器人'], deadline: inDays(30), batchId: batch.body.id });
    scenarioId = s.body.id;
    await agency.post(`/api/scenarios/${scenarioId}/submit`);
    await organiser.post(`/api/scenarios/${scenarioId}/publish`);
    expect((await organiser.post(`/api/batches/${batch.body.id}/publish`)).status).toBe(200);

    // The winner: one of its company's earlier bids was selected; the newcomer's company has none.
    const newcomerOrg = (await newcomer.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
    await t.database.query(`UPDATE applications SET status = 'submitted' WHERE organisation_id = $1 AND status = 'selected'`, [newcomerOrg]);
    const other = (await t.database.query<{ id: string }>(`SELECT id FROM scenarios WHERE status = 'published' AND id <> $1 LIMIT 1`, [scenarioId])).rows[0].id;
    const earlier = await winner.post<ApplicationView>(`/api/scenarios/${other}/applications`, bidBody());
    expect(earlier.status).toBe(201);
    await t.database.query(`UPDATE applications SET status = 'selected' WHERE id = $1`, [earlier.body.id]);
  });
  afterAll(() => t?.close());

  const bidBody = () => ({ proposal: '在社区养老服务中心部署陪护巡检机器人，三个月内完成试点与评估。', quote: 400000, durationDays: 90, declarations: { truthful: true } });

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
