import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ensureDatabase, runMigrations } from '@scenematch/server-database';
import { createScenario, createUser, dropQueueKeys, FACTORY_PASSWORD, factoryContextAt, freePort, ScratchPostgres, testConfig, TestClient, testQueuePrefix, TestUser, waitFor } from '@scenematch/server-testing';
import { runSeeds } from '@scenematch/seeds';
import { createApp } from './create-app';

interface Health {
  status: string;
  db: string;
  redis: string;
}

/**
 * The API on a PostgreSQL cluster of this test's own (the shared server is never touched),
 * which the test stops and starts again: while it is down every request answers 503 quickly;
 * once it is back the API serves again without a restart.
 */
describe('API through a PostgreSQL restart', () => {
  let pg: ScratchPostgres;
  let app: NestFastifyApplication;
  let client: TestClient;
  let agency: TestClient;
  let organiser: TestUser;
  let scenarioId: string;
  const prefix = testQueuePrefix('pg_restart');
  const CONNECT_TIMEOUT_MS = 2000;

  beforeAll(async () => {
    pg = await ScratchPostgres.create(await freePort());
    await pg.start();
    const url = pg.url('scenematch');
    await ensureDatabase(url);
    await runMigrations(url);
    await runSeeds(url, { demo: false });
    const config = testConfig(url, prefix, { DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS) });
    app = await createApp(config, { servePortal: false, shutdownHooks: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    client = new TestClient(app);
    const factories = factoryContextAt(client, url);
    [agency, organiser] = await Promise.all([createUser(factories, { role: 'agency' }).then((u) => u.client), createUser(factories, { role: 'organiser' })]);
    scenarioId = (await createScenario(factories, { agency, organiser: organiser.client })).id;
  }, 90_000);

  afterAll(async () => {
    // Runs even when a test failed: the private cluster and its files always go.
    await app?.close().catch(() => undefined);
    await pg?.destroy();
    await dropQueueKeys(testConfig('postgres://x@127.0.0.1/x', prefix).REDIS_URL, prefix);
  });

  /** Times one call; no call may hang while the database is away. */
  const timed = async <T>(call: () => Promise<T>) => {
    const started = Date.now();
    const result = await call();
    return { result, ms: Date.now() - started };
  };

  it('answers 503 (never 500, never hanging) while PostgreSQL is down, and recovers on its own', async () => {
    expect((await client.get<Health>('/api/health')).body).toEqual({ status: 'ok', db: 'up', redis: 'up' });

    await pg.stop('fast');

    const health = await timed(() => client.get<Health>('/api/health'));
    expect(health.result.status).toBe(503);
    expect(health.result.body).toEqual({ status: 'error', db: 'down', redis: 'up' });
    expect(health.ms).toBeLessThan(3000);

    // Reads, writes, sign-in and a burst larger than the pool: each one a quick 503.
    const calls = [
      () => client.get(`/api/scenarios/${scenarioId}`),
      () => client.get('/api/scenarios?q=' + encodeURIComponent('影像')),
      () => agency.post('/api/scenarios', { title: '数据库停机时提交的场景', domain: '智慧医疗', description: '数据库停机期间的写入应当明确失败。' }),
      () => client.post('/api/auth/login', { email: organiser.email, password: FACTORY_PASSWORD }),
      ...Array.from({ length: 20 }, (_, i) => () => client.get(`/api/scenarios?page=${i + 1}`)),
    ];
    const outcomes = await timed(() => Promise.all(calls.map((call) => timed(call))));
    for (const { result, ms } of outcomes.result) {
      expect({ status: result.status, message: (result.body as { message?: string }).message }).toEqual({ status: 503, message: '服务暂不可用' });
      expect(result.headers['retry-after']).toBe('5');
      expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS + 3000);
    }
    expect(outcomes.ms).toBeLessThan(CONNECT_TIMEOUT_MS + 5000);

    await pg.start();

    await waitFor(async () => (await client.get('/api/health')).status === 200, 'health to report the database up again', 20_000, 200);
    expect((await client.get<Health>('/api/health')).body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
    const read = await client.get<{ id: string }>(`/api/scenarios/${scenarioId}`);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(scenarioId);
    const written = await agency.post<{ id: string; status: string }>('/api/scenarios', {
      title: '数据库恢复后提交的场景',
      domain: '智慧医疗',
      description: '数据库恢复后，写入应当无需重启 API 即可成功。',
    });
    expect(written.status).toBe(201);
    expect((await agency.get<{ title: string }>(`/api/scenarios/${written.body.id}`)).body.title).toBe('数据库恢复后提交的场景');
  }, 90_000);
});
