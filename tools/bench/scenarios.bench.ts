/**
 * Scenario search at district scale over real HTTP: BENCH_SCENARIOS published scenarios (100,000
 * unless told), all figures from one run so that they compare on a shared machine:
 *
 * - `/api/health` at saturation (50 connections, closed loop): the reference for everything else;
 * - the cached path: a mix of Chinese two-character searches, filters and pages, repeated, so that
 *   the result cache answers (saturation, and its ratio to /api/health);
 * - distinct queries, each asked once (cache misses), with the domain counts as the portal asks:
 *   their saturation throughput (closed loop), and latency under a steady open-loop arrival rate
 *   (BENCH_RATE, 200 per second unless told) — the figure that says whether searches nobody asked
 *   before stay fast.
 */
import { testConfig, testQueuePrefix } from '@scenematch/server-testing';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { benchDatabase, dropBenchData, startApi } from './bench-env';
import { emit, loadTestFromProcess, runBench } from './bench-kit';
import { DISTINCT_SEARCH_PATHS, rng, SEARCH_PATHS, seedCorpus } from './scenario-corpus';

const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? 100_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const RATE = Number(process.env['BENCH_RATE'] ?? 200);
/**
 * Distinct queries asked before measuring (none of them is asked again): as a running API has
 * served searches before, each pool connection has planned the search statements the five times
 * PostgreSQL takes before it keeps a generic plan (20 connections × 3 list orders of a one-term
 * search, ~5,988 distinct queries in all, 2,000 of them for the open loop).
 */
const WARM_QUERIES = Number(process.env['BENCH_WARM_QUERIES'] ?? 600);

/** The distinct queries in a fixed shuffled order, so that each slice holds the same mix. */
function shuffledDistinctPaths(): string[] {
  const paths = DISTINCT_SEARCH_PATHS({ pages: 4, facets: true });
  const random = rng(7);
  for (let i = paths.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [paths[i], paths[j]] = [paths[j], paths[i]];
  }
  return paths;
}

/**
 * How the API's prepared statements were planned so far, over every connection of its pool: runs
 * with a generic plan (planned once per connection) and runs planned for their values (PostgreSQL
 * plans a statement five times per connection before it may keep a generic plan), for the
 * search statements (termSearchSql, the posting-count lookup, the cache's version read).
 */
async function planCounts(app: Awaited<ReturnType<typeof startApi>>['app']): Promise<{ generic: number; custom: number }> {
  const pool = (app.get(DataSource).driver as PostgresDriver).master as Pool;
  const clients: PoolClient[] = [];
  try {
    while (clients.length < pool.totalCount) clients.push(await pool.connect());
    let generic = 0;
    let custom = 0;
    for (const client of clients) {
      const { rows } = await client.query<{ generic: string; custom: string }>(
        `SELECT sum(generic_plans) AS generic, sum(custom_plans) AS custom FROM pg_prepared_statements
          WHERE statement LIKE '%scenario_search_term%' OR statement LIKE '%data_versions%'`,
      );
      generic += Number(rows[0].generic ?? 0);
      custom += Number(rows[0].custom ?? 0);
    }
    return { generic, custom };
  } finally {
    for (const client of clients) client.release();
  }
}

async function main(): Promise<void> {
  const database = await benchDatabase('bench_search');
  await seedCorpus(database.url, SCENARIOS);
  const config = testConfig(database.url, testQueuePrefix('bench'), { DATABASE_POOL_SIZE: '20' });
  const { app, base } = await startApi(config);
  const cached = [...SEARCH_PATHS];
  const distinct = shuffledDistinctPaths();
  // Slices that never overlap: no distinct query is asked twice in the whole run, so every
  // measured one is a cache miss; the warm-up's own distinct queries only warm the plans.
  const warmSlice = distinct.slice(0, WARM_QUERIES);
  const openSlice = distinct.slice(WARM_QUERIES, WARM_QUERIES + Math.ceil(RATE * SECONDS));
  const closedSlice = distinct.slice(WARM_QUERIES + openSlice.length);
  try {
    emit('scenario_search', 'corpus', SCENARIOS, 'scenarios');
    emit('scenario_search', 'warm_up_distinct_queries', warmSlice.length, 'queries (disjoint from the measured ones)');
    // Warm the pool, the plans and the pages read; the cached path fills its cache.
    await loadTestFromProcess({ base, paths: ['/api/health'], seconds: 2, concurrency: 10 });
    await loadTestFromProcess({ base, paths: cached, seconds: 2, concurrency: 10 });
    await loadTestFromProcess({ base, paths: warmSlice, seconds: 15, concurrency: 10, once: true });

    const health = await loadTestFromProcess({ base, paths: ['/api/health'], seconds: SECONDS, concurrency: 50 });
    emit('scenario_search', 'health_throughput_c50', health.perSecond, 'req/s');
    emit('scenario_search', 'health_p97.5_c50', health.p975, 'ms');

    const hit = await loadTestFromProcess({ base, paths: cached, seconds: SECONDS, concurrency: 50 });
    emit('scenario_search', 'throughput_c50', hit.perSecond, 'req/s');
    emit('scenario_search', 'p50_c50', hit.p50, 'ms');
    emit('scenario_search', 'p97.5_c50', hit.p975, 'ms');
    emit('scenario_search', 'cached_to_health', hit.perSecond / health.perSecond, 'ratio');
    emit('scenario_search', 'errors', hit.errors, 'requests');

    // Distinct queries at a steady arrival rate (open loop): the latency a user sees.
    const plansBefore = await planCounts(app);
    const open = await loadTestFromProcess({ base, paths: openSlice, seconds: SECONDS, concurrency: 0, rate: RATE, once: true });
    const plansAfter = await planCounts(app);
    const generic = plansAfter.generic - plansBefore.generic;
    const planned = generic + plansAfter.custom - plansBefore.custom;
    emit('scenario_search', 'distinct_open_generic_plan_share', planned ? generic / planned : 0, 'of search statement runs');
    emit('scenario_search', 'distinct_open_rate', RATE, 'req/s offered');
    emit('scenario_search', 'distinct_open_requests', open.requests, 'queries');
    emit('scenario_search', 'distinct_open_p50', open.p50, 'ms');
    emit('scenario_search', 'distinct_open_p97.5', open.p975, 'ms');
    emit('scenario_search', 'distinct_open_max', open.max ?? 0, 'ms');
    emit('scenario_search', 'distinct_open_errors', open.errors, 'requests');

    // Distinct queries at saturation (closed loop), for the throughput beside the cached path's.
    const cold = await loadTestFromProcess({ base, paths: closedSlice, seconds: SECONDS, concurrency: 50, once: true });
    emit('scenario_search', 'distinct_queries', cold.requests, 'queries');
    emit('scenario_search', 'uncached_throughput_c50', cold.perSecond, 'req/s');
    emit('scenario_search', 'uncached_p97.5_c50', cold.p975, 'ms');
    emit('scenario_search', 'uncached_to_health', cold.perSecond / health.perSecond, 'ratio');
    emit('scenario_search', 'uncached_errors', cold.errors, 'requests');
  } finally {
    await app.close();
    await dropBenchData(database, config);
  }
}

runBench(main);
