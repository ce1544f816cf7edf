/**
 * The hot read endpoints at district scale, 50 concurrent connections from a separate process:
 * scenario search, the scenario page, and an enterprise's recommendations (signed in).
 * Data: 10,000 published scenarios (the search benchmark's corpus), 300 further companies and
 * about 300,000 kept matches, the demo company matching one scenario in five.
 * `npm run bench -- api` (BENCH_SECONDS per endpoint, default 10; BENCH_SCENARIOS, default 10,000).
 */
import { testConfig, testQueuePrefix } from '@scenematch/server-testing';
import { hotEndpoints, seedMatches, signInDemoEnterprise } from './api-fixtures';
import { benchDatabase, dropBenchData, startApi } from './bench-env';
import { emit, loadTestFromProcess, LoadResult, runBench } from './bench-kit';
import { machineLoad } from './proc-cpu';
import { seedCorpus } from './scenario-corpus';

const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? 10_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);

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
    const auth = await signInDemoEnterprise(base);
    const endpoints = await hotEndpoints(database, auth, { distinctSearch: true });

    emit('api', 'corpus', SCENARIOS, 'scenarios');
    emit('api', 'matches', matches.total, 'pairs');
    emit('api', 'demo_company_matches', matches.demoMatches, 'pairs');
    emit('api', 'load_avg_1m', machineLoad().load1, 'load');
    // /api/health (one PostgreSQL and one Redis ping) is the yardstick measured in the same run:
    // each endpoint's throughput relative to it compares across runs on a machine whose load varies.
    let health = 0;
    for (const { name, paths, headers } of endpoints) {
      // Warm the pool, the plan cache and the result caches first, as a running service has them.
      await loadTestFromProcess({ base, paths, headers, seconds: 2, concurrency: 10 });
      const result = await loadTestFromProcess({ base, paths, headers, seconds: SECONDS, concurrency: 50 });
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
