import { ChildApp, childEnv, createTestDatabase, dropQueueKeys, freePort, TestDatabase, testQueuePrefix, waitFor } from '@scenematch/server-testing';
import { Client } from 'pg';

/**
 * SIGTERM to the API process (its main.ts, as production runs it): it stops accepting, lets
 * the requests in flight finish, closes its connections and exits 0 — or exits 1 once
 * SHUTDOWN_TIMEOUT_MS has passed with a request still hanging.
 */
describe('API graceful shutdown', () => {
  let database: TestDatabase;
  let prefix: string;
  let scenarioId: string;
  const apps: ChildApp[] = [];

  const startApi = async (overrides: Record<string, string> = {}) => {
    const port = await freePort();
    const api = await ChildApp.start('api', childEnv(database.url, prefix, { PORT: String(port), ...overrides }));
    apps.push(api);
    return { api, base: `http://127.0.0.1:${port}/api` };
  };

  /**
   * A request made slow the way production requests get slow: it waits on a lock that another
   * session holds. Resolves once the request is blocked inside PostgreSQL.
   */
  const blockScenarioReads = async () => {
    const locker = new Client({ connectionString: database.url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE scenarios IN ACCESS EXCLUSIVE MODE');
    return {
      waitUntilBlocked: () =>
        waitFor(
          async () =>
            (await locker.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`))
              .rowCount,
          'the request to wait on the lock',
        ),
      release: async () => {
        await locker.query('COMMIT');
        await locker.end();
      },
    };
  };

  beforeAll(async () => {
    database = await createTestDatabase('api_shutdown');
    prefix = testQueuePrefix('api_shutdown');
    scenarioId = (await database.query<{ id: string }>(`SELECT id FROM scenarios WHERE status = 'published' ORDER BY title LIMIT 1`)).rows[0].id;
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.kill()));
    await database?.drop();
    await dropQueueKeys(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379', prefix);
  });

  it('finishes a request in flight, refuses new ones, closes and exits 0', async () => {
    const { api, base } = await startApi();
    expect((await fetch(`${base}/scenarios/${scenarioId}`)).status).toBe(200);

    const lock = await blockScenarioReads();
    const inFlight = fetch(`${base}/scenarios/${scenarioId}`).then(async (r) => ({ status: r.status, body: (await r.json()) as { id: string } }));
    await lock.waitUntilBlocked();

    api.signal('SIGTERM');
    // New connections are refused while the slow request is still being served.
    await waitFor(
      () =>
        fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) }).then(
          () => false,
          () => true,
        ),
      'the API to stop accepting connections',
    );
    expect(api.alive).toBe(true);

    await lock.release();
    const slow = await inFlight;
    expect(slow.status).toBe(200);
    expect(slow.body.id).toBe(scenarioId);
    expect(await api.waitExit(15_000)).toEqual({ code: 0, signal: null });
    // Every database session of the API was closed, none left behind.
    const left = await database.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    expect(left.rowCount).toBe(0);
  }, 60_000);

  it('gives up on a request that outlasts SHUTDOWN_TIMEOUT_MS and exits 1', async () => {
    const { api, base } = await startApi({ SHUTDOWN_TIMEOUT_MS: '1500' });
    const lock = await blockScenarioReads();
    try {
      const inFlight = fetch(`${base}/scenarios/${scenarioId}`).then(
        (r) => r.status,
        () => 'connection closed',
      );
      await lock.waitUntilBlocked();
      const signalled = Date.now();
      api.signal('SIGTERM');
      const exit = await api.waitExit(10_000);
      expect(exit.code).toBe(1);
      expect(Date.now() - signalled).toBeLessThan(5000);
      expect(api.output).toContain('exiting anyway');
      expect(await inFlight).toBe('connection closed');
    } finally {
      await lock.release();
    }
  }, 60_000);
});
