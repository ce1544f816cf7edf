import { ensureDatabase, quoteIdent, ServiceUnavailableError, withDatabase } from '@scenematch/server-database';
import { QueueName } from '@scenematch/server-queue';
import {
  ChildApp,
  childEnv,
  createTestDatabase,
  dropQueueKeys,
  queryRowsAt,
  TEST_REDIS_URL,
  TEST_SERVER_URL,
  TestDatabase,
  testQueuePrefix,
  waitFor,
} from '@scenematch/server-testing';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { assertPostgresReachable } from './startup';

/**
 * Worker processes that die or are stopped in the middle of a job: the real worker (its
 * main.ts, as production runs it) in child processes, a probe job that holds its slot long
 * enough to be caught running (PROBE_MAX_HOLD_MS opts in), and short lock and stalled-check
 * intervals so that recovery takes seconds rather than the production half-minute.
 */
describe('worker processes that die or stop mid-job', () => {
  let database: TestDatabase;
  let prefix: string;
  let redis: Redis;
  let queue: Queue;
  const workers: ChildApp[] = [];

  const startWorker = async (overrides: Record<string, string> = {}) => {
    const worker = await ChildApp.start(
      'worker',
      childEnv(database.url, prefix, {
        PROBE_MAX_HOLD_MS: '60000',
        QUEUE_LOCK_MS: '2000',
        QUEUE_STALLED_INTERVAL_MS: '1000',
        ...overrides,
      }),
    );
    workers.push(worker);
    return worker;
  };
  /** Publishes a probe through the outbox as a committed change would; returns the outbox id. */
  const publishProbe = async (probeId: string, holdMs: number) => {
    const { rows } = await database.query<{ id: string }>(
      `WITH o AS (INSERT INTO outbox (queue, job, payload) VALUES ('maintenance', 'probe', $1) RETURNING id)
       SELECT id, pg_notify('scenematch_outbox', id::text) FROM o`,
      [JSON.stringify({ probeId, holdMs })],
    );
    return rows[0].id;
  };
  const probe = async (probeId: string) =>
    (await database.query<{ executions: number }>(`SELECT executions FROM outbox_probe WHERE probe_id = $1`, [probeId])).rows[0];
  const outboxRow = async (id: string) =>
    (await database.query<{ completed_at: Date | null; enqueue_count: number }>(`SELECT completed_at, enqueue_count FROM outbox WHERE id = $1`, [id])).rows[0];
  /** The job once a worker is running it (it reports progress when it starts holding). */
  const running = (id: string) =>
    waitFor(
      async () => {
        const job = await Job.fromId(queue, id);
        return job && (await job.getState()) === 'active' && job.progress ? job : undefined;
      },
      `job ${id} to be running`,
      30_000,
    );

  beforeAll(async () => {
    database = await createTestDatabase('worker_faults');
    prefix = testQueuePrefix('worker_faults');
    redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.Maintenance, { connection: redis, prefix });
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await queue?.close();
    redis?.disconnect();
    await database?.drop();
    await dropQueueKeys(TEST_REDIS_URL, prefix);
  });

  it('runs a job again on another worker when its worker is killed mid-way, to one effect', async () => {
    const first = await startWorker();
    const probeId = randomUUID();
    const id = await publishProbe(probeId, 3000);
    await running(id);

    await first.kill(); // SIGKILL: no chance to finish, release or report anything
    expect(await probe(probeId)).toBeUndefined();

    // Its lock expires; the next worker's stalled-job check puts the job back and runs it
    // (with the production half-minute lock this alone would take longer than allowed here).
    await startWorker();
    const readyAt = Date.now();
    await waitFor(async () => (await outboxRow(id))?.completed_at, 'the outbox row to close after the rerun', 40_000);
    expect(Date.now() - readyAt).toBeLessThan(20_000);
    // The handler closes the outbox row in its own transaction; BullMQ marks the job completed
    // once the handler has returned, a moment later (seconds on a loaded machine).
    const job = await waitFor(
      async () => {
        const found = await Job.fromId(queue, id);
        return found && (await found.getState()) === 'completed' ? found : undefined;
      },
      `job ${id} to be marked completed`,
      15_000,
    );
    expect(job.stalledCounter).toBe(1);
    // Give any duplicate a chance to show up: none may.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await probe(probeId)).toEqual({ executions: 1 });
    expect((await outboxRow(id)).enqueue_count).toBe(1);
  }, 90_000);

  it('on SIGTERM takes no new job, finishes the one in progress, then exits 0', async () => {
    await Promise.all(workers.map((w) => w.kill()));
    const worker = await startWorker();
    const busyId = randomUUID();
    const id = await publishProbe(busyId, 2500);
    await running(id);

    worker.signal('SIGTERM');
    await waitFor(async () => worker.output.includes('draining'), 'the worker to start draining');
    await new Promise((r) => setTimeout(r, 200));
    const laterId = randomUUID();
    const later = await publishProbe(laterId, 0);
    const exit = await worker.waitExit(20_000);
    expect(exit).toEqual({ code: 0, signal: null });
    // The job in progress finished inside the stopping process, and recorded its completion.
    expect(await probe(busyId)).toEqual({ executions: 1 });
    expect((await outboxRow(id)).completed_at).toBeTruthy();
    expect(await (await Job.fromId(queue, id))?.getState()).toBe('completed');
    // The one published after the signal was not taken; the next worker runs it.
    expect(await probe(laterId)).toBeUndefined();
    await startWorker();
    await waitFor(async () => (await outboxRow(later))?.completed_at, 'the later probe to run on the next worker', 20_000);
    expect(await probe(laterId)).toEqual({ executions: 1 });
  }, 90_000);

  it('exits anyway when a job outlasts the shutdown timeout, and the job is not lost', async () => {
    await Promise.all(workers.map((w) => w.kill()));
    const worker = await startWorker({ SHUTDOWN_TIMEOUT_MS: '1500' });
    const probeId = randomUUID();
    const id = await publishProbe(probeId, 8000);
    await running(id);
    const signalled = Date.now();
    worker.signal('SIGTERM');
    const exit = await worker.waitExit(10_000);
    expect(exit.code).toBe(1);
    expect(Date.now() - signalled).toBeLessThan(6000);
    expect(worker.output).toContain('exiting anyway');
    expect(await probe(probeId)).toBeUndefined();

    await startWorker();
    await waitFor(async () => (await outboxRow(id))?.completed_at, 'the interrupted job to run on the next worker', 40_000);
    expect(await probe(probeId)).toEqual({ executions: 1 });
  }, 90_000);
});

