import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@scenematch/server-config';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { createTestDatabase, freePort, ScratchRedis, testConfig, testQueuePrefix, TestDatabase, waitFor } from '@scenematch/server-testing';
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
});
