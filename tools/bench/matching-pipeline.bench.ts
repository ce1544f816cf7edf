/**
 * The matching pipeline, database included: BENCH_COMPANIES companies with listed products ×
 * BENCH_SCENARIOS open scenarios (3,000 × 1,003 by default), BENCH_WORKERS worker processes
 * (2 by default) sharing the rebuild's shard jobs on the queue.
 *
 * - `first_rebuild_s`: a rebuild request until every shard is done, on an empty match table
 *   (planning, corpus statistics, floors, scoring, writing every kept pair);
 * - `full_rebuild_s` and `rows_written_unchanged`: the same again with nothing changed (only
 *   differences are written: ~0 rows);
 * - `incremental_p95_ms`: publishing one scenario until it shows in a fitting company's
 *   recommendations, through outbox, BullMQ and a worker;
 * - `worker_peak_rss_mb`: the largest peak resident memory of the worker processes;
 * - `…_worker_cpu_s`: CPU seconds the workers spent on a rebuild (all of them together), which
 *   a loaded machine does not inflate the way it inflates wall-clock seconds.
 *
 * BENCH_DB_PREFIX prefixes the database and queue names (several benchmarks on one server).
 */
import { searchTokens } from '@scenematch/contracts';
import { JOB_QUEUE, JobName, type JobPayloads } from '@scenematch/server-queue';
import { testConfig, testQueuePrefix, waitFor } from '@scenematch/server-testing';
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { benchDatabase, dropBenchData } from './bench-env';
import { emit, readTaxonomy, runBench } from './bench-kit';
import { rng } from './scenario-corpus';

const COMPANIES = Number(process.env['BENCH_COMPANIES'] ?? 3000);
const SCENARIOS = Number(process.env['BENCH_SCENARIOS'] ?? process.env['BENCH_SCENARIOS_OPEN'] ?? 1003);
const WORKERS = Number(process.env['BENCH_WORKERS'] ?? 2);
const PREFIX = process.env['BENCH_DB_PREFIX'] ?? '';

interface Taxonomy {
  domains: Array<{ code: string; name: string; vocabulary?: string[] }>;
  capabilities: Array<{ code: string; name: string; keywords?: string[] }>;
}

