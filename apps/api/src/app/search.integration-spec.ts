import { Page, ProductView, ScenarioPage, ScenarioView } from '@scenematch/contracts';
import { matchesSearch, normaliseText, searchQuery, searchTerms } from '@scenematch/matching/text';
import { MIGRATIONS, searchDocumentOf, searchPartSql, termHitSql } from '@scenematch/server-database';
import { PROBE_RATIO, termPostingsSql, termSearchSql } from '@scenematch/server-scenarios';
import { createOrganisation, createUser, TestClient, TestUser } from '@scenematch/server-testing';
import { DataSource } from 'typeorm';
import { inDays, startTestApp, TestApp } from '../testing/test-app';

/** The agency that posts this file's scenarios. */
const AGENCY = '区卫生健康局';

/**
 * Search in mixed scripts, through the API on a real database: Latin and digit tokens (AI, CT,
 * 5G, 12345, 3D), Han bigrams next to Latin letters (导游 in 多语种AI导游导览), full-width input,
 * and title hits ranked before description-only hits.
 */
describe('search in mixed scripts', () => {
  let t: TestApp;
  let agency: TestClient;
  let organiser: TestClient;
  let enterprise: TestClient;
  const ids = new Map<string, string>();

  const scenarios: Array<{ title: string; domain: string; description?: string }> = [
    { title: '多语种AI导游导览', domain: '文化旅游' },
    { title: 'ＡＩ辅助阅卷', domain: '教育教学' },
    { title: '基于CT影像的肺结节筛查', domain: '智慧医疗' },
    { title: '5G专网变电站巡检', domain: '能源环保' },
    { title: '12345热线工单分派', domain: '政务服务' },
    { title: '3D数字人政务讲解员', domain: '政务服务' },
    // Description-only hits for AI and 导游: found, but after every title hit.
    { title: '景区客流预测', domain: '文化旅游', description: '用AI预测客流，并为导游排班，提升服务。' },
    // Unrelated: letters and characters of the queries, but not their terms.
    { title: '邮件email归档', domain: '政务服务', description: '按detail字段归类的邮件归档需求。' },
    { title: '导航游览路线规划', domain: '文化旅游' },
    { title: '3D打印模具检测', domain: '智能制造' },
    // 图 stands alone in its description, a Han run of one character.
    { title: '数字孪生人员定位', domain: '智能制造', description: '面向一线单位的应用需求，详见附件（图）。' },
  ];

  /** This file's scenarios found by q, in the order returned (the demo data's own scenarios may mention AI too). */
  const titles = async (q: string, extra = '') =>
    (await t.client.get<ScenarioPage>(`/api/scenarios?q=${encodeURIComponent(q)}&pageSize=100${extra}`)).body.items.map((s) => s.title).filter((title) => ids.has(title));

  beforeAll(async () => {
    t = await startTestApp('search');
    // Named here: an organisation's name is searchable with its scenarios and products, and a
    // generated name (with its Latin suffix) could answer the single letters and characters below.
    const [agencyOrg, staff, company] = await Promise.all([
      createOrganisation(t, { type: 'agency', verified: true, name: AGENCY }),
      createUser(t, { role: 'organiser' }),
      createOrganisation(t, { type: 'enterprise', verified: true, name: '深圳搜索测试科技有限公司' }),
    ]);
    [agency, organiser, enterprise] = [(agencyOrg.founder as TestUser).client, staff.client, (company.founder as TestUser).client];
    for (const s of scenarios) {
      const created = await agency.post<ScenarioView>('/api/scenarios', { description: '面向一线单位的应用需求，详见附件材料。', ...s, deadline: inDays(60) });
      expect(created.status).toBe(201);
      await agency.post(`/api/scenarios/${created.body.id}/submit`);
      expect((await organiser.post<ScenarioView>(`/api/scenarios/${created.body.id}/publish`)).body.status).toBe('published');
      ids.set(s.title, created.body.id);
    }
  });
  afterAll(() => t?.close());

  it('finds AI, ai and ＡＩ in titles written either width, title hits first, and not "email"', async () => {
    for (const q of ['AI', 'ai', 'ＡＩ']) {
      const found = await titles(q);
      expect(found).toEqual(['ＡＩ辅助阅卷', '多语种AI导游导览', '景区客流预测']);
    }
  });

  it('finds CT, 5G, 12345 and 3D数字人 where they are written, and nothing that only shares letters', async () => {
    expect(await titles('CT')).toEqual(['基于CT影像的肺结节筛查']);
    expect(await titles('ct')).toEqual(['基于CT影像的肺结节筛查']);
    expect(await titles('5G')).toEqual(['5G专网变电站巡检']);
    expect(await titles('12345')).toEqual(['12345热线工单分派']);
    expect(await titles('１２３４５')).toEqual(['12345热线工单分派']);
    expect(await titles('3D数字人')).toEqual(['3D数字人政务讲解员']);
    expect(await titles('3d 数字人')).toEqual(['3D数字人政务讲解员']);
    expect(await titles('3D')).toEqual(['3D打印模具检测', '3D数字人政务讲解员']);
  });

  it('finds 导游 next to Latin letters, ranks the title hit first, and not 导航游览', async () => {
    expect(await titles('导游')).toEqual(['多语种AI导游导览', '景区客流预测']);
    expect(await titles('AI导游')).toEqual(['多语种AI导游导览', '景区客流预测']);
    expect(await titles('导游', '&sort=newest')).toEqual(expect.arrayContaining(['多语种AI导游导览', '景区客流预测']));
  });

  it('keeps short queries sensible: a lone Han character anywhere, a lone letter as a whole token', async () => {
    expect(await titles('筛')).toEqual(['基于CT影像的肺结节筛查']);
    expect(await titles('阅')).toEqual(['ＡＩ辅助阅卷']);
    // "d" is no token of any text: 3D is one token, not 3 and d.
    expect(await titles('d')).toEqual([]);
    expect(await titles('量子火锅')).toEqual([]);
  });

  it('keeps the domain facets of a mixed-script search', async () => {
    const page = (await t.client.get<ScenarioPage>(`/api/scenarios?q=AI&facets=true`)).body;
    expect(page.facets?.domains).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '文化旅游', count: 2 }),
        expect.objectContaining({ name: '教育教学', count: 1 }),
      ]),
    );
    expect((await titles('AI', `&domain=${encodeURIComponent('教育教学')}`))).toEqual(['ＡＩ辅助阅卷']);
  });

  it('rebuilds the terms of rows written before (the migration), so they are found too', async () => {
    const dataSource = t.app.get(DataSource);
    const id = ids.get('多语种AI导游导览');
    // The old tokens glued the Latin run to the Han text after it.
    await dataSource.query(`UPDATE scenarios SET search_tokens = ARRAY['多语', '语种', 'ai导游导览'] WHERE id = $1`, [id]);
    expect(await titles('导游')).toEqual(['景区客流预测']);
    const migration = MIGRATIONS.map((M) => new M()).find((m) => m.name === 'SearchTerms1765350000000');
    const runner = dataSource.createQueryRunner();
    try {
      await migration?.up(runner);
    } finally {
      await runner.release();
    }
    expect(await titles('导游')).toEqual(['多语种AI导游导览', '景区客流预测']);
    const stored = await dataSource.query(`SELECT search_tokens FROM scenarios WHERE id = $1`, [id]);
    expect([...stored[0].search_tokens].sort()).toEqual(searchTerms(`多语种AI导游导览\n文化旅游\n${AGENCY}\n面向一线单位的应用需求，详见附件材料。`).sort());
  });

  it('tests title hits in SQL exactly as the text pipeline does, on a varied corpus', async () => {
    const texts = [
      '多语种AI导游导览',
      'ＡＩ辅助阅卷（ｖ２版）',
      'email与AI',
      'AI5G融合',
      'x光机，X线片',
      '3D数字人🙂讲解',
      '１２３４５热线 / 12345',
      'Kelvin K和Å',
      '「智慧」医疗——影像',
      '标题\n换行的AI',
      ' ',
    ];
    const queries = ['ai', 'AI', 'ai5g', '5g', 'x', '3d', '数字人', '12345', 'k', '影像', '慧医', '光', '🙂', 'email', 'v2'];
    const p = (params: unknown[]) => (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    for (const text of texts) {
      for (const q of queries) {
        const { terms, chars } = searchQuery(q);
        const held = new Set(searchTerms(text));
        for (const term of [...terms, ...chars]) {
          // As stored: the text is the first part of a search document (the title), then others.
          const params: unknown[] = [searchDocumentOf([text, '其他字段 other AI 数字人']).text];
          const sql = termHitSql(searchPartSql('x', 1), term, p(params));
          const [row] = await t.database.query<{ hit: boolean }>(`SELECT ${sql} AS hit FROM (SELECT $1::text AS search_text) x`, params).then((r) => r.rows);
          const expected = chars.includes(term) ? normaliseText(text).includes(term) : held.has(term);
          expect({ text, term, hit: row.hit }).toEqual({ text, term, hit: expected });
        }
        // And the index semantics agree with the TypeScript matcher for the whole query.
        expect(matchesSearch(text, searchQuery(q))).toBe([...terms].every((x) => held.has(x)) && chars.every((c) => normaliseText(text).includes(c)));
      }
    }
  });

  it('answers a public word search from its index exactly as from the table: order, total, pages and domain counts', async () => {
    // A list of the public statuses asked by status reads the table; the same search without it
    // reads the search's own index. Both must agree on every page, sort and filter, view by view.
    const tableOnly = '&status=published,closed,evaluating,awarded,piloting,accepted';
    const get = async (client: TestClient, path: string) => {
      const response = await client.get<ScenarioPage>(path);
      expect(response.status).toBe(200);
      return response.body;
    };
    const inDomain = `&domain=${encodeURIComponent('政务服务')}`;
    // One term (its page from the index in the list's order, its counts from the per-domain
    // counts), several terms (joined postings), a term nobody holds, a Han character typed alone
    // (the union of the terms written with it: inside a run, at its ends, a run of one, nowhere);
    // every order, later pages, the domain filter with each order.
    for (const q of ['AI', '导游', 'AI导游', '3D数字人', '数字', '5G', '12345', '政务', '政务讲解', '量子火锅', 'AI量子', '数', '导', '人', '与', '图', '鼎']) {
      for (const extra of ['', '&sort=newest', '&sort=deadline', '&pageSize=2&page=2', '&sort=newest&pageSize=1&page=3', '&sort=deadline&pageSize=2&page=2', inDomain, `${inDomain}&sort=newest`, `${inDomain}&sort=deadline&pageSize=1&page=2`]) {
        const path = `/api/scenarios?q=${encodeURIComponent(q)}&facets=true${extra}`;
        const [indexed, table] = await Promise.all([get(organiser, path), get(organiser, path + tableOnly)]);
        expect({ q, extra, items: indexed.items, total: indexed.total, facets: indexed.facets }).toEqual({ q, extra, items: table.items, total: table.total, facets: table.facets });
        expect((await get(t.client, path)).items.map((s) => s.id)).toEqual(table.items.map((s) => s.id));
      }
    }
  });

  it('joins the postings of several terms the same way whether a term is read whole or looked up per hit', async () => {
    const dataSource = t.app.get(DataSource);
    for (const q of ['AI导游', '3D数字人', '政务讲解', '数字孪生']) {
      const { terms } = searchQuery(q);
      for (const sort of ['relevance', 'newest', 'deadline'] as const) {
        const search = { terms, sort, facets: true, limit: 3, offset: 1 };
        const merged = termSearchSql(search);
        // As if every term but the first had far more postings: each is looked up per hit.
        const probed = termSearchSql({ ...search, postings: terms.map((_, i) => (i === 0 ? 1 : 1000)) });
        expect(probed.sql).toContain('JOIN LATERAL');
        expect(merged.sql).not.toContain('JOIN LATERAL');
        expect({ q, sort, rows: await dataSource.query(probed.sql, probed.params) }).toEqual({ q, sort, rows: await dataSource.query(merged.sql, merged.params) });
      }
    }
  });

  it('answers a search by words of which one is far more common exactly as the table does: order, total, pages and domain counts', async () => {
    // 服务 is in many scenarios (the domain 政务服务, the demo data), 讲解 in one: the service looks
    // 服务 up per hit of 讲解 instead of reading it whole, and reads the page's rows by their ids.
    const dataSource = t.app.get(DataSource);
    const { terms } = searchQuery('讲解 服务');
    const sizes = new Map((await dataSource.query(termPostingsSql(terms.length), terms)).map((r: { term: string; n: number }) => [r.term, r.n]));
    expect(sizes.get('服务')).toBeGreaterThan(PROBE_RATIO * (sizes.get('讲解') as number));
    const tableOnly = '&status=published,closed,evaluating,awarded,piloting,accepted';
    const get = async (path: string) => {
      const response = await organiser.get<ScenarioPage>(path);
      expect(response.status).toBe(200);
      return response.body;
    };
    for (const q of ['讲解 服务', '12345 服务', '阅卷 服务', '服务 讲解 政务']) {
      for (const extra of ['', '&sort=newest', '&sort=deadline', '&pageSize=1&page=2', `&domain=${encodeURIComponent('政务服务')}`]) {
        const path = `/api/scenarios?q=${encodeURIComponent(q)}&facets=true${extra}`;
        const [indexed, table] = await Promise.all([get(path), get(path + tableOnly)]);
        expect({ q, extra, items: indexed.items, total: indexed.total, facets: indexed.facets }).toEqual({ q, extra, items: table.items, total: table.total, facets: table.facets });
      }
    }
    expect((await get(`/api/scenarios?q=${encodeURIComponent('讲解 服务')}`)).items.map((s) => s.title)).toContain('3D数字人政务讲解员');
  });

  /** Letters and digits that do not compress (a pasted key or hash). */
  const pastedKey = (length: number) => {
    let seed = 12345;
    return Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[(seed = (seed * 1103515245 + 12345) % 2147483648) % 36]).join('');
  };

  it('keeps the search index in step with every change: publication, an edit after it, cancellation', async () => {
    const dataSource = t.app.get(DataSource);
    const postings = async (id: string) => Number((await dataSource.query(`SELECT count(*) AS n FROM scenario_search_terms WHERE scenario_id = $1`, [id]))[0].n);
    // The per-domain counts of every term, as kept by their triggers, against a count of the postings.
    const countsAdrift = async () =>
      (
        await dataSource.query(
          `SELECT term, domain_code, a.n AS counted, b.n AS kept
             FROM (SELECT term, domain_code, count(*)::int AS n FROM scenario_search_terms GROUP BY term, domain_code) a
             FULL JOIN (SELECT term, domain_code, hits AS n FROM scenario_search_term_domains) b USING (term, domain_code)
            WHERE a.n IS DISTINCT FROM b.n`,
        )
      ).length;
    expect(await countsAdrift()).toBe(0);
    const created = await agency.post<ScenarioView>('/api/scenarios', {
      title: '无人机航拍测绘',
      domain: '城市治理',
      // A pasted key: a Latin run far longer than any search (which the postings leave out).
      description: `面向一线单位的应用需求，详见附件材料。密钥${pastedKey(1000)}`,
      deadline: inDays(60),
    });
    const id = created.body.id;
    ids.set('无人机航拍测绘', id);
    ids.set('无人机倾斜摄影测绘', id);
    // A draft is nobody's search hit.
    expect(await titles('航拍')).toEqual([]);
    expect(await postings(id)).toBe(0);
    expect({ status: created.status, body: created.status === 201 ? null : created.body }).toEqual({ status: 201, body: null });
    await agency.post(`/api/scenarios/${id}/submit`);
    expect((await organiser.post<ScenarioView>(`/api/scenarios/${id}/publish`)).body.status).toBe('published');
    expect(await titles('航拍')).toEqual(['无人机航拍测绘']);
    // Several terms nobody holds yet: their posting counts (kept per version) say no hits.
    expect(await titles('倾斜摄影')).toEqual([]);
    expect(await postings(id)).toBeGreaterThan(0);
    expect(await countsAdrift()).toBe(0);

    // Edited after publication: found by its new words only, ranked by its new title.
    const edited = await agency.patch<ScenarioView>(`/api/scenarios/${id}`, { title: '无人机倾斜摄影测绘' });
    expect(edited.status).toBe(200);
    expect(await titles('航拍')).toEqual([]);
    expect(await titles('倾斜摄影')).toEqual(['无人机倾斜摄影测绘']);
    const page = (await t.client.get<ScenarioPage>(`/api/scenarios?q=${encodeURIComponent('倾斜摄影')}&facets=true`)).body;
    expect(page.facets?.domains).toEqual([expect.objectContaining({ name: '城市治理', count: 1 })]);
    expect(await countsAdrift()).toBe(0);

    // Moved to another domain: counted there, by one term and by several.
    expect((await agency.patch<ScenarioView>(`/api/scenarios/${id}`, { domain: '智慧医疗' })).status).toBe(200);
    for (const q of ['倾斜摄影', '摄影']) {
      const moved = (await t.client.get<ScenarioPage>(`/api/scenarios?q=${encodeURIComponent(q)}&facets=true`)).body;
      expect(moved.facets?.domains.find((d) => d.name === '城市治理')?.count ?? 0).toBe(0);
      expect(moved.facets?.domains).toContainEqual(expect.objectContaining({ name: '智慧医疗' }));
    }
    expect(await countsAdrift()).toBe(0);

    // Cancelled: out of every public search, its postings gone.
    expect((await organiser.post(`/api/scenarios/${id}/cancel`, { reason: '需求已由其他项目覆盖' })).status).toBe(200);
    expect(await titles('倾斜摄影')).toEqual([]);
    expect(await postings(id)).toBe(0);
    expect(await countsAdrift()).toBe(0);
  });

  describe('the capability list', () => {
    type ProductPage = Page<ProductView>;
    const product = (name: string, description: string) => ({
      name,
      description,
      capabilities: ['计算机视觉'],
      domains: ['文化旅游'],
      maturity: 'pilot',
      deploymentModes: ['private-cloud'],
    });
    const names = async (q: string) => (await t.client.get<ProductPage>(`/api/products?q=${encodeURIComponent(q)}&pageSize=100`)).body.items.map((p) => p.name);

    beforeAll(async () => {
      for (const [name, description] of [
        ['ＡＩ导游讲解机器人', '景区多语种讲解，支持多种语言切换。'],
        ['景区票务核验闸机', '基于AI的人脸核验，支持导游团队通道。'],
        ['邮件email智能归档', '按detail字段归类邮件，自动建档。'],
        ['12345工单质检助手', '热线录音转写与质检，自动生成报告。'],
      ]) {
        const created = await enterprise.post<ProductView>('/api/products', product(name, description));
        expect(created.status).toBe(201);
        await enterprise.post(`/api/products/${created.body.id}/submit`);
        expect((await organiser.post<ProductView>(`/api/products/${created.body.id}/list`)).body.status).toBe('listed');
      }
    });

    it('finds AI, 导游 and 12345 in names before descriptions, and not "email"', async () => {
      for (const q of ['AI', 'ai', 'ＡＩ', '导游']) {
        const found = await names(q);
        expect(found).toContain('ＡＩ导游讲解机器人');
        expect(found).toContain('景区票务核验闸机');
        expect(found.indexOf('ＡＩ导游讲解机器人')).toBeLessThan(found.indexOf('景区票务核验闸机'));
        expect(found).not.toContain('邮件email智能归档');
        // Every name hit comes before every description-only hit.
        const inName = found.map((name) => searchTerms(name).some((term) => searchQuery(q).terms.includes(term)));
        expect(inName.indexOf(false) === -1 || inName.lastIndexOf(true) < inName.indexOf(false)).toBe(true);
      }
      expect(await names('12345')).toContain('12345工单质检助手');
      expect(await names('量子火锅')).toEqual([]);
    });
  });
});
