/**
 * Several processes against one PostgreSQL database and one Redis, as production scales out:
 * the API and the worker as real separate processes (their `main.ts`, started like the built ones),
 * first one of each, then two of each.
 *
 * - HTTP: the hot read endpoints (scenario search, a scenario page, an enterprise's
 *   recommendations) and /api/health as the same-run reference, 50 connections from a separate
 *   load client, with 1 API process and then round-robin over 2; throughput, p97.5 and the ratio
 *   2-process/1-process. Both API processes run from the start; "1 process" sends every request to
 *   the first (the second sits idle), and the two are measured back to back per endpoint, so that
 *   the machine's drifting load hits both alike.
 * - Jobs: a batch of probe jobs written to the outbox at once, relayed to BullMQ and processed
 *   (jobs/s from the commit until the outbox is drained), with 1 worker process and then with 2.
 * - Exactly once: every probe records its executions; a probe that ran twice (or never ran) fails
 *   the benchmark (exit 1).
 *
 * Each figure comes with the CPU each process used meanwhile (percent of one core, from /proc)
 * and how busy the whole machine was. On a 2-core machine the load client, PostgreSQL, Redis
 * and the API processes share two cores: a second API process cannot double throughput there,
 * and the ratio says how much of the machine was left, not how far the API scales. Read the
 * `_cpu_machine_busy` figure beside the ratio: near 100 % the machine, not the API, is the limit.
 *
 * `npm run bench -- processes`. Size: BENCH_SCENARIOS (default 5,000), BENCH_SECONDS per
 * measurement (default 5), BENCH_CONCURRENCY (default 50), BENCH_JOBS per worker measurement
 * (default 3,000), BENCH_WORKER_CONCURRENCY (default 8), BENCH_POOL per process (default 10),
 * BENCH_PORT (the first API's port, the second gets the next; default: free ports), BENCH_PARTS
 * (default `http,jobs`; one of them to measure only that).
 */
import { JOB_QUEUE, JobName } from '@scenematch/server-queue';
import { ChildApp, childEnv, dropQueueKeys, freePort, TEST_REDIS_URL, testQueuePrefix, waitFor, type TestDatabase } from '@scenematch/server-testing';
import { Client } from 'pg';
import { hotEndpoints, seedMatches, signInDemoEnterprise } from './api-fixtures';
import { benchDatabase } from './bench-env';
import { emit, loadTestFromProcess, runBench } from './bench-kit';
import { cpuWindow, machineLoad, pidsNamed, type CpuGroups, type CpuWindow } from './proc-cpu';
import { seedCorpus } from './scenario-corpus';

const BENCH = 'processes';
const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? 5_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
const JOBS = Number(process.env['BENCH_JOBS'] ?? 3_000);
const WORKER_CONCURRENCY = process.env['BENCH_WORKER_CONCURRENCY'] ?? '8';
const POOL = process.env['BENCH_POOL'] ?? '10';
const PARTS = (process.env['BENCH_PARTS'] ?? 'http,jobs').split(',');

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

async function ports(): Promise<[number, number]> {
  const first = Number(process.env['BENCH_PORT'] ?? 0);
  return first ? [first, first + 1] : [await freePort(), await freePort()];
}

/** The pids of the PostgreSQL backends serving the benchmark's database (every process's pool). */
async function backends(sql: Client, database: string): Promise<number[]> {
  const rows = await sql.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
  return rows.rows.map((r) => r.pid);
}

/**
 * CPU of each process during a measurement, how busy the machine was, and what the stack (our
 * processes and their PostgreSQL backends) spent per 1,000 requests or jobs: when the machine
 * is saturated, throughput follows the CPU share the stack gets, and the cost per unit tells a
 * process that scales from one that only got a bigger share.
 */
function emitCpu(prefix: string, window: CpuWindow, units: { count: number; name: string }, loadClientSeconds?: number): void {
  for (const [label, percent] of Object.entries(window.perGroup)) emit(BENCH, `${prefix}_cpu_${label}`, percent, '% of a core');
  if (loadClientSeconds !== undefined) emit(BENCH, `${prefix}_cpu_load_client`, (loadClientSeconds / window.seconds) * 100, '% of a core');
  emit(BENCH, `${prefix}_cpu_machine_busy`, window.machineBusy, '% of all cores');
  // Redis serves other clients on a shared machine: its CPU is shown above but not counted here.
  const stack = Object.entries(window.perGroup).filter(([label]) => label !== 'redis_server');
  const stackSeconds = (stack.reduce((sum, [, percent]) => sum + percent, 0) / 100) * window.seconds;
  if (units.count > 0) emit(BENCH, `${prefix}_cpu_stack_per_1000_${units.name}`, (stackSeconds / units.count) * 1000, 'cpu-s');
}

