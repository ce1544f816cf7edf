/**
 * Foundation benchmarks: sign-in throughput (argon2id verification), a public read over real
 * HTTP, and the outbox → BullMQ → worker pipeline. One JSON line per figure on stdout.
 * /api/health (one PostgreSQL and one Redis ping) is measured in the same run as the yardstick:
 * each figure relative to it compares across runs on a machine whose load varies.
 */
import { NestFactory } from '@nestjs/core';
import { PASSWORD_HASH_COST, PasswordHasher } from '@scenematch/server-crypto';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { DEMO_PASSWORD, DEMO_USERS, testConfig, testQueuePrefix, waitFor } from '@scenematch/server-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { WorkerModule } from '../../apps/worker/src/app/worker.module';
import { benchDatabase, dropBenchData, startApi } from './bench-env';
import { emit, loadTest, runBench } from './bench-kit';
import { machineLoad } from './proc-cpu';

const ratio = (x: number, reference: number) => (reference > 0 ? Math.round((x / reference) * 1000) / 1000 : 0);

async function main(): Promise<void> {
  const database = await benchDatabase('bench');
  // Sign-ins at production cost: the tests' cheap argon2 setting is raised back, and the signing-in
  // user's hash (seeded into the tests' template at the tests' cost) is made again at it.
  const settings = { AUTH_RATE_LIMIT_PER_MINUTE: '1000000', DATABASE_POOL_SIZE: '20', PASSWORD_HASH_MEMORY_KIB: String(PASSWORD_HASH_COST.memoryKiB), PASSWORD_HASH_PASSES: String(PASSWORD_HASH_COST.passes) };
  const config = testConfig(database.url, testQueuePrefix('bench'), settings);
  const db = new Client({ connectionString: database.url });
  await db.connect();
  await db.query(`UPDATE users SET password_hash = $1 WHERE email = $2`, [await PasswordHasher.hash(DEMO_PASSWORD), DEMO_USERS.organiser]);
  await db.end();
  const { app, base: url } = await startApi(config);
  emit('foundation', 'load_avg_1m', machineLoad().load1, 'load');
  let health = 0;

  try {
    await loadTest({ seconds: 2, concurrency: 8, request: () => fetch(`${url}/api/health`) });
    const reference = await loadTest({ seconds: 8, concurrency: 32, request: () => fetch(`${url}/api/health`) });
    health = reference.perSecond;
    emit('http', 'health_throughput', reference.perSecond, 'req/s');
    emit('http', 'health_p95', reference.p95, 'ms');

    const login = await loadTest({
      seconds: 8,
      concurrency: 8,
      request: () =>
        fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: DEMO_USERS.organiser, password: DEMO_PASSWORD }),
        }),
    });
    emit('auth', 'login_throughput', login.perSecond, 'req/s');
    emit('auth', 'login_p95', login.p95, 'ms');
    emit('auth', 'login_throughput_vs_health', ratio(login.perSecond, health), 'ratio');

    const domains = await loadTest({ seconds: 8, concurrency: 32, request: () => fetch(`${url}/api/taxonomy/domains`) });
    emit('http', 'taxonomy_domains_throughput', domains.perSecond, 'req/s');
    emit('http', 'taxonomy_domains_p95', domains.p95, 'ms');
    emit('http', 'taxonomy_domains_throughput_vs_health', ratio(domains.perSecond, health), 'ratio');
  } finally {
    await app.close();
  }

  // A configuration of its own (a spread copy of AppConfig would lose its derived keys, and the worker would not start).
  // The benchmark publishes 100 jobs at a time through the worker's pool of 20: on a busy machine the
  // wait for a connection exceeds the 3 s that a request would wait, which is not what is measured here.
  const workerConfig = testConfig(database.url, config.QUEUE_PREFIX, { ...settings, WORKER_CONCURRENCY: '8', DATABASE_CONNECT_TIMEOUT_MS: '30000' });
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(workerConfig), { logger: false });
  await worker.init();
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  try {
    const outbox = worker.get(OutboxService);
    const jobs = 3000;
    const started = performance.now();
    for (let i = 0; i < jobs; i += 100) {
      await Promise.all(Array.from({ length: 100 }, () => outbox.publishNow(JobName.Probe, { probeId: randomUUID() })));
    }
    await waitFor(
      async () => (await sql.query(`SELECT 1 FROM outbox WHERE completed_at IS NULL LIMIT 1`)).rowCount === 0,
      'the outbox to drain',
      300_000,
      20,
    );
    const seconds = (performance.now() - started) / 1000;
    emit('outbox', 'publish_to_completed_throughput', jobs / seconds, 'jobs/s');
    // Jobs per second per /api/health request per second: the pipeline against the same-run yardstick.
    emit('outbox', 'publish_to_completed_throughput_vs_health', ratio(jobs / seconds, health), 'ratio');
    const lag = await sql.query<{ p95: number }>(
      `SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - created_at) * 1000) AS p95 FROM outbox`,
    );
    emit('outbox', 'publish_to_completed_p95', Number(lag.rows[0].p95), 'ms');
  } finally {
    await sql.end();
    await worker.close();
    await dropBenchData(database, config);
  }
}

runBench(main);
