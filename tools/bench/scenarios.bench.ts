/**
 * Scenario search at district scale: 10,000 published scenarios, 50 concurrent connections,
 * a mix of Chinese two-character searches, filters and pages over real HTTP.
 */
import { createTestDatabase, dropQueueKeys, prepareTemplateDatabase, testConfig, testQueuePrefix } from '@scenematch/server-testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../apps/api/src/app/create-app';
import { emit, loadTestFromProcess } from './bench-kit';
import { seedCorpus, Taxonomy } from './scenario-corpus';

const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? 10_000);

async function main(): Promise<void> {
  await prepareTemplateDatabase();
  const database = await createTestDatabase('bench_search');
  await seedCorpus(database.url, SCENARIOS);
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
