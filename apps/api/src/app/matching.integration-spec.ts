import { INestApplicationContext } from '@nestjs/common';
import { Page, RebuildView, ScenarioView } from '@scenematch/contracts';
import { MatchingJobsModule } from '@scenematch/server-matching';
import { TaxonomyModule } from '@scenematch/server-taxonomy';
import { TestClient, waitFor } from '@scenematch/server-testing';
import { startTestApp, TestApp } from '../testing/test-app';
import { startTestWorker } from '../testing/test-worker';

interface Recommendation {
  scenario: { id: string; title: string };
  score: number;
  reasons: string[];
}
interface MatchRow {
  enterprise: { id: string; name: string };
  score: number;
  reasons: string[];
}

describe('matching: recommendations and matches kept by the worker', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let organiser: TestClient;
  let agency: TestClient;
  let enterprise: TestClient;
  let otherAgency: TestClient;

  beforeAll(async () => {
    t = await startTestApp('matching');
    // The worker's matching side on the same database and queue prefix, as `npm start` runs it.
    worker = await startTestWorker(t, TaxonomyModule, MatchingJobsModule);
    [organiser, agency, enterprise] = await Promise.all([t.client.asDemo('organiser'), t.client.asDemo('agency'), t.client.asDemo('enterprise')]);
    otherAgency = await t.newUser('agency', '市城管和综合执法局');
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('scores the seeded first list on the first start (the bootstrap rebuild)', async () => {
    const rebuilds = await organiser.get<RebuildView[]>('/api/matching/rebuilds');
    const done = await waitFor(async () => {
      const r = await organiser.get<RebuildView>(`/api/matching/rebuilds/${rebuilds.body[0].id}`);
      return r.body.status === 'completed' ? r.body : undefined;
    }, 'the bootstrap rebuild', 30_000);
    expect(done.scenarios).toBeGreaterThanOrEqual(25);
    expect(done.shardsDone).toBe(done.shards);
    const recommendations = await enterprise.get<Page<Recommendation>>('/api/me/recommendations?pageSize=50');
    const titles = recommendations.body.items.map((r) => r.scenario.title);
    expect(titles).toContain('医学影像辅助诊断');
    const imaging = recommendations.body.items.find((r) => r.scenario.title === '医学影像辅助诊断') as Recommendation;
    expect(imaging.score).toBeGreaterThan(0);
    expect(imaging.reasons.length).toBeGreaterThan(0);
  }, 40_000);

  it('puts a newly published scenario into a fitting company’s recommendations within seconds, with reasons', async () => {
    const created = await agency.post<ScenarioView>('/api/scenarios', {
      title: '病理切片智能辅助诊断',
      domain: '智慧医疗',
      description: '利用计算机视觉对数字病理切片进行癌细胞识别和分级，辅助病理医生阅片，生成结构化报告。',
      capabilities: ['计算机视觉'],
    });
    await agency.post(`/api/scenarios/${created.body.id}/submit`);
    const started = Date.now();
    await organiser.post(`/api/scenarios/${created.body.id}/publish`);
    const found = await waitFor(async () => {
      const r = await enterprise.get<Page<Recommendation>>('/api/me/recommendations?pageSize=100');
      return r.body.items.find((x) => x.scenario.id === created.body.id);
    }, 'the new scenario among the recommendations', 10_000, 25);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(5_000);
    expect(found.reasons.join(' ')).toMatch(/计算机视觉|病理|影像/);

    const matches = await agency.get<Page<MatchRow>>(`/api/scenarios/${created.body.id}/matches`);
    expect(matches.status).toBe(200);
    expect(matches.body.items[0].enterprise.name).toBe('深圳鹏知医疗智能科技有限公司');
    const explained = await agency.get<{ score: number; reasons: string[]; whyNot: string[] }>(
      `/api/scenarios/${created.body.id}/matches/${matches.body.items[0].enterprise.id}`,
    );
    expect(explained.body.score).toBe(matches.body.items[0].score);

    // Closing it takes it out of the recommendations.
    await organiser.post(`/api/scenarios/${created.body.id}/close`);
    await waitFor(async () => {
      const r = await enterprise.get<Page<Recommendation>>('/api/me/recommendations?pageSize=100');
      return !r.body.items.some((x) => x.scenario.id === created.body.id);
    }, 'the closed scenario to leave the recommendations');
  }, 30_000);

  it('explains from the worker’s corpus statistics, says where the capabilities come from, and a rebuild recomputes them', async () => {
    const corpus = async () =>
      (await t.database.query<{ documents: number; at: string }>(`SELECT (body->>'documents')::int AS documents, loaded_at::text AS at FROM taxonomy_documents WHERE name = 'matching-corpus'`)).rows;
    const [before] = await corpus();
    // Every seeded company and open scenario is a document of the platform's own corpus.
    expect(before.documents).toBeGreaterThanOrEqual(25 + 30);

    const recommendations = await enterprise.get<Page<Recommendation>>('/api/me/recommendations?pageSize=50');
    const imaging = recommendations.body.items.find((r) => r.scenario.title === '医学影像辅助诊断') as Recommendation;
    const matches = await organiser.get<Page<MatchRow>>(`/api/scenarios/${imaging.scenario.id}/matches`);
    const top = matches.body.items[0];
    expect(top.score).toBeGreaterThanOrEqual(80);
    const explained = await organiser.get<{ score: number; reasons: string[]; capabilitySource: string; components: { capability: number | null } }>(
      `/api/scenarios/${imaging.scenario.id}/matches/${top.enterprise.id}`,
    );
    // The list row names no capability: the engine inferred them from the title, and says so.
    expect(explained.body.capabilitySource).toBe('inferred');
    expect(explained.body.reasons.join(' ')).toContain('根据标题推断');
    expect(explained.body.score).toBe(top.score);

    const rebuild = await organiser.post<RebuildView>('/api/matching/rebuilds');
    await waitFor(async () => {
      const r = await organiser.get<RebuildView>(`/api/matching/rebuilds/${rebuild.body.id}`);
      return r.body.status === 'completed' ? r.body : undefined;
    }, 'the requested rebuild', 30_000);
    const [after] = await corpus();
    expect(after.at).not.toBe(before.at);
  }, 60_000);

  it('gives the reasons and why-not lines in English with Accept-Language: en, in Chinese without it', async () => {
    const english = { 'accept-language': 'en' };
    const han = /\p{Script=Han}/u;
    const imagingZh = await waitFor(async () => {
      const zh = await enterprise.get<Page<Recommendation>>('/api/me/recommendations?pageSize=50');
      return zh.body.items.find((r) => r.scenario.title === '医学影像辅助诊断');
    }, 'the scored first list', 30_000);
    const en = await enterprise.request<Page<Recommendation>>('GET', '/api/me/recommendations?pageSize=50', undefined, english);
    const imagingEn = en.body.items.find((r) => r.scenario.id === imagingZh.scenario.id) as Recommendation;
    // The same reasons, the same score and order: only the words change (the title is data, as entered).
    expect(imagingEn.scenario.title).toBe('医学影像辅助诊断');
    expect(imagingEn.score).toBe(imagingZh.score);
    expect(imagingZh.reasons.every((r) => han.test(r))).toBe(true);
    expect(imagingEn.reasons).toHaveLength(imagingZh.reasons.length);
    expect(imagingEn.reasons.join(' | ')).toMatch(/^Capability match( \(inferred from the title\))?: /);
    // Each English reason is the Chinese one's template in English: what is left Chinese is a data part of it.
    imagingEn.reasons.forEach((reason, i) => {
      expect(reason).not.toBe(imagingZh.reasons[i]);
      for (const data of reason.match(/\p{Script=Han}+/gu) ?? []) expect(imagingZh.reasons[i]).toContain(data);
    });

    const matches = await organiser.request<Page<MatchRow>>('GET', `/api/scenarios/${imagingZh.scenario.id}/matches`, undefined, english);
    expect(matches.body.items[0].reasons[0]).toMatch(/^Capability match/);
    // Why a company without the capability does not match: why-not lines in English too.
    const me = (await enterprise.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
    const unrelated = await t.database.query<{ id: string }>(
      `SELECT id FROM organisations WHERE type = 'enterprise' AND id <> $1 AND id NOT IN (SELECT organisation_id FROM match_results WHERE scenario_id = $2 AND score >= 50) ORDER BY name LIMIT 1`,
      [me, imagingZh.scenario.id],
    );
    const path = `/api/scenarios/${imagingZh.scenario.id}/matches/${unrelated.rows[0].id}`;
    const whyNotZh = (await organiser.get<{ whyNot: string[] }>(path)).body.whyNot;
    const whyNotEn = (await organiser.request<{ whyNot: string[] }>('GET', path, undefined, english)).body.whyNot;
    expect(whyNotZh.length).toBeGreaterThan(0);
    expect(whyNotZh.every((w) => han.test(w))).toBe(true);
    expect(whyNotEn).toHaveLength(whyNotZh.length);
    whyNotEn.forEach((line, i) => {
      expect(line).toMatch(/[A-Za-z]{3}/);
      for (const data of line.match(/\p{Script=Han}+/gu) ?? []) expect(whyNotZh[i]).toContain(data);
    });
  }, 40_000);

  it('shows matches and recommendations only to the right people', async () => {
    const list = await t.client.get<Page<ScenarioView>>(`/api/scenarios?q=${encodeURIComponent('影像')}`);
    const imaging = list.body.items[0];
    expect((await otherAgency.get(`/api/scenarios/${imaging.id}/matches`)).status).toBe(403);
    expect((await enterprise.get(`/api/scenarios/${imaging.id}/matches`)).status).toBe(403);
    expect((await t.client.get(`/api/scenarios/${imaging.id}/matches`)).status).toBe(401);
    expect((await agency.get('/api/me/recommendations')).status).toBe(403);
    expect((await organiser.get<Page<MatchRow>>(`/api/scenarios/${imaging.id}/matches`)).status).toBe(200);
    // A company may ask why it matches, but not about another company.
    const me = (await enterprise.get<{ organisation: { id: string } }>('/api/me')).body.organisation.id;
    expect((await enterprise.get(`/api/scenarios/${imaging.id}/matches/${me}`)).status).toBe(200);
    const someoneElse = await t.database.query<{ id: string }>(`SELECT id FROM organisations WHERE type = 'enterprise' AND id <> $1 LIMIT 1`, [me]);
    expect((await enterprise.get(`/api/scenarios/${imaging.id}/matches/${someoneElse.rows[0].id}`)).status).toBe(404);
  });
});
