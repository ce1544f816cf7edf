/**
 * Scenario search at district scale: 10,000 published scenarios, 50 concurrent connections,
 * a mix of Chinese two-character searches, filters and pages over real HTTP.
 */
import { searchTokens } from '@scenematch/contracts';
import { createTestDatabase, dropQueueKeys, prepareTemplateDatabase, testConfig, testQueuePrefix } from '@scenematch/server-testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../../apps/api/src/app/create-app';
import { emit, loadTestFromProcess } from './bench-kit';

const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? 10_000);

interface Taxonomy {
  domains: Array<{ code: string; name: string; vocabulary?: string[] }>;
}

/** Deterministic pseudo-random numbers, so every run searches the same corpus. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

async function seedCorpus(url: string): Promise<void> {
  const taxonomy = JSON.parse(readFileSync(join(__dirname, '../../seeds/data/taxonomy.json'), 'utf8')) as Taxonomy;
  const client = new Client({ connectionString: url });
  await client.connect();
  const random = rng(42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const units = Array.from({ length: 300 }, (_, i) => `第${i + 1}区${pick(['卫生健康局', '城管局', '教育局', '交通运输局', '工信局', '住建局', '文旅局', '应急管理局'])}`);
  await client.query(`INSERT INTO organisations (type, name) SELECT 'agency', unnest($1::text[]) ON CONFLICT DO NOTHING`, [units]);
  const unitIds = new Map((await client.query<{ id: string; name: string }>(`SELECT id, name FROM organisations WHERE type = 'agency'`)).rows.map((r) => [r.name, r.id]));
  const batch = (await client.query<{ id: string }>(`SELECT id FROM scenario_batches WHERE number = 1`)).rows[0].id;
  const actions = ['智能识别', '辅助决策', '自动巡查', '风险预警', '智能问答', '精准调度', '影像分析', '数字孪生建模', '无人化作业', '质量检测'];
  for (let start = 0; start < SCENARIOS; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, SCENARIOS - start) }, (_, i) => {
      const domain = pick(taxonomy.domains);
      const vocabulary = domain.vocabulary?.length ? domain.vocabulary : [domain.name];
      const title = `${pick(vocabulary)}${pick(actions)}${start + i}`;
      const unit = pick(units);
      const description = `围绕${pick(vocabulary)}和${pick(vocabulary)}，建设${pick(actions)}能力，解决${pick(vocabulary)}效率低、${pick(vocabulary)}覆盖不足等问题。`;
      const text = [title, domain.name, unit, description].join('\n').toLowerCase();
      return { title, domain: domain.code, unit: unitIds.get(unit), description, text, tokens: searchTokens(text) };
    });
    await client.query(
      `INSERT INTO scenarios (batch_id, title, domain_code, agency_id, description, status, source, published_at, search_text, search_tokens)
       SELECT $1, t.title, t.domain, t.unit::uuid, t.description, 'published', 'import', now() - (random() * interval '300 days'), t.text,
              ARRAY(SELECT json_array_elements_text(t.tokens))
         FROM json_to_recordset($2::json) AS t(title text, domain text, unit text, description text, text text, tokens json)`,
      [batch, JSON.stringify(rows)],
    );
  }
  await client.query('ANALYZE scenarios');
  await client.end();
}

async function main(): Promise<void> {
  await prepareTemplateDatabase();
  const database = await createTestDatabase('bench_search');
  await seedCorpus(database.url);
  const config = testConfig(database.url, testQueuePrefix('bench'), { DATABASE_POOL_SIZE: '20' });
  const app = await createApp(config, { servePortal: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const queries = [
    '?q=' + encodeURIComponent('影像'),
    '?q=' + encodeURIComponent('巡查'),
    '?q=' + encodeURIComponent('风险预警') + '&sort=newest',
    '?q=' + encodeURIComponent('量子火锅'),
    '?domain=' + encodeURIComponent('智慧医疗') + '&page=3',
    '?page=20&pageSize=20',
    '?q=' + encodeURIComponent('卫生') + '&facets=true',
    '?q=' + encodeURIComponent('数字孪生') + '&domain=' + encodeURIComponent('城市治理'),
  ];
  const paths = queries.map((q) => `/api/scenarios${q}`);
  try {
    // Warm the pool and the plan cache first.
    await loadTestFromProcess({ base: url, paths, seconds: 2, concurrency: 10 });
    const result = await loadTestFromProcess({ base: url, paths, seconds: Number(process.env['BENCH_SECONDS'] ?? 15), concurrency: 50 });
    emit('scenario_search', 'corpus', SCENARIOS, 'scenarios');
    emit('scenario_search', 'throughput_c50', result.perSecond, 'req/s');
    emit('scenario_search', 'p50_c50', result.p50, 'ms');
    emit('scenario_search', 'p97.5_c50', result.p975, 'ms');
    emit('scenario_search', 'errors', result.errors, 'requests');

    // The same load where nearly every request is a query not seen before (cache misses):
    // every vocabulary word of every domain, on several pages and sorts.
    const taxonomy = JSON.parse(readFileSync(join(__dirname, '../../seeds/data/taxonomy.json'), 'utf8')) as Taxonomy;
    const words = [...new Set(taxonomy.domains.flatMap((d) => d.vocabulary ?? []))];
    const fresh = words.flatMap((w) => ['relevance', 'newest', 'deadline'].flatMap((sort) => [1, 2].map((page) => `/api/scenarios?q=${encodeURIComponent(w)}&sort=${sort}&page=${page}`)));
    const cold = await loadTestFromProcess({ base: url, paths: fresh, seconds: Math.min(Number(process.env['BENCH_SECONDS'] ?? 15), 10), concurrency: 50 });
    emit('scenario_search', 'distinct_queries', Math.min(fresh.length, cold.requests), 'queries');
    emit('scenario_search', 'uncached_throughput_c50', cold.perSecond, 'req/s');
    emit('scenario_search', 'uncached_p97.5_c50', cold.p975, 'ms');
  } finally {
    await app.close();
    if (process.env['BENCH_KEEP']) console.error(`kept database ${database.name}`);
    else await database.drop();
    await dropQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
