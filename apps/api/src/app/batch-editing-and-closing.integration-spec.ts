import { ScenarioBatchView, ScenarioEventView, ScenarioView } from '@scenematch/contracts';
import { TestClient } from '@scenematch/server-testing';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

type Refusal = { statusCode: number; message: string; errors?: Array<{ field: string; message: string }> };

/** Staff edit a batch (榜单) while it may change, and closing it ends the application window of its scenarios. */
describe('editing and closing a batch', () => {
  let t: TestApp;
  let organiser: TestClient;
  let agency: TestClient;
  let enterprise: TestClient;

  beforeAll(async () => {
    t = await startTestApp('batch-closing');
    [organiser, agency, enterprise] = await Promise.all([t.client.asDemo('organiser'), t.client.asDemo('agency'), t.client.asDemo('enterprise')]);
  });
  afterAll(() => t?.close());

  const newBatch = async (number: number, name: string) => {
    const created = await organiser.post<ScenarioBatchView>('/api/batches', { number, name, issuer: '区人工智能创新服务中心', opensOn: inDays(0), closesOn: inDays(60) });
    expect(created.status).toBe(201);
    return created.body;
  };
  const approvedIn = async (batchId: string, title: string) => {
    const s = await agency.post<ScenarioView>('/api/scenarios', { title, domain: '城市治理', description: '在主干道试点违停车辆自动识别与告知。', capabilities: ['计算机视觉'], deadline: inDays(30), batchId });
    await agency.post(`/api/scenarios/${s.body.id}/submit`);
    expect((await organiser.post<ScenarioView>(`/api/scenarios/${s.body.id}/publish`)).body.status).toBe('approved');
    return s.body.id;
  };

  it('renumbers a draft only to a free number, and keeps a draft out of public sight', async () => {
    const first = await newBatch(41, '第四十一批（编辑测试）');
    await newBatch(42, '第四十二批（编辑测试）');

    const taken = await organiser.patch<Refusal>(`/api/batches/${first.id}`, { number: 42 });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([{ field: 'number', message: '第 42 批已存在' }]);
    // Its own number is not "taken", and a new one is free.
    expect((await organiser.patch(`/api/batches/${first.id}`, { number: 41, name: '第四十一批（改名）' })).status).toBe(200);
    const renumbered = await organiser.patch<ScenarioBatchView>(`/api/batches/${first.id}`, { number: 43 });
    expect(renumbered.status).toBe(200);
    expect(renumbered.body).toMatchObject({ id: first.id, number: 43, name: '第四十一批（改名）', status: 'draft' });

    // A window that ends before it opens is refused on edit too.
    const backwards = await organiser.patch<Refusal>(`/api/batches/${first.id}`, { closesOn: inDays(-1) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors?.map((e) => e.field)).toEqual(['closesOn']);

    // A draft: staff and agencies read it, a company and the public do not; an agency may not edit it.
    expect((await agency.get<ScenarioBatchView>(`/api/batches/${first.id}`)).body.number).toBe(43);
    expect((await enterprise.get(`/api/batches/${first.id}`)).status).toBe(404);
    expect((await t.client.get(`/api/batches/${first.id}`)).status).toBe(404);
    expect((await agency.patch(`/api/batches/${first.id}`, { name: '越权修改' })).status).toBe(403);
  });

  it('closes a published batch: its open scenarios stop taking applications, and nothing changes after', async () => {
    const batch = await newBatch(44, '第四十四批（截止测试）');
    const scenarioId = await approvedIn(batch.id, '批次截止测试：违停车辆识别');
    const early = await organiser.post<Refusal>(`/api/batches/${batch.id}/close`);
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('榜单尚未发布');

    expect((await organiser.post(`/api/batches/${batch.id}/publish`)).status).toBe(200);
    // Published: the public sees it, and its number is fixed.
    expect((await t.client.get<ScenarioBatchView>(`/api/batches/${batch.id}`)).body).toMatchObject({ status: 'published', scenarioCount: 1 });
    const renumber = await organiser.patch<Refusal>(`/api/batches/${batch.id}`, { number: 45 });
    expect(renumber.status).toBe(409);
    expect(renumber.body.message).toBe('已发布的榜单不能更改批次号');
    expect((await agency.post(`/api/batches/${batch.id}/close`)).status).toBe(403);

    const closed = await organiser.post<ScenarioBatchView & { closed: number }>(`/api/batches/${batch.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ id: batch.id, status: 'closed', closed: 1 });
    expect((await t.client.get<ScenarioView>(`/api/scenarios/${scenarioId}`)).body.status).toBe('closed');
    const bid = await enterprise.post<Refusal>(`/api/scenarios/${scenarioId}/applications`, {
      proposal: '在主干道部署违停识别摄像头与边缘计算盒，三个月内完成试点。',
      quote: 300000,
      durationDays: 90,
      declarations: { truthful: true },
    });
    expect(bid.status).toBe(409);
    // The agency's history of its scenario says why it closed.
    const history = await agency.get<ScenarioEventView[]>(`/api/scenarios/${scenarioId}/events`);
    expect(history.body.at(-1)).toMatchObject({ from: 'published', to: 'closed', actorRole: 'organiser', reason: '第四十四批（截止测试）截止' });

    const again = await organiser.post<Refusal>(`/api/batches/${batch.id}/close`);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('榜单已截止');
    const edit = await organiser.patch<Refusal>(`/api/batches/${batch.id}`, { name: '截止后改名' });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toBe('榜单已截止，不能修改');
  });
});
