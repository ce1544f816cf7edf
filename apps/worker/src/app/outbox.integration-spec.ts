import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@scenematch/server-config';
import { JobName, OutboxService } from '@scenematch/server-queue';
import {
  ChildApp,
  childEnv,
  createTestDatabase,
  dropQueueKeys,
  FACTORY_PASSWORD,
  freePort,
  insertAccount,
  ScratchRedis,
  testConfig,
  testQueuePrefix,
  TestDatabase,
  waitFor,
} from '@scenematch/server-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

describe('outbox → BullMQ → worker', () => {
  let redis: ScratchRedis;
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let outbox: OutboxService;
  let dataSource: DataSource;
  let sql: Client;

  const probeRow = async (probeId: string) =>
    (await sql.query<{ executions: number }>(`SELECT executions FROM outbox_probe WHERE probe_id = $1`, [probeId])).rows[0];
  const outboxRow = async (id: string) =>
    (await sql.query<{ completed_at: Date | null; enqueue_count: number }>(`SELECT completed_at, enqueue_count FROM outbox WHERE id = $1`, [id]))
      .rows[0];

  beforeAll(async () => {
    redis = new ScratchRedis(await freePort());
    await redis.start();
    database = await createTestDatabase('outbox');
    const config = testConfig(database.url, testQueuePrefix('outbox'), { REDIS_URL: redis.url });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    worker.enableShutdownHooks();
    await worker.init();
    outbox = worker.get(OutboxService);
    dataSource = worker.get(DataSource);
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await worker?.close();
    await redis?.kill();
    await database?.drop();
  });

  it('runs a job published in a committed transaction and closes its outbox row', async () => {
    const probeId = randomUUID();
    const id = await dataSource.transaction((manager) => outbox.publish(manager, JobName.Probe, { probeId }));
    await waitFor(() => probeRow(probeId), 'the probe job to run');
    const row = await waitFor(async () => ((await outboxRow(id))?.completed_at ? outboxRow(id) : undefined), 'the outbox row to complete');
    expect(row.enqueue_count).toBe(1);
    expect((await probeRow(probeId)).executions).toBe(1);
  });

  it('announces nothing when the transaction rolls back', async () => {
    const probeId = randomUUID();
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.publish(manager, JobName.Probe, { probeId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    // Give the relay several polls to pick up anything it wrongly could.
    await new Promise((r) => setTimeout(r, 500));
    expect(await probeRow(probeId)).toBeUndefined();
    expect((await sql.query(`SELECT 1 FROM outbox WHERE payload->>'probeId' = $1`, [probeId])).rowCount).toBe(0);
  });

  it('loses nothing when Redis restarts empty: work published while it was down, and jobs it had but forgot', async () => {
    // Jobs that Redis had accepted and then lost: rows marked as enqueued, absent from Redis.
    const forgotten = Array.from({ length: 5 }, () => randomUUID());
    const forgottenIds: string[] = [];
    for (const probeId of forgotten) {
      const { rows } = await sql.query<{ id: string }>(
        `INSERT INTO outbox (queue, job, payload, enqueued_at, enqueue_count, check_at)
         VALUES ('maintenance', 'probe', $1, now(), 1, now() + interval '1 hour') RETURNING id`,
        [JSON.stringify({ probeId })],
      );
      forgottenIds.push(rows[0].id);
    }

    await redis.kill();
    const whileDown = Array.from({ length: 20 }, () => randomUUID());
    for (const probeId of whileDown) await outbox.publishNow(JobName.Probe, { probeId });
    await new Promise((r) => setTimeout(r, 500));
    for (const probeId of whileDown) expect(await probeRow(probeId)).toBeUndefined();

    await redis.start();
    for (const probeId of [...whileDown, ...forgotten]) {
      await waitFor(() => probeRow(probeId), `probe ${probeId} after the Redis restart`, 30_000);
    }
    await waitFor(
      async () => (await sql.query(`SELECT 1 FROM outbox WHERE completed_at IS NULL`)).rowCount === 0,
      'every outbox row to complete',
      30_000,
    );
    // The forgotten ones were enqueued a second time, and each probe took effect once.
    for (const id of forgottenIds) expect((await outboxRow(id)).enqueue_count).toBe(2);
    const { rows } = await sql.query<{ max: number }>(`SELECT max(executions) AS max FROM outbox_probe`);
    expect(rows[0].max).toBe(1);
  }, 90_000);

  it('shares the outbox between two workers without running a job twice', async () => {
    const second = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(testConfig(database.url, worker.get(AppConfig).QUEUE_PREFIX, { REDIS_URL: redis.url })),
      { logger: false },
    );
    await second.init();
    try {
      const probes = Array.from({ length: 100 }, () => randomUUID());
      await Promise.all(probes.map((probeId) => outbox.publishNow(JobName.Probe, { probeId })));
      await waitFor(
        async () => (await sql.query(`SELECT 1 FROM outbox WHERE completed_at IS NULL`)).rowCount === 0,
        'all 100 jobs to complete',
        30_000,
      );
      const { rows } = await sql.query<{ n: string; max: number }>(
        `SELECT count(*) AS n, max(executions) AS max FROM outbox_probe WHERE probe_id = ANY($1)`,
        [probes],
      );
      expect(Number(rows[0].n)).toBe(100);
      expect(rows[0].max).toBe(1);
      const enqueued = await sql.query<{ max: number }>(`SELECT max(enqueue_count) AS max FROM outbox WHERE payload->>'probeId' = ANY($1)`, [probes]);
      expect(enqueued.rows[0].max).toBe(1);
    } finally {
      await second.close();
    }
  }, 60_000);
  describe('scenarios published through the API while Redis is down', () => {
    // The API as its own process on this file's database and Redis, like a deployment.
    let api: ChildApp;
    let base: string;

    const call = async <T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown) => {
      const response = await fetch(base + path, {
        method,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      return { status: response.status, body: (await response.json().catch(() => undefined)) as T };
    };
    const signIn = async (email: string) => {
      const r = await call<{ accessToken: string }>('POST', '/auth/login', undefined, { email, password: FACTORY_PASSWORD });
      expect(r.status).toBe(200);
      return r.body.accessToken;
    };

    beforeAll(async () => {
      const port = await freePort();
      api = await ChildApp.start('api', childEnv(database.url, worker.get(AppConfig).QUEUE_PREFIX, { REDIS_URL: redis.url, PORT: String(port) }));
      base = `http://127.0.0.1:${port}/api`;
    }, 90_000);

    afterAll(async () => {
      await api?.kill();
    });

    it('keeps every publication and scores each scenario once Redis is back, empty', async () => {
      const [agency, organiser] = await Promise.all([
        insertAccount(database, 'agency').then((user) => signIn(user.email)),
        insertAccount(database, 'organiser').then((user) => signIn(user.email)),
      ]);
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        const created = await call<{ id: string }>('POST', '/scenarios', agency, {
          title: `Redis 停机期间发布的影像辅助诊断场景 ${i + 1}`,
          domain: '智慧医疗',
          description: '利用计算机视觉对医学影像进行病灶检出和辅助诊断，减轻放射科医生阅片负担。',
          capabilities: ['计算机视觉'],
        });
        expect(created.status).toBe(201);
        expect((await call('POST', `/scenarios/${created.body.id}/submit`, agency)).status).toBe(200);
        ids.push(created.body.id);
      }

      await redis.kill();
      // The organiser works on as usual: every publication commits with its outbox row.
      const published = await Promise.all(ids.map((id) => call<{ status: string }>('POST', `/scenarios/${id}/publish`, organiser)));
      expect(published.map((r) => [r.status, r.body.status])).toEqual(ids.map(() => [200, 'published']));
      const health = await call<{ status: string; db: string; redis: string }>('GET', '/health');
      expect(health).toEqual({ status: 503, body: { status: 'error', db: 'up', redis: 'down' } });
      const pending = `SELECT count(*)::int AS n FROM outbox WHERE job = 'scenario.changed' AND payload->>'scenarioId' = ANY($1) AND completed_at IS NULL`;
      expect((await sql.query(pending, [ids])).rows[0].n).toBe(ids.length);
      expect((await sql.query(`SELECT 1 FROM match_results WHERE scenario_id = ANY($1::uuid[])`, [ids])).rowCount).toBe(0);

      await redis.start();
      await waitFor(
        async () => (await sql.query(`SELECT DISTINCT scenario_id FROM match_results WHERE scenario_id = ANY($1::uuid[])`, [ids])).rowCount === ids.length,
        'every scenario published during the outage to be scored',
        45_000,
      );
      await waitFor(async () => (await sql.query(pending, [ids])).rows[0].n === 0, 'their outbox rows to close', 30_000);
      // The fitting company sees them among its recommendations.
      const best = await sql.query<{ name: string }>(
        `SELECT DISTINCT ON (m.scenario_id) o.name FROM match_results m JOIN organisations o ON o.id = m.organisation_id
          WHERE m.scenario_id = ANY($1::uuid[]) ORDER BY m.scenario_id, m.score DESC`,
        [ids],
      );
      expect(new Set(best.rows.map((r) => r.name))).toEqual(new Set(['深圳鹏知医疗智能科技有限公司']));
      await waitFor(async () => (await call('GET', '/health')).status === 200, 'the API health to recover', 15_000);
    }, 120_000);
  });
});

describe('a job whose outbox row cannot be closed when it finishes', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let sql: Client;
  let config: AppConfig;

  beforeAll(async () => {
    database = await createTestDatabase('outbox_close');
    // A short statement timeout, and probes allowed to hold their slot: the job is still running
    // when the test locks its row, and its closing UPDATE gives up while the lock is held.
    config = testConfig(database.url, testQueuePrefix('outbox_close'), {
      DATABASE_STATEMENT_TIMEOUT_MS: '1500',
      PROBE_MAX_HOLD_MS: '10000',
      DATABASE_CONNECT_TIMEOUT_MS: '15000',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await worker.init();
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await worker?.close();
    await database?.drop();
    if (config) await dropQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
  });

  it('is not run again when its outbox row is locked past the statement timeout (a slow relay pass); the relay closes the row', async () => {
    const probeId = randomUUID();
    const id = await worker.get(OutboxService).publishNow(JobName.Probe, { probeId, holdMs: 2000 });
    await waitFor(
      async () => (await sql.query(`SELECT 1 FROM outbox WHERE id = $1 AND enqueued_at IS NOT NULL`, [id])).rowCount === 1,
      'the relay to enqueue the job',
      20_000,
    );
    // Another transaction holds the row (as a relay pass does while it talks to Redis) from before
    // the job takes effect until after its closing UPDATE has timed out.
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM outbox WHERE id = $1 FOR UPDATE`, [id]);
      await waitFor(
        async () => (await sql.query(`SELECT 1 FROM outbox_probe WHERE probe_id = $1`, [probeId])).rowCount === 1,
        'the probe to take effect',
        20_000,
      );
      await new Promise((r) => setTimeout(r, 2500));
      await holder.query('COMMIT');
    } finally {
      await holder.end();
    }
    // The relay's next check of the job (OUTBOX_RECHECK_MS after it enqueued it) finds it completed.
    await waitFor(
      async () => (await sql.query(`SELECT 1 FROM outbox WHERE id = $1 AND completed_at IS NOT NULL`, [id])).rowCount === 1,
      'the outbox row to close',
      30_000,
    );
    // Give a wrongly scheduled retry (backoff 0.1 s in tests, then the 2 s hold) time to run.
    await new Promise((r) => setTimeout(r, 4000));
    const probe = await sql.query<{ executions: number }>(`SELECT executions FROM outbox_probe WHERE probe_id = $1`, [probeId]);
    expect(probe.rows[0].executions).toBe(1);
    const row = await sql.query<{ enqueue_count: number; failed_at: Date | null }>(`SELECT enqueue_count, failed_at FROM outbox WHERE id = $1`, [id]);
    expect(row.rows[0]).toEqual({ enqueue_count: 1, failed_at: null });
  }, 90_000);
});
