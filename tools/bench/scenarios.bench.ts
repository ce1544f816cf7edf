/**
 * Scenario search at district scale: 10,000 published scenarios, 50 concurrent connections,
 * a mix of Chinese two-character searches, filters and pages over real HTTP.
 */
import { testConfig, testQueuePrefix } from '@scenematch/server-testing';
import { benchDatabase, dropBenchData, startApi } from './bench-env';
import { emit, loadTestFromProcess, readTaxonomy, runBench } from './bench-kit';
import { SEARCH_PATHS, seedCorpus, type Taxonomy } from './scenario-corpus';

const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? 10_000);

async function main(): Promise<void> {
  const database = await benchDatabase('bench_search');
  await seedCorpus(database.url, SCENARIOS);
  const config = testConfig(database.url, testQueuePrefix('bench'), { DATABASE_POOL_SIZE: '20' });
  const { app, base: url } = await startApi(config);
  const paths = [...SEARCH_PATHS];
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
    const taxonomy = readTaxonomy<Taxonomy>();
    const words = [...new Set(taxonomy.domains.flatMap((d) => d.vocabulary ?? []))];
    const fresh = words.flatMap((w) => ['relevance', 'newest', 'deadline'].flatMap((sort) => [1, 2].map((page) => `/api/scenarios?q=${encodeURIComponent(w)}&sort=${sort}&page=${page}`)));
    const cold = await loadTestFromProcess({ base: url, paths: fresh, seconds: Math.min(Number(process.env['BENCH_SECONDS'] ?? 15), 10), concurrency: 50 });
    emit('scenario_search', 'distinct_queries', Math.min(fresh.length, cold.requests), 'queries');
    emit('scenario_search', 'uncached_throughput_c50', cold.perSecond, 'req/s');
    emit('scenario_search', 'uncached_p97.5_c50', cold.p975, 'ms');
  } finally {
    await app.close();
    await dropBenchData(database, config);
  }
}

runBench(main);
