import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CapabilityView, CompanyView, LaunchEventReleaseResult, LaunchEventView, NamedCode, Page, ProductFileView, ProductView } from '@scenematch/contracts';
import { createProduct, createUser, minimalPdf, TestClient, TestUser } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';

type ProductPage = Page<ProductView> & { facets?: { capabilities: Array<{ name: string; count: number }> } };

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f20000000049454e44ae426082', 'hex');

describe('capability list', () => {
  let t: TestApp;
  let organiser: TestClient;
  let enterprise: TestClient;
  let other: TestClient;
  let agency: TestClient;
  /** The company whose products and page are checked (enterprise's). */
  let company: TestUser;

  const product = (name: string) => ({
    name,
    description: '面向社区医院的慢病随访语音机器人，自动外呼随访并生成结构化记录。',
    capabilities: ['语音识别与合成', 'NLP'],
    domains: ['智慧医疗'],
    maturity: 'pilot',
    deploymentModes: ['private-cloud', '公有云 SaaS'],
    cases: ['某区 12 家社区健康服务中心试点'],
  });

  beforeAll(async () => {
    t = await startTestApp('products', { STORAGE_DIR: `/tmp/scenematch-test-storage-${process.pid}` });
    const users = await Promise.all([
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
    ]);
    [organiser, enterprise, agency, other] = users.map((u) => u.client);
    company = users[1];
  });
  afterAll(() => t?.close());

  it('shows the seeded catalogue, searchable by a Chinese word and by capability', async () => {
    const all = await t.client.get<ProductPage>('/api/products?pageSize=100&facets=true');
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThan(20);
    expect(all.body.items.every((p) => p.status === 'listed')).toBe(true);
    expect(all.body.facets?.capabilities.length).toBeGreaterThan(5);
    const imaging = await t.client.get<ProductPage>(`/api/products?q=${encodeURIComponent('影像')}`);
    expect(imaging.body.items.map((p) => p.name)).toContain('鹏知影像智能辅助诊断平台');
    const vision = await t.client.get<ProductPage>(`/api/products?capability=${encodeURIComponent('CV')}&pageSize=100`);
    expect(vision.body.items.length).toBeGreaterThan(0);
    expect(vision.body.items.every((p) => p.capabilities.some((c) => c.name === '计算机视觉'))).toBe(true);
    const nonsense = await t.client.get<ProductPage>(`/api/products?q=${encodeURIComponent('量子火锅')}`);
    expect(nonsense.body.total).toBe(0);
    // The demo enterprise's product under review is not public.
    const waiting = await organiser.get<ProductPage>('/api/products?status=submitted');
    expect(waiting.body.total).toBeGreaterThan(0);
    expect((await t.client.get(`/api/products/${waiting.body.items[0].id}`)).status).toBe(404);
    expect((await t.client.get('/api/products?status=submitted')).status).toBe(403);
  });

  it('takes a product from draft through review, by the right roles only', async () => {
    const bad = await enterprise.post<{ errors: Array<{ field: string }> }>('/api/products', { ...product('x'), maturity: 'mature', capabilities: ['读心术'], price: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['maturity', 'name', 'price']);
    const unknown = await enterprise.post<{ errors: Array<{ field: string }> }>('/api/products', { ...product('随访机器人'), capabilities: ['读心术'], deploymentModes: ['火星'] });
    expect(unknown.body.errors.map((e) => e.field).sort()).toEqual(['capabilities', 'deploymentModes']);

    const created = await enterprise.post<ProductView>('/api/products', product('慢病随访语音机器人'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', maturity: 'pilot' });
    expect(created.body.capabilities.map((c) => c.name)).toEqual(['语音识别与合成', '自然语言处理']);
    expect(created.body.deploymentModes.map((m) => m.code)).toEqual(['private-cloud', 'public-cloud']);
    const id = created.body.id;
    expect((await enterprise.post('/api/products', product('慢病随访语音机器人'))).status).toBe(409);

    expect((await t.client.get(`/api/products/${id}`)).status).toBe(404);
    expect((await other.get(`/api/products/${id}`)).status).toBe(404);
    expect((await other.patch(`/api/products/${id}`, { name: '抢注' })).status).toBe(404);
    expect((await agency.post('/api/products', product('发榜单位的产品'))).status).toBe(403);
    expect((await organiser.post(`/api/products/${id}/list`)).status).toBe(409);

    expect((await enterprise.post<ProductView>(`/api/products/${id}/submit`)).body.status).toBe('submitted');
    expect((await enterprise.post(`/api/products/${id}/list`)).status).toBe(403);
    expect((await organiser.post(`/api/products/${id}/reject`, {})).status).toBe(400);
    const rejected = await organiser.post<ProductView>(`/api/products/${id}/reject`, { reason: '请补充部署案例' });
    expect(rejected.body.status).toBe('rejected');
    expect((await enterprise.get<ProductView>(`/api/products/${id}`)).body.rejectReason).toBe('请补充部署案例');
    expect((await t.client.get(`/api/products/${id}`)).status).toBe(404);

    await enterprise.patch(`/api/products/${id}`, { cases: ['某区 12 家社区健康服务中心试点', '某三甲医院随访中心'] });
    await enterprise.post(`/api/products/${id}/submit`);
    const listed = await organiser.post<ProductView>(`/api/products/${id}/list`);
    expect(listed.body.status).toBe('listed');
    const found = await t.client.get<ProductPage>(`/api/products?q=${encodeURIComponent('随访')}`);
    expect(found.body.items.map((p) => p.id)).toContain(id);
    expect((await other.patch(`/api/products/${id}`, { name: '改别人的' })).status).toBe(403);

    // Listing announced itself for the matching worker, in the same transaction.
    const outbox = await t.database.query(`SELECT 1 FROM outbox WHERE job = 'enterprise.changed' AND payload->>'organisationId' = $1`, [created.body.company.id]);
    expect(outbox.rowCount).toBeGreaterThan(0);

    const delisted = await enterprise.post<ProductView>(`/api/products/${id}/delist`, { reason: '版本升级' });
    expect(delisted.body.status).toBe('delisted');
    expect((await t.client.get(`/api/products/${id}`)).status).toBe(404);
  });

  it('accepts screenshots and brochures by their content, not their name', async () => {
    const created = await enterprise.post<ProductView>('/api/products', product('带截图的产品'));
    const id = created.body.id;
    const image = await enterprise.upload<ProductFileView>(`/api/products/${id}/files`, 'screen.png', PNG);
    expect(image.status).toBe(201);
    expect(image.body).toMatchObject({ kind: 'image', mime: 'image/png' });
    const pdf = await enterprise.upload<ProductFileView>(`/api/products/${id}/files`, 'brochure.pdf', minimalPdf('demo'));
    expect(pdf.body).toMatchObject({ kind: 'brochure', mime: 'application/pdf' });
    const fake = await enterprise.upload<{ errors: Array<{ field: string; message: string }> }>(`/api/products/${id}/files`, 'virus.png', Buffer.from('MZ\x90\x00 not an image'));
    expect(fake.status).toBe(400);
    expect(fake.body.errors[0].field).toBe('file');
    expect((await other.upload(`/api/products/${id}/files`, 'x.png', PNG)).status).toBe(404);

    const own = await enterprise.download(`/api/products/${id}/files/${image.body.id}`);
    expect(own.status).toBe(200);
    expect(own.body.equals(PNG)).toBe(true);
    expect(own.headers['content-type']).toBe('image/png');
    expect((await t.client.download(`/api/products/${id}/files/${image.body.id}`)).status).toBe(404);
    expect((await enterprise.get<ProductView>(`/api/products/${id}`)).body.files).toHaveLength(2);
  });

  it('lists the products of a launch event together when it is released', async () => {
    const ids: string[] = [];
    for (const name of ['发布会产品甲：病房巡检机器人', '发布会产品乙：手术室器械清点视觉系统']) {
      const p = await enterprise.post<ProductView>('/api/products', { ...product(name), capabilities: ['计算机视觉', '服务机器人'] });
      await enterprise.post(`/api/products/${p.body.id}/submit`);
      ids.push(p.body.id);
    }
    const draft = await enterprise.post<ProductView>('/api/products', product('还没提交的产品'));
    const event = await organiser.post<LaunchEventView>('/api/launch-events', { title: '2026 人工智能产品发布会（第二场）', heldOn: '2026-12-18', venue: '路演厅' });
    expect(event.status).toBe(201);
    const noSuchDay = await organiser.post<{ errors: Array<{ field: string }> }>('/api/launch-events', { title: '不存在的日子', heldOn: '2026-02-30' });
    expect(noSuchDay.status).toBe(400);
    expect(noSuchDay.body.errors.map((e) => e.field)).toContain('heldOn');
    expect((await enterprise.post('/api/launch-events', { title: '企业自办', heldOn: '2026-12-18' })).status).toBe(403);
    expect((await organiser.post(`/api/launch-events/${event.body.id}/products`, { productIds: [draft.body.id] })).status).toBe(409);
    const assigned = await organiser.post<LaunchEventView>(`/api/launch-events/${event.body.id}/products`, { productIds: ids });
    expect(assigned.body.productCount).toBe(2);
    expect((await t.client.get(`/api/launch-events/${event.body.id}`)).status).toBe(404);

    const released = await organiser.post<LaunchEventView & { listed: number }>(`/api/launch-events/${event.body.id}/release`);
    expect(released.body).toMatchObject({ status: 'released', listed: 2 });
    const byEvent = await t.client.get<ProductPage>(`/api/products?launchEvent=${event.body.id}`);
    expect(byEvent.body.items.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(byEvent.body.items[0].launchEvent).toMatchObject({ title: '2026 人工智能产品发布会（第二场）', heldOn: '2026-12-18' });
    const byWord = await t.client.get<ProductPage>(`/api/products?q=${encodeURIComponent('清点')}&capability=${encodeURIComponent('计算机视觉')}`);
    expect(byWord.body.items.map((p) => p.id)).toEqual([ids[1]]);
    expect((await organiser.post(`/api/launch-events/${event.body.id}/release`)).status).toBe(409);
  });

  it('shows company pages with contact details only to agencies and staff, and lets a company edit its own profile', async () => {
    // The company has a certification, a contact and a listed product.
    const arranged = await enterprise.request('PUT', '/api/me/profile', { certifications: [{ kind: '算法备案', number: 'A-1', validUntil: null }], contactName: '陈晨', contactPhone: '0755-8888 1234' });
    expect(arranged.status).toBe(200);
    await createProduct(t, { company, organiser, name: '企业主页测试：影像辅助诊断平台' });

    const me = await enterprise.get<CompanyView>('/api/me/profile');
    expect(me.body.name).toBe(company.organisation.name);
    expect(me.body.certifications.length).toBeGreaterThan(0);
    const anonymous = await t.client.get<CompanyView>(`/api/companies/${me.body.id}`);
    expect(anonymous.body.contact).toBeNull();
    expect(anonymous.body.listedProducts).toBeGreaterThan(0);
    expect((await other.get<CompanyView>(`/api/companies/${me.body.id}`)).body.contact).toBeNull();
    expect((await agency.get<CompanyView>(`/api/companies/${me.body.id}`)).body.contact?.name).toBe('陈晨');

    const bad = await enterprise.request<{ errors: Array<{ field: string }> }>('PUT', '/api/me/profile', {
      foundedYear: 3000,
      headcountBand: 'lots',
      tiers: ['royal'],
      website: 'ftp://x',
      certifications: [{ kind: '', number: 'A1' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['certifications.0.kind', 'foundedYear', 'headcountBand', 'tiers', 'website']);
    const saved = await enterprise.request<CompanyView>('PUT', '/api/me/profile', {
      tiers: ['specialised', 'high_tech'],
      cases: [{ customer: '某三甲医院', year: 2025, domain: '智慧医疗', summary: '影像辅助诊断日均 1500 例' }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.tiers).toEqual(['specialised', 'high_tech']);
    expect(saved.body.introduction).toBe(me.body.introduction);
    expect((await agency.request('PUT', '/api/me/profile', { district: '南山区' })).status).toBe(403);
  });

  /** Staff take a product off a planned launch event (发布会): it is not listed with the event, and stays for review. */
  describe('taking a product off a launch event', () => {
    let seller: TestUser;

    beforeAll(async () => {
      seller = await createUser(t, { role: 'enterprise', verified: true });
    });

    const submitted = async (name: string) =>
      (await createProduct(t, { company: seller, status: 'submitted', name, description: '面向社区医院的慢病随访语音机器人，自动外呼随访并生成结构化记录。', capabilities: ['语音识别与合成'], domains: ['智慧医疗'], maturity: 'pilot' })).id;

    it('removes only that product, only while the event is planned, and only for staff', async () => {
      const [kept, removed] = [await submitted('发布会撤下测试：随访机器人甲'), await submitted('发布会撤下测试：随访机器人乙')];
      const event = await organiser.post<LaunchEventView>('/api/launch-events', { title: '撤下测试发布会', heldOn: '2026-12-20', venue: '路演厅' });
      expect((await organiser.post<LaunchEventView>(`/api/launch-events/${event.body.id}/products`, { productIds: [kept, removed] })).body.productCount).toBe(2);

      expect((await seller.client.request('DELETE', `/api/launch-events/${event.body.id}/products/${removed}`)).status).toBe(403);
      const after = await organiser.request<LaunchEventView>('DELETE', `/api/launch-events/${event.body.id}/products/${removed}`);
      expect(after.status).toBe(200);
      expect(after.body).toMatchObject({ id: event.body.id, status: 'planned', productCount: 1 });
      // A product that is not on this event is left alone (no error, nothing changes).
      expect((await organiser.request<LaunchEventView>('DELETE', `/api/launch-events/${event.body.id}/products/${removed}`)).body.productCount).toBe(1);

      const released = await organiser.post<LaunchEventReleaseResult>(`/api/launch-events/${event.body.id}/release`);
      expect(released.body).toMatchObject({ status: 'released', listed: 1 });
      const listed = await t.client.get<Page<ProductView>>(`/api/products?launchEvent=${event.body.id}`);
      expect(listed.body.items.map((p) => p.id)).toEqual([kept]);
      // The one taken off still waits for review on its own.
      expect((await seller.client.get<ProductView>(`/api/products/${removed}`)).body.status).toBe('submitted');

      const tooLate = await organiser.request<{ message: string }>('DELETE', `/api/launch-events/${event.body.id}/products/${kept}`);
      expect(tooLate.status).toBe(409);
      expect((await t.client.get<ProductView>(`/api/products/${kept}`)).body.status).toBe('listed');
    });
  });

  /** The pick lists of the portal's forms (capabilities, certifications, deployment modes): public, cached, as seeded. */
  describe('taxonomy pick lists', () => {
    const seeded = JSON.parse(readFileSync(join(__dirname, '../../../../seeds/data/taxonomy.json'), 'utf8')) as {
      capabilities: Array<{ code: string; name: string; synonyms: string[] }>;
      certifications: NamedCode[];
      deploymentModes: NamedCode[];
    };

    it('lists the capability tags with their synonyms, in the seeded order, to anyone', async () => {
      const answer = await t.client.get<CapabilityView[]>('/api/taxonomy/capabilities');
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('public, max-age=300');
      expect(answer.body).toEqual(seeded.capabilities.map(({ code, name, synonyms }) => ({ code, name, synonyms })));
      expect(answer.body.find((c) => c.name === '计算机视觉')?.synonyms).toContain('图像识别');
    });

    it('lists the certification kinds and the deployment modes as code and name only', async () => {
      const certifications = await t.client.get<NamedCode[]>('/api/taxonomy/certifications');
      expect(certifications.status).toBe(200);
      expect(certifications.headers['cache-control']).toBe('public, max-age=300');
      expect(certifications.body).toEqual(seeded.certifications.map(({ code, name }) => ({ code, name })));
      expect(certifications.body).toContainEqual({ code: 'genai-service-filing', name: '生成式人工智能服务备案' });

      const modes = await t.client.get<NamedCode[]>('/api/taxonomy/deployment-modes');
      expect(modes.status).toBe(200);
      expect(modes.body).toEqual(seeded.deploymentModes.map(({ code, name }) => ({ code, name })));
      expect(modes.body.map((m) => m.name)).toContain('私有云');
    });
  });
});