/**
 * The worker never migrates: started on a database the API has not prepared yet (or on no
 * database at all) it stops at once with what the operator has to do, instead of failing later
 * in every job.
 */
describe('a worker started before its database is ready', () => {
  const name = `scenematch_unprepared_${randomBytes(4).toString('hex')}`;
  const unprepared = withDatabase(TEST_SERVER_URL, name);
  let prepared: TestDatabase;

  beforeAll(async () => {
    await ensureDatabase(unprepared);
    prepared = await createTestDatabase('worker_probe');
  });

  afterAll(async () => {
    await queryRowsAt(withDatabase(TEST_SERVER_URL, 'postgres'), `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await prepared?.drop();
  });

  it('refuses an empty database with how to prepare it and an unreachable server as unavailable, and passes a prepared one', async () => {
    await expect(assertPostgresReachable(unprepared)).rejects.toThrow(
      /^The database is not prepared \(relation "outbox" does not exist\)\. Start the API once, or run `node dist\/apps\/api\/main\.js prepare`\.$/,
    );
    await expect(assertPostgresReachable('postgres://postgres@127.0.0.1:1/scenematch')).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(assertPostgresReachable(prepared.url)).resolves.toBeUndefined();

    // What the operator sees: the process exits while starting, saying so (a first start on a
    // loaded machine transpiles a few hundred files: give it time).
    const start = ChildApp.start('worker', childEnv(unprepared, testQueuePrefix('worker_probe')), { timeoutMs: 150_000 });
    await expect(start).rejects.toThrow(/exited while starting[\s\S]*The database is not prepared/);
  }, 180_000);
});
