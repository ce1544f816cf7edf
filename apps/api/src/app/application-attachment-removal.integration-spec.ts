import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationFileView, ApplicationView, ScenarioView } from '@scenematch/contracts';
import { pdfDocument, TestClient } from '@scenematch/server-testing';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

/** A bidder takes an attachment back while its bid can still change; nobody else can, and not after the deadline. */
describe('removing an application attachment', () => {
  const storage = `/tmp/scenematch-test-attachment-removal-${process.pid}`;
  let t: TestApp;
  let organiser: TestClient;
  let enterprise: TestClient;
  let rival: TestClient;
  let scenarioId: string;
  let applicationId: string;

  beforeAll(async () => {
    t = await startTestApp('attachment-removal', { STORAGE_DIR: storage });
    let agency: TestClient;
    [organiser, agency, enterprise] = await Promise.all([t.client.asDemo('organiser'), t.client.asDemo('agency'), t.client.asDemo('enterprise')]);
    rival = await t.newUser('enterprise');
    const s = await agency.post<ScenarioView>('/api/scenarios', { title: '附件撤回测试：影像辅助诊断', domain: '智慧医疗', description: '在区属医院试点影像辅助诊断。', capabilities: ['计算机视觉'], deadline: inDays(30) });
    scenarioId = s.body.id;
    await agency.post(`/api/scenarios/${scenarioId}/submit`);
    expect((await organiser.post(`/api/scenarios/${scenarioId}/publish`)).status).toBe(200);
    const bid = await enterprise.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, {
      proposal: '基于自研影像平台在试点医院部署辅助诊断系统，三个月内完成上线、培训与评估。',
      quote: 500000,
      durationDays: 90,
      declarations: { truthful: true },
    });
    expect(bid.status).toBe(201);
    applicationId = bid.body.id;
  });
  afterAll(() => t?.close());

  const remove = (client: TestClient, fileId: string) => client.request('DELETE', `/api/applications/${applicationId}/files/${fileId}`);
  const storedKey = async (fileId: string) =>
    (await t.database.query<{ storage_key: string }>(`SELECT storage_key FROM application_files WHERE id = $1`, [fileId])).rows[0]?.storage_key;

  it('removes the attachment and its stored file, keeps the others; a rival gets 404, staff 403', async () => {
    const plan = await enterprise.upload<ApplicationFileView>(`/api/applications/${applicationId}/files`, '技术方案.pdf', await pdfDocument());
    const quote = await enterprise.upload<ApplicationFileView>(`/api/applications/${applicationId}/files`, '报价明细.pdf', await pdfDocument((doc) => doc.setTitle('报价')));
    expect([plan.status, quote.status]).toEqual([201, 201]);
    const planFile = join(storage, await storedKey(plan.body.id));
    expect(existsSync(planFile)).toBe(true);

    // Another company cannot see the bid, so it cannot take anything from it either.
    expect((await remove(rival, plan.body.id)).status).toBe(404);
    // Staff read bids after the opening, but only the bidder edits them.
    expect((await remove(organiser, plan.body.id)).status).toBe(403);
    expect((await enterprise.get<ApplicationView>(`/api/applications/${applicationId}`)).body.files.map((f) => f.filename)).toEqual(['技术方案.pdf', '报价明细.pdf']);

    expect((await remove(enterprise, plan.body.id)).status).toBe(204);
    const after = await enterprise.get<ApplicationView>(`/api/applications/${applicationId}`);
    expect(after.body.files.map((f) => f.filename)).toEqual(['报价明细.pdf']);
    expect((await enterprise.download(plan.body.url)).status).toBe(404);
    expect((await enterprise.download(quote.body.url)).status).toBe(200);
    expect(existsSync(planFile)).toBe(false);
    // Removing it again: it is gone.
    expect((await remove(enterprise, plan.body.id)).status).toBe(404);
    // The audit trail records the removal (without the file's name).
    const audit = await t.database.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_log WHERE action = 'application.file.remove' AND entity_id = $1`,
      [applicationId],
    );
    expect(audit.rows).toEqual([{ details: { fileId: plan.body.id } }]);
  });

  it('refuses once bidding has closed, and the attachment stays', async () => {
    const late = await enterprise.upload<ApplicationFileView>(`/api/applications/${applicationId}/files`, '补充材料.pdf', await pdfDocument((doc) => doc.setTitle('补充')));
    expect(late.status).toBe(201);
    expect((await organiser.post(`/api/scenarios/${scenarioId}/close`)).status).toBe(200);
    const refused = await remove(enterprise, late.body.id);
    expect(refused.status).toBe(409);
    expect((refused.body as { message: string }).message).toContain('不能修改');
    expect((await t.database.query(`SELECT 1 FROM application_files WHERE id = $1`, [late.body.id])).rowCount).toBe(1);
  });
});
