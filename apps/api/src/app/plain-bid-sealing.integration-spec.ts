import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationView, ScenarioView } from '@scenematch/contracts';
import { BidOpeningService } from '@scenematch/server-applications';
import { minimalPdf, TestClient } from '@scenematch/server-testing';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

/**
 * Bids stored in plain columns (written before bids were sealed) are sealed by the opening sweep
 * while their scenario is unopened: the plain text leaves the table, and the bidder still reads its bid.
 */
describe('sealing bids stored in plain text', () => {
  let t: TestApp;
  let enterprise: TestClient;
  let applicationId: string;
  const storage = `/tmp/scenematch-test-plain-bids-${process.pid}`;
  const plainPdf = minimalPdf('旧版附件');

  beforeAll(async () => {
    t = await startTestApp('plain-bid-sealing', { STORAGE_DIR: storage });
    const [organiser, agency] = await Promise.all([t.client.asDemo('organiser'), t.client.asDemo('agency')]);
    enterprise = await t.client.asDemo('enterprise');
    const s = await agency.post<ScenarioView>('/api/scenarios', { title: '明文申报封存测试：影像辅助诊断', domain: '智慧医疗', description: '在区属医院试点影像辅助诊断。', capabilities: ['计算机视觉'], deadline: inDays(30) });
    await agency.post(`/api/scenarios/${s.body.id}/submit`);
    await organiser.post(`/api/scenarios/${s.body.id}/publish`);
    const bid = await enterprise.post<ApplicationView>(`/api/scenarios/${s.body.id}/applications`, { proposal: '基于自研影像平台在试点医院部署辅助诊断系统，三个月内完成上线、培训与评估。', quote: 500000, durationDays: 90, declarations: { truthful: true } });
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
  afterAll(() => t?.close());

  it('moves the plain contents and attachment into sealed storage, leaves no plain copy, and the bidder reads the same bid', async () => {
    await t.app.get(BidOpeningService).sweep();
    const row = await t.database.query<{ sealed: boolean; proposal: string | null; quote: string | null; team: string }>(
      `SELECT sealed IS NOT NULL AS sealed, proposal, quote, team FROM applications WHERE id = $1`,
      [applicationId],
    );
    expect(row.rows[0]).toEqual({ sealed: true, proposal: null, quote: null, team: '' });
    const own = await enterprise.get<ApplicationView>(`/api/applications/${applicationId}`);
    expect(own.status).toBe(200);
    expect(own.body.files.map((f) => f.filename)).toEqual(['旧版附件.pdf']);
    const file = await t.database.query<{ storage_key: string; sealed: boolean }>(`SELECT storage_key, sealed FROM application_files WHERE application_id = $1`, [applicationId]);
    expect(file.rows[0].sealed).toBe(true);
    expect(file.rows[0].storage_key).not.toBe('legacy/plain.pdf');
    expect(readFileSync(join(storage, file.rows[0].storage_key)).equals(plainPdf)).toBe(false);
    // No plain copy is left behind in storage once the sealed one is committed.
    expect(existsSync(join(storage, 'legacy/plain.pdf'))).toBe(false);
    const download = await enterprise.download(own.body.files[0].url);
    expect(download.status).toBe(200);
    expect(download.body.equals(plainPdf)).toBe(true);
    expect(own.body).toMatchObject({ proposal: '旧版明文方案：在试点医院部署影像辅助诊断系统，两个半月内完成上线。', quote: 480000, durationDays: 75, team: '项目经理 1 名' });
  });
});