interface Apps {
  apis: ChildApp[];
  workers: ChildApp[];
}

async function http(database: TestDatabase, sql: Client, apps: Apps, bases: string[]): Promise<void> {
  const auth = await signInDemoEnterprise(bases[0]);
  const endpoints = await hotEndpoints(database, auth);
  const health: number[] = [];
  for (const { name, paths, headers } of endpoints) {
    // Warm both processes' pools, plan caches and result caches, as a running service has them.
    await loadTestFromProcess({
      bases,
      paths,
      headers,
      seconds: 2,
      concurrency: 10,
    });
    const perSecond: number[] = [];
    for (const n of [1, 2]) {
      const groups: CpuGroups = {
        ...Object.fromEntries(apps.apis.map((api, i) => [`api${i + 1}`, [api.pid]])),
        postgres: await backends(sql, database.name),
        redis_server: pidsNamed('redis-server'),
      };
      const window = cpuWindow(groups);
      const result = await loadTestFromProcess({
        bases: bases.slice(0, n),
        paths,
        headers,
        seconds: SECONDS,
        concurrency: CONCURRENCY,
      });
      const cpu = window.end({ postgres: await backends(sql, database.name) });
      const at = `${name}_api${n}`;
      emit(BENCH, `${at}_throughput_c${CONCURRENCY}`, result.perSecond, 'req/s');
      emit(BENCH, `${at}_p97.5_c${CONCURRENCY}`, result.p975, 'ms');
      emit(BENCH, `${at}_errors`, result.errors, 'requests');
      if (n === 2 && result.perBase) emit(BENCH, `${at}_share_api2`, result.perBase[1] / Math.max(1, result.requests), 'fraction');
      emitCpu(at, cpu, { count: result.requests, name: 'requests' }, result.cpuSeconds);
      perSecond.push(result.perSecond);
      if (name === 'health') health.push(result.perSecond);
      else if (health[n - 1] > 0) emit(BENCH, `${at}_throughput_vs_health`, round(result.perSecond / health[n - 1]), 'ratio');
    }
    emit(BENCH, `${name}_throughput_ratio_2v1`, round(perSecond[1] / perSecond[0]), 'ratio');
  }
}

async function drained(sql: Client): Promise<void> {
  await waitFor(
    async () => (await sql.query(`SELECT 1 FROM outbox WHERE completed_at IS NULL AND failed_at IS NULL LIMIT 1`)).rowCount === 0,
    'the outbox to drain',
    600_000,
    20,
  );
}

/** Writes `jobs` probe jobs to the outbox in one transaction and waits until the outbox is drained. */
async function jobs(database: TestDatabase, sql: Client, apps: Apps, tag: string, jobs: number): Promise<number> {
  // Whatever the outbox held before (the seeds' own jobs) is done first: only the batch is timed.
  await drained(sql);
  const window = cpuWindow({
    ...Object.fromEntries(apps.workers.map((w, i) => [`worker${i + 1}`, [w.pid]])),
    postgres: await backends(sql, database.name),
    redis_server: pidsNamed('redis-server'),
  });
  const started = performance.now();
  // As OutboxService.publish writes them (one row per job, a notification wakes the relays), at once.
  await sql.query('BEGIN');
  await sql.query(
    `INSERT INTO outbox (queue, job, payload)
     SELECT $1, $2, jsonb_build_object('probeId', $3::text || gen_random_uuid()::text) FROM generate_series(1, $4)`,
    [JOB_QUEUE[JobName.Probe], JobName.Probe, `${tag}-`, jobs],
  );
  await sql.query(`SELECT pg_notify('scenematch_outbox', '')`);
  await sql.query('COMMIT');
  await drained(sql);
  const seconds = (performance.now() - started) / 1000;
  const cpu = window.end({ postgres: await backends(sql, database.name) });
  const at = `jobs_worker${apps.workers.length}`;
  emit(BENCH, `${at}_throughput`, jobs / seconds, 'jobs/s');
  emitCpu(at, cpu, { count: jobs, name: 'jobs' });
  return jobs / seconds;
}