async function seed(url: string): Promise<void> {
  const taxonomy = readTaxonomy<Taxonomy>();
  const client = new Client({ connectionString: url });
  await client.connect();
  const random = rng(7);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const some = <T>(list: T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const companies = Array.from({ length: COMPANIES }, (_, i) => {
    const domains = some(taxonomy.domains, 2);
    const caps = some(taxonomy.capabilities, 3);
    const words = domains.flatMap((d) => some(d.vocabulary ?? [d.name], 4));
    const name = `深圳合成第${i + 1}智能科技有限公司`;
    const description = `${name}提供${caps.map((c) => c.name).join('、')}产品，服务${words.join('、')}等场景。`;
    return { name, domains: domains.map((d) => d.code), caps: caps.map((c) => c.code), description, tokens: searchTokens(description) };
  });
  await client.query(
    `WITH o AS (
       INSERT INTO organisations (type, name) SELECT 'enterprise', x.name FROM json_to_recordset($1::json) AS x(name text) RETURNING id, name
     )
     INSERT INTO products (organisation_id, name, description, capability_codes, domain_codes, maturity, deployment_modes, status, listed_at, search_text, search_tokens)
     SELECT o.id, x.name || '产品', x.description, ARRAY(SELECT json_array_elements_text(x.caps)), ARRAY(SELECT json_array_elements_text(x.domains)),
            'pilot', '{on-premise}', 'listed', now(), x.description, ARRAY(SELECT json_array_elements_text(x.tokens))
       FROM json_to_recordset($1::json) AS x(name text, description text, caps json, domains json, tokens json) JOIN o ON o.name = x.name`,
    [JSON.stringify(companies)],
  );
  const agency = (await client.query<{ id: string }>(`SELECT id FROM organisations WHERE type = 'agency' LIMIT 1`)).rows[0].id;
  const scenarios = Array.from({ length: SCENARIOS }, (_, i) => {
    const domain = pick(taxonomy.domains);
    const words = some(domain.vocabulary ?? [domain.name], 3);
    const title = `${words.join('')}智能化${i}`;
    const description = `围绕${words.join('、')}，需要${pick(taxonomy.capabilities).name}能力。`;
    return { title, domain: domain.code, description, text: `${title}\n${description}`.toLowerCase() };
  });
  await client.query(
    `INSERT INTO scenarios (title, domain_code, agency_id, description, status, source, published_at, search_text, search_tokens)
     SELECT x.title, x.domain, $2, x.description, 'published', 'import', now(), x.text, '{}' FROM json_to_recordset($1::json) AS x(title text, domain text, description text, text text)`,
    [JSON.stringify(scenarios), agency],
  );
  await client.query(`DELETE FROM outbox`);
  await client.query(`DELETE FROM matching_rebuilds`);
  // Planner statistics for the fresh rows (the workers' catalogue queries need them at this size).
  await client.query(`ANALYZE`);
  await client.end();
}

/** Queues a job the way OutboxService.publish does (the relays of the workers deliver it). */
async function publish<J extends JobName>(sql: Client, job: J, payload: JobPayloads[J]): Promise<void> {
  const rows = await sql.query<{ id: string }>(`INSERT INTO outbox (queue, job, payload, available_at) VALUES ($1, $2, $3, now()) RETURNING id`, [JOB_QUEUE[job], job, JSON.stringify(payload)]);
  await sql.query(`SELECT pg_notify('scenematch_outbox', $1)`, [rows.rows[0].id]);
}

function startWorkerProcess(url: string, queuePrefix: string): Promise<ChildProcess> {
  const child = fork(join(__dirname, 'matching-worker.ts'), [], {
    execArgv: ['-r', join(__dirname, 'register.cjs'), ...(process.env['BENCH_WORKER_NODE_ARGS'] ?? '').split(' ').filter(Boolean)],
    env: { ...process.env, BENCH_DATABASE_URL: url, BENCH_QUEUE_PREFIX: queuePrefix, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

function stopWorkerProcess(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('message', (m: { peakRssMb?: number }) => {
      if (m.peakRssMb !== undefined) resolve(m.peakRssMb);
    });
    child.send({ stop: true });
  });
}

/** CPU time used so far by each worker process (ms). */
function workerCpu(workers: ChildProcess[]): Promise<number[]> {
  return Promise.all(
    workers.map(
      (w) =>
        new Promise<number>((resolve) => {
          const listen = (m: { cpuMs?: number }) => {
            if (m.cpuMs === undefined) return;
            w.off('message', listen);
            resolve(m.cpuMs);
          };
          w.on('message', listen);
          w.send({ cpu: true });
        }),
    ),
  );
}

async function rebuild(sql: Client, workers: ChildProcess[]): Promise<{ seconds: number; written: number; kept: number; cpuSeconds: number }> {
  const cpuBefore = await workerCpu(workers);
  const started = performance.now();
  const id = (await sql.query<{ id: string }>(`INSERT INTO matching_rebuilds (shards) VALUES (0) RETURNING id`)).rows[0].id;
  await publish(sql, JobName.MatchingRebuild, { rebuildId: id });
  await waitFor(async () => (await sql.query(`SELECT 1 FROM matching_rebuilds WHERE id = $1 AND status = 'completed'`, [id])).rowCount, 'the rebuild', 1_800_000, 20);
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = await workerCpu(workers);
  const cpuSeconds = cpuAfter.reduce((sum, t, i) => sum + t - cpuBefore[i], 0) / 1000;
  const row = (await sql.query<{ rows_written: number; pairs_kept: number }>(`SELECT rows_written, pairs_kept FROM matching_rebuilds WHERE id = $1`, [id])).rows[0];
  return { seconds, written: row.rows_written, kept: row.pairs_kept, cpuSeconds };
}

async function main(): Promise<void> {
  const database = await benchDatabase(`${PREFIX}bench_matching`);
  const seedStarted = performance.now();
  await seed(database.url);
  emit('matching', 'seed_s', (performance.now() - seedStarted) / 1000, 's');
  const config = testConfig(database.url, testQueuePrefix(`${PREFIX}bench`));
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  const workers: ChildProcess[] = [];
  try {
    const loadStarted = performance.now();
    workers.push(...(await Promise.all(Array.from({ length: WORKERS }, () => startWorkerProcess(database.url, config.QUEUE_PREFIX)))));
    emit('matching', 'workers', WORKERS, 'processes');
    emit('matching', 'companies', COMPANIES, 'companies');
    emit('matching', 'scenarios', SCENARIOS, 'scenarios');
    emit('matching', 'index_load_s', (performance.now() - loadStarted) / 1000, 's');

    // Wall-clock seconds on a shared machine depend on its load: the workers' CPU seconds beside them.
    const first = await rebuild(sql, workers);
    emit('matching', 'first_rebuild_s', first.seconds, 's');
    emit('matching', 'first_rebuild_worker_cpu_s', first.cpuSeconds, 's');
    emit('matching', 'rows_written_first', first.written, 'rows');
    const second = await rebuild(sql, workers);
    emit('matching', 'full_rebuild_s', second.seconds, 's');
    emit('matching', 'full_rebuild_worker_cpu_s', second.cpuSeconds, 's');
    emit('matching', 'rows_written_unchanged', second.written, 'rows');
    emit('matching', 'pairs_kept', second.kept, 'pairs');

    // Incremental: publish a scenario that fits company 1's product; time until it is kept for it.
    const company = await sql.query<{ id: string; caps: string[]; domains: string[] }>(
      `SELECT o.id, p.capability_codes AS caps, p.domain_codes AS domains FROM organisations o JOIN products p ON p.organisation_id = o.id
        WHERE o.name = '深圳合成第1智能科技有限公司'`,
    );
    const caps = await sql.query<{ name: string }>(`SELECT name FROM capabilities WHERE code = ANY($1)`, [company.rows[0].caps]);
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const rows = await sql.query<{ id: string }>(
        `INSERT INTO scenarios (title, domain_code, agency_id, description, capability_codes, status, source, published_at)
         SELECT $1, $2, (SELECT id FROM organisations WHERE type = 'agency' LIMIT 1), $3, $4, 'published', 'portal', now() RETURNING id`,
        [`增量测试场景${i}`, company.rows[0].domains[0], `需要${caps.rows.map((c) => c.name).join('、')}能力的场景。`, company.rows[0].caps],
      );
      const id = rows.rows[0].id;
      await publish(sql, JobName.ScenarioChanged, { scenarioId: id });
      await waitFor(async () => (await sql.query(`SELECT 1 FROM match_results WHERE scenario_id = $1 AND organisation_id = $2`, [id, company.rows[0].id])).rowCount, 'the incremental match', 60_000, 5);
      latencies.push(performance.now() - t0);
    }
    latencies.sort((a, b) => a - b);
    emit('matching', 'incremental_p50_ms', latencies[Math.floor(latencies.length * 0.5)], 'ms');
    emit('matching', 'incremental_p95_ms', latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))], 'ms');
    const peaks = await Promise.all(workers.splice(0).map(stopWorkerProcess));
    emit('matching', 'worker_peak_rss_mb', Math.max(...peaks), 'MiB');
    emit('matching', 'load_average_1m', loadavg()[0], 'load');
  } finally {
    for (const w of workers) w.kill();
    await sql.end();
    await dropBenchData(database, config);
  }
}

runBench(main);
