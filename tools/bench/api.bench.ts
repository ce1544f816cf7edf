/**
 * The hot read endpoints at district scale, 50 concurrent connections from a separate process:
 * scenario search, the scenario page, and an enterprise's recommendations (signed in).
 * Data: 10,000 published scenarios (the search benchmark's corpus), 300 further companies and
 * about 300,000 kept matches, the demo company matching one scenario in five.
 * `npm run bench -- api` (BENCH_SECONDS per endpoint, default 10; BENCH_SCENARIOS, default 10,000).
 */
import { DEMO_PASSWORD, DEMO_USERS, testConfig, testQueuePrefix } from '@scenematch/server-testing';
import { Client } from 'pg';
import { benchDatabase, dropBenchData, startApi } from './bench-env';
import { emit, loadTestFromProcess, LoadResult, runBench } from './bench-kit';
import { DISTINCT_SEARCH_PATHS, rng, SEARCH_PATHS, seedCorpus } from './scenario-corpus';

const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? 10_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const COMPANIES = 300;

const REASONS = [
  ['能力匹配：计算机视觉', '领域相符：智慧医疗', '已上架产品 2 款'],
  ['能力匹配：自然语言处理、大模型', '同类场景已有落地案例'],
  ['领域相符：城市治理', '能力匹配：视频分析'],
];

/** Matches as the worker keeps them: each company scores a share of the open scenarios. */
async function seedMatches(url: string): Promise<{ demoMatches: number; total: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO organisations (type, name, verified)
       SELECT 'enterprise', 'AI企业' || g, g % 3 = 0 FROM generate_series(1, $1) g ON CONFLICT DO NOTHING`,
      [COMPANIES],
    );
    const demo = (await client.query<{ id: string }>(`SELECT organisation_id AS id FROM users WHERE email = $1`, [DEMO_USERS.enterprise])).rows[0].id;
    await client.query('TRUNCATE match_results');
    // The demo company: one open scenario in five, scores spread over 1–100.
    await client.query(
      `INSERT INTO match_results (scenario_id, organisation_id, score, reasons)
       SELECT s.id, $1, 1 + abs(hashtext(s.id::text)) % 100, $2::text[]
         FROM scenarios s WHERE s.status = 'published' AND abs(hashtext(s.id::text || 'demo')) % 5 = 0`,
      [demo, REASONS[0]],
    );
    // Every other company: one in ten.
    const random = rng(7);
    for (const reasons of REASONS) {
      await client.query(
        `INSERT INTO match_results (scenario_id, organisation_id, score, reasons)
         SELECT s.id, o.id, 1 + abs(hashtext(s.id::text || o.id::text)) % 100, $1::text[]
           FROM scenarios s CROSS JOIN organisations o
          WHERE s.status = 'published' AND o.type = 'enterprise' AND o.id <> $2
            AND abs(hashtext(s.id::text || o.id::text)) % 30 = $3
         ON CONFLICT DO NOTHING`,
        [reasons, demo, Math.floor(random() * 30)],
      );
    }
    await client.query('ANALYZE match_results');
    const counts = await client.query<{ demo: string; total: string }>(
      `SELECT count(*) FILTER (WHERE organisation_id = $1) AS demo, count(*) AS total FROM match_results`,
      [demo],
    );
    return { demoMatches: Number(counts.rows[0].demo), total: Number(counts.rows[0].total) };
  } finally {
    await client.end();
  }
}

function report(name: string, result: LoadResult): void {
  emit('api', `${name}_throughput_c50`, result.perSecond, 'req/s');
  emit('api', `${name}_p50_c50`, result.p50, 'ms');
  emit('api', `${name}_p97.5_c50`, result.p975, 'ms');
  emit('api', `${name}_errors`, result.errors, 'requests');
}

async function main(): Promise<void> {
  const database = await benchDatabase('bench_api');
  await seedCorpus(database.url, SCENARIOS);
  const matches = await seedMatches(database.url);
  const config = testConfig(database.url, testQueuePrefix('bench_api'), { DATABASE_POOL_SIZE: '20' });
  const { app, base } = await startApi(config);
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_USERS.enterprise, password: DEMO_PASSWORD }),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };

    const ids = await database.query<{ id: string }>(`SELECT id FROM scenarios WHERE status = 'published' ORDER BY md5(id::text) LIMIT 1000`);
    const pages = ids.rows.map((r) => `/api/scenarios/${r.id}`);
    const recommendations = [
      '/api/me/recommendations',
      '/api/me/recommendations?page=2',
      '/api/me/recommendations?pageSize=50',
      '/api/me/recommendations?domain=' + encodeURIComponent('智慧医疗'),
      '/api/me/recommendations?minScore=60',
      '/api/me/recommendations?page=10',
    ];
    const auth = { authorization: `Bearer ${accessToken}` };

    emit('api', 'corpus', SCENARIOS, 'scenarios');
    emit('api', 'matches', matches.total, 'pairs');
    emit('api', 'demo_company_matches', matches.demoMatches, 'pairs');
    // /api/health (one PostgreSQL and one Redis ping) is the yardstick measured in the same run:
    // each endpoint's throughput relative to it compares across runs on a machine whose load varies.
    let health = 0;
    for (const [name, paths, headers] of [
      // The floor: what the stack costs without any query, for ratios that hold across machines.
      ['health', ['/api/health'], undefined],
      ['search', SEARCH_PATHS, undefined],
      // Nearly every request a query not seen before (cache misses): the index has to answer.
      ['search_distinct', DISTINCT_SEARCH_PATHS(), undefined],
      ['scenario_page', pages, undefined],
      ['recommendations', recommendations, auth],
    ] as const) {
      // Warm the pool, the plan cache and the result caches first, as a running service has them.
      await loadTestFromProcess({ base, paths: [...paths], headers, seconds: 2, concurrency: 10 });
      const result = await loadTestFromProcess({ base, paths: [...paths], headers, seconds: SECONDS, concurrency: 50 });
      report(name, result);
      if (name === 'health') health = result.perSecond;
      else if (health > 0) emit('api', `${name}_throughput_vs_health`, Math.round((result.perSecond / health) * 1000) / 1000, 'ratio');
    }
  } finally {
    await app.close();
    await dropBenchData(database, config);
  }
}

runBench(main);