/** Every probe published ran exactly once: distinct effects = executions = jobs published. */
async function exactlyOnce(sql: Client, published: number): Promise<boolean> {
  const probes = (
    await sql.query<{ distinct: string; executions: string }>(
      `SELECT count(*) AS distinct, coalesce(sum(executions), 0) AS executions FROM outbox_probe WHERE probe_id LIKE 'jobs%'`,
    )
  ).rows[0];
  const outbox = (
    await sql.query<{ failed: string; enqueued: string }>(
      `SELECT count(*) FILTER (WHERE failed_at IS NOT NULL) AS failed, coalesce(sum(enqueue_count), 0) AS enqueued
         FROM outbox WHERE job = $1 AND payload->>'probeId' LIKE 'jobs%'`,
      [JobName.Probe],
    )
  ).rows[0];
  const distinct = Number(probes.distinct);
  const duplicates = Number(probes.executions) - distinct;
  emit(BENCH, 'jobs_published', published, 'jobs');
  emit(BENCH, 'jobs_done_distinct', distinct, 'jobs');
  emit(BENCH, 'job_executions', Number(probes.executions), 'executions');
  emit(BENCH, 'duplicates', duplicates, 'jobs');
  emit(BENCH, 'jobs_missing', published - distinct, 'jobs');
  emit(BENCH, 'jobs_failed', Number(outbox.failed), 'jobs');
  // A job enqueued again (its Redis copy seemed lost) must still run once: BullMQ keys it by outbox id.
  emit(BENCH, 'jobs_enqueued_again', Number(outbox.enqueued) - published, 'jobs');
  const ok = duplicates === 0 && distinct === published && Number(outbox.failed) === 0;
  if (Number(outbox.enqueued) !== published) {
    const again = await sql.query(
      `SELECT payload->>'probeId' AS probe, enqueue_count, created_at, enqueued_at, completed_at, last_error FROM outbox WHERE job = $1 AND payload->>'probeId' LIKE 'jobs%' AND enqueue_count <> 1 ORDER BY created_at LIMIT 5`,
      [JobName.Probe],
    );
    console.error('enqueued more than once, e.g.:', again.rows);
  }
  if (!ok) console.error(`exactly-once violated: ${published} published, ${distinct} done, ${duplicates} done again, ${outbox.failed} failed`);
  return ok;
}

async function main(): Promise<void> {
  const database = await benchDatabase('bench_procs');
  const prefix = testQueuePrefix('bench_procs');
  const apps: Apps = { apis: [], workers: [] };
  const sql = new Client({ connectionString: database.url });
  let ok = false;
  try {
    await seedCorpus(database.url, SCENARIOS);
    await seedMatches(database.url);
    await sql.connect();
    const [port1, port2] = await ports();
    const env = (overrides: Record<string, string>) =>
      childEnv(database.url, prefix, {
        DATABASE_POOL_SIZE: POOL,
        ...overrides,
      });
    const start = { timeoutMs: 300_000 };
    const startedAt = performance.now();
    // Started side by side (each compiles its sources on start), as a deployment would start them.
    [apps.apis[0], apps.apis[1], apps.workers[0]] = await Promise.all([
      ChildApp.start('api', env({ PORT: String(port1) }), start),
      ChildApp.start('api', env({ PORT: String(port2) }), start),
      ChildApp.start('worker', env({ WORKER_CONCURRENCY }), start),
    ]);
    emit(BENCH, 'start_seconds', (performance.now() - startedAt) / 1000, 's');
    const load = machineLoad();
    emit(BENCH, 'cores', load.cores, 'cores');
    emit(BENCH, 'load_avg_1m_start', load.load1, 'load');
    emit(BENCH, 'corpus', SCENARIOS, 'scenarios');

    if (PARTS.includes('http')) await http(database, sql, apps, [`http://127.0.0.1:${port1}`, `http://127.0.0.1:${port2}`]);

    ok = true;
    if (PARTS.includes('jobs')) {
      const one = await jobs(database, sql, apps, 'jobs1', JOBS);
      apps.workers.push(await ChildApp.start('worker', env({ WORKER_CONCURRENCY }), start));
      const two = await jobs(database, sql, apps, 'jobs2', JOBS);
      emit(BENCH, 'jobs_throughput_ratio_2v1', round(two / one), 'ratio');
      ok = await exactlyOnce(sql, 2 * JOBS);
      // What the workers said about the outbox (a job thought lost, a relay pass that failed).
      for (const [i, worker] of apps.workers.entries()) {
        const lines = worker.output.split('\n').filter((l) => /outbox|relay|stalled|failed/i.test(l));
        if (lines.length) console.error(`worker${i + 1}: ${lines.length} warnings, e.g.\n${lines.slice(0, 5).join('\n')}`);
      }
    }
    emit(BENCH, 'load_avg_1m_end', machineLoad().load1, 'load');
  } finally {
    // A graceful stop, as a deployment stops them; a process that hangs is killed.
    await Promise.all(
      [...apps.apis, ...apps.workers].map(async (app) => {
        app.signal('SIGTERM');
        await app.waitExit(30_000).catch(() => app.kill());
      }),
    );
    await sql.end().catch(() => undefined);
    if (process.env['BENCH_KEEP']) console.error(`kept database ${database.name}`);
    else await database.drop();
    await dropQueueKeys(TEST_REDIS_URL, prefix);
  }
  if (!ok) process.exit(1);
}

runBench(main);
