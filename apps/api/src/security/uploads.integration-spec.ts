import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationFileView, ApplicationView, ProductFileView, ProductView } from '@scenematch/contracts';
import { createScenario, createUser, hostilePdfs, pdfDocument, TestClient } from '@scenematch/server-testing';
import { PNG } from '../testing/matrix-world';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

type FieldErrors = { statusCode: number; errors: Array<{ field: string; message: string }> };

/** Uploads are judged by what they are: real PDF parsing, names that match the content, no bidi tricks, downloads not rendered. */
describe('uploads: application attachments and product files', () => {
  let t: TestApp;
  let enterprise: TestClient;
  let applicationId: string;
  let productId: string;

  beforeAll(async () => {
    t = await startTestApp('uploads', { STORAGE_DIR: `/tmp/scenematch-test-uploads-${process.pid}` });
    const [organiser, agency, company] = await Promise.all([createUser(t, { role: 'organiser' }), createUser(t, { role: 'agency' }), createUser(t, { role: 'enterprise' })]);
    enterprise = company.client;
    const s = await createScenario(t, { agency, organiser: organiser.client, title: '上传检查测试：影像辅助诊断', description: '在区属医院试点影像辅助诊断。', deadline: inDays(30) });
    const bid = await enterprise.post<ApplicationView>(`/api/scenarios/${s.id}/applications`, {
      proposal: '基于自研影像平台在试点医院部署辅助诊断系统，三个月内完成上线、培训与评估。',
      quote: 500000,
      durationDays: 90,
      declarations: { truthful: true },
    });
    applicationId = bid.body.id;
    const product = await enterprise.post<ProductView>('/api/products', {
      name: '上传检查测试产品',
      description: '面向社区医院的慢病随访语音机器人，自动外呼随访并生成结构化记录。',
      capabilities: ['语音识别与合成'],
      domains: ['智慧医疗'],
      maturity: 'pilot',
      deploymentModes: ['private-cloud'],
    });
    productId = product.body.id;
  });
  afterAll(() => t?.close());

  const routes = () => [`/api/applications/${applicationId}/files`, `/api/products/${productId}/files`];

  it('refuses PDFs with JavaScript, Launch, embedded files or automatic actions, and fake PDFs, saying why', async () => {
    const before = await t.database.query(`SELECT (SELECT count(*) FROM application_files)::int + (SELECT count(*) FROM product_files)::int AS n`);
    for (const url of routes()) {
      for (const hostile of await hostilePdfs()) {
        const res = await enterprise.upload<FieldErrors>(url, '技术方案.pdf', hostile.body);
        expect([url, hostile.label, res.status, res.body.errors?.[0]?.field]).toEqual([url, hostile.label, 400, 'file']);
        expect([hostile.label, res.body.errors[0].message]).toEqual([hostile.label, expect.stringMatching(hostile.reason)]);
      }
    }
    expect((await t.database.query(`SELECT (SELECT count(*) FROM application_files)::int + (SELECT count(*) FROM product_files)::int AS n`)).rows).toEqual(before.rows);
  });

  it('refuses files whose content is not what their name says', async () => {
    const pdf = await pdfDocument();
    const image = await enterprise.upload<FieldErrors>(`/api/products/${productId}/files`, 'brochure.pdf', PNG);
    expect(image.status).toBe(400);
    expect(image.body.errors[0].message).toBe('文件内容是PNG 图片，与文件名“brochure.pdf”不符（应以 .png 结尾）');
    const pdfAsImage = await enterprise.upload<FieldErrors>(`/api/products/${productId}/files`, 'screen.png', pdf);
    expect(pdfAsImage.body.errors[0].message).toContain('应以 .pdf 结尾');
    const imageAttachment = await enterprise.upload<FieldErrors>(`/api/applications/${applicationId}/files`, 'scan.png', PNG);
    expect(imageAttachment.status).toBe(400);
    expect(imageAttachment.body.errors[0].message).toContain('仅支持PDF 文件');
  });

  it('strips bidirectional controls from names, and serves everything but images as a download', async () => {
    const pdf = await pdfDocument();
    const attached = await enterprise.upload<{ id: string; filename: string; url: string }>(`/api/applications/${applicationId}/files`, '技术\u202E方案\u2066.pdf', pdf);
    expect(attached.status).toBe(201);
    expect(attached.body.filename).toBe('技术方案.pdf');
    const tricked = await enterprise.upload<FieldErrors>(`/api/applications/${applicationId}/files`, '报价\u202Efdp.exe', pdf);
    expect(tricked.body.errors[0].message).toContain('“报价fdp.exe”');
    const stored = await t.database.query<{ filename: string }>(`SELECT filename FROM application_files WHERE application_id = $1`, [applicationId]);
    expect(stored.rows.map((r) => r.filename)).toEqual(['技术方案.pdf']);

    const brochure = await enterprise.upload<ProductFileView>(`/api/products/${productId}/files`, '产品\u202D手册.pdf', pdf);
    expect(brochure.status).toBe(201);
    expect(brochure.body.filename).toBe('产品手册.pdf');
    const shot = await enterprise.upload<ProductFileView>(`/api/products/${productId}/files`, 'screen.png', PNG);
    const pdfDownload = await enterprise.download(brochure.body.url);
    expect(pdfDownload.status).toBe(200);
    expect(String(pdfDownload.headers['content-disposition'])).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(pdfDownload.headers['x-content-type-options']).toBe('nosniff');
    expect(String((await enterprise.download(shot.body.url)).headers['content-disposition'])).toMatch(/^inline;/);
    expect(String((await enterprise.download(attached.body.url)).headers['content-disposition'])).toMatch(/^attachment;/);
  });

  /** A bidder takes an attachment back while its bid can still change; nobody else can, and not after the deadline. */
  describe('removing an application attachment', () => {
    let organiser: TestClient;
    let bidder: TestClient;
    let rival: TestClient;
    let scenarioId: string;
    let bidId: string;

    beforeAll(async () => {
      const [staff, agency, company, other] = await Promise.all([
        createUser(t, { role: 'organiser' }),
        createUser(t, { role: 'agency' }),
        createUser(t, { role: 'enterprise' }),
        createUser(t, { role: 'enterprise' }),
      ]);
      [organiser, bidder, rival] = [staff.client, company.client, other.client];
      scenarioId = (await createScenario(t, { agency, organiser, title: '附件撤回测试：影像辅助诊断', description: '在区属医院试点影像辅助诊断。', deadline: inDays(30) })).id;
      const bid = await bidder.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, {
        proposal: '基于自研影像平台在试点医院部署辅助诊断系统，三个月内完成上线、培训与评估。',
        quote: 500000,
        durationDays: 90,
        declarations: { truthful: true },
      });
      expect(bid.status).toBe(201);
      bidId = bid.body.id;
    });

    const remove = (client: TestClient, fileId: string) => client.request('DELETE', `/api/applications/${bidId}/files/${fileId}`);
    const storedKey = async (fileId: string) =>
      (await t.database.query<{ storage_key: string }>(`SELECT storage_key FROM application_files WHERE id = $1`, [fileId])).rows[0]?.storage_key;

    it('removes the attachment and its stored file, keeps the others; a rival gets 404, staff 403', async () => {
      const plan = await bidder.upload<ApplicationFileView>(`/api/applications/${bidId}/files`, '技术方案.pdf', await pdfDocument());
      const quote = await bidder.upload<ApplicationFileView>(`/api/applications/${bidId}/files`, '报价明细.pdf', await pdfDocument((doc) => doc.setTitle('报价')));
      expect([plan.status, quote.status]).toEqual([201, 201]);
      const planFile = join(t.config.STORAGE_DIR, await storedKey(plan.body.id));
      expect(existsSync(planFile)).toBe(true);

      // Another company cannot see the bid, so it cannot take anything from it either.
      expect((await remove(rival, plan.body.id)).status).toBe(404);
      // Staff read bids after the opening, but only the bidder edits them.
      expect((await remove(organiser, plan.body.id)).status).toBe(403);
      expect((await bidder.get<ApplicationView>(`/api/applications/${bidId}`)).body.files.map((f) => f.filename)).toEqual(['技术方案.pdf', '报价明细.pdf']);

      expect((await remove(bidder, plan.body.id)).status).toBe(204);
      const after = await bidder.get<ApplicationView>(`/api/applications/${bidId}`);
      expect(after.body.files.map((f) => f.filename)).toEqual(['报价明细.pdf']);
      expect((await bidder.download(plan.body.url)).status).toBe(404);
      expect((await bidder.download(quote.body.url)).status).toBe(200);
      expect(existsSync(planFile)).toBe(false);
      // Removing it again: it is gone.
      expect((await remove(bidder, plan.body.id)).status).toBe(404);
      // The audit trail records the removal (without the file's name).
      const audit = await t.database.query<{ details: Record<string, unknown> }>(
        `SELECT details FROM audit_log WHERE action = 'application.file.remove' AND entity_id = $1`,
        [bidId],
      );
      expect(audit.rows).toEqual([{ details: { fileId: plan.body.id } }]);
    });

    it('refuses once bidding has closed, and the attachment stays', async () => {
      const late = await bidder.upload<ApplicationFileView>(`/api/applications/${bidId}/files`, '补充材料.pdf', await pdfDocument((doc) => doc.setTitle('补充')));
      expect(late.status).toBe(201);
      expect((await organiser.post(`/api/scenarios/${scenarioId}/close`)).status).toBe(200);
      const refused = await remove(bidder, late.body.id);
      expect(refused.status).toBe(409);
      expect((refused.body as { message: string }).message).toContain('不能修改');
      expect((await t.database.query(`SELECT 1 FROM application_files WHERE id = $1`, [late.body.id])).rowCount).toBe(1);
    });
  });
});
