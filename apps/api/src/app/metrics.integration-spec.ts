import { RebuildView } from '@scenematch/contracts';
import { METRIC, MetricsServer } from '@scenematch/server-metrics';
import { JobName, QueueName } from '@scenematch/server-queue';
import { ChildApp, childEnv, createUser, freePort, scrape, TEST_REDIS_URL, TestClient, waitFor } from '@scenematch/server-testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Prometheus metrics as an operator scrapes them: the API (in process, on a real public port)
 * and the worker (its production main.ts in a child process) each serve `GET /metrics` on a
 * listener of their own; the public port does not. The figures move with what users and jobs do.
 */
describe('metrics: the API and the worker on their own listeners', () => {
  let t: TestApp;
  let worker: ChildApp;
  let apiMetrics: string;
  let workerMetrics: string;
  let publicUrl: string;
  let redis: Redis;
  let matchingQueue: Queue;
  let organiser: TestClient;

  beforeAll(async () => {
    t = await startTestApp('metrics', { METRICS_PORT: '0' });
    apiMetrics = t.app.get(MetricsServer).url as string;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    publicUrl = await t.app.getUrl();
    const workerPort = await freePort();
    worker = await ChildApp.start('worker', childEnv(t.database.url, t.config.QUEUE_PREFIX, { WORKER_METRICS_PORT: String(workerPort) }));
    workerMetrics = `http://127.0.0.1:${workerPort}/metrics`;
    redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    matchingQueue = new Queue(QueueName.Matching, { connection: redis, prefix: t.config.QUEUE_PREFIX });
    organiser = (await createUser(t, { role: 'organiser' })).client;
  }, 90_000);

  afterAll(async () => {
    await worker?.kill();
    await matchingQueue?.close();
    redis?.disconnect();
    await t?.close();
  });

  it('serves metrics only on the metrics listeners, never on the public port', async () => {
    expect(apiMetrics).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    for (const path of ['/metrics', '/api/metrics']) {
      const response = await fetch(`${publicUrl}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('scenematch_');
    }
    // The listeners serve nothing else.
    for (const url of [apiMetrics.replace('/metrics', '/'), apiMetrics.replace('/metrics', '/api/health'), workerMetrics.replace('/metrics', '/api/scenarios')]) {
      expect((await fetch(url)).status).toBe(404);
    }
    const api = await scrape(apiMetrics);
    expect(api.value('process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(api.value(METRIC.dbPoolMaxConnections)).toBe(5);
    expect(api.sum(METRIC.dbPoolConnections)).toBeGreaterThanOrEqual(1);
    expect(api.value(METRIC.dbPoolWaiting)).toBe(0);
  });

  it('counts and times a search by route pattern and status, not by its URL', async () => {
    const labels = { method: 'GET', route: '/api/scenarios', status: '200' };
    const before = await scrape(apiMetrics);
    const page = await fetch(`${publicUrl}/api/scenarios?q=${encodeURIComponent('医学影像')}&pageSize=5`);
    expect(page.status).toBe(200);
    const { items } = (await page.json()) as { items: Array<{ id: string }> };
    await fetch(`${publicUrl}/api/scenarios/${items[0].id}`);
    const after = await scrape(apiMetrics);

    expect(after.sum(METRIC.httpRequests, labels) - before.sum(METRIC.httpRequests, labels)).toBe(1);
    expect(after.sum(`${METRIC.httpRequestDuration}_count`, labels) - before.sum(`${METRIC.httpRequestDuration}_count`, labels)).toBe(1);
    expect(after.sum(`${METRIC.httpRequestDuration}_sum`, labels)).toBeGreaterThan(before.sum(`${METRIC.httpRequestDuration}_sum`, labels));
    // The +Inf bucket holds every request; the scenario detail is counted under its pattern.
    expect(after.value(`${METRIC.httpRequestDuration}_bucket`, { ...labels, le: '+Inf' })).toBe(after.value(`${METRIC.httpRequestDuration}_count`, labels));
    expect(after.sum(METRIC.httpRequests, { route: '/api/scenarios/:id', status: '200' })).toBeGreaterThanOrEqual(1);
    const routes = new Set(after.series(METRIC.httpRequests).map((s) => s.labels['route']));
    expect([...routes].filter((r) => r.includes(items[0].id) || r.includes('?'))).toEqual([]);
    // The unknown paths asked above count as one `unmatched` route.
    expect(after.sum(METRIC.httpRequests, { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(2);
  });

  it('counts failed sign-ins by reason', async () => {
    const expert = await createUser(t, { role: 'expert' });
    const before = await scrape(apiMetrics);
    expect((await t.client.post('/api/auth/login', { email: expert.email, password: 'wrong-password-1' })).status).toBe(401);
    expect((await t.client.post('/api/auth/login', { email: 'nobody@example.cn', password: 'wrong-password-1' })).status).toBe(401);
    const after = await scrape(apiMetrics);
    for (const reason of ['wrong_password', 'unknown_email']) {
      expect(after.sum(METRIC.signInFailures, { reason }) - before.sum(METRIC.signInFailures, { reason })).toBe(1);
    }
    expect(after.sum(METRIC.signInLockouts)).toBe(before.sum(METRIC.signInLockouts));
  });

  it('times a matching rebuild and counts the pairs it kept', async () => {
    // The seeds' bootstrap rebuild runs when the worker starts: let it finish first.
    const waitRebuild = (id: string) =>
      waitFor(async () => {
        const r = await organiser.get<RebuildView>(`/api/matching/rebuilds/${id}`);
        return r.body.status === 'completed' ? r.body : undefined;
      }, `rebuild ${id}`, 60_000);
    const [bootstrap] = (await organiser.get<RebuildView[]>('/api/matching/rebuilds')).body;
    await waitRebuild(bootstrap.id);
    const before = await scrape(workerMetrics);

    const requested = await organiser.post<RebuildView>('/api/matching/rebuilds');
    expect(requested.status).toBe(202);
    const done = await waitRebuild(requested.body.id);
    expect(done.pairsKept).toBeGreaterThan(0);
    const after = await scrape(workerMetrics);

    const count = `${METRIC.matchingRebuildDuration}_count`;
    expect(after.value(count) - before.value(count)).toBe(1);
    const seconds = after.value(`${METRIC.matchingRebuildDuration}_sum`) - before.value(`${METRIC.matchingRebuildDuration}_sum`);
    const took = (Date.parse(done.finishedAt as string) - Date.parse(done.startedAt)) / 1000;
    expect(seconds).toBeCloseTo(took, 1);
    expect(after.value(METRIC.matchingRebuildPairsKept) - before.value(METRIC.matchingRebuildPairsKept)).toBe(done.pairsKept);
    const shardRuns = `${METRIC.jobDuration}_count`;
    expect(after.sum(shardRuns, { job: JobName.MatchingRebuildShard, outcome: 'completed' }) - before.sum(shardRuns, { job: JobName.MatchingRebuildShard, outcome: 'completed' })).toBe(done.shards);
  }, 90_000);

  it('counts a job that fails for good, with its duration, and shows it in the queue’s failed set', async () => {
    const before = await scrape(workerMetrics);
    // One attempt only, with a payload its handler cannot take (not a scenario id).
    const job = await matchingQueue.add(JobName.ScenarioChanged, { scenarioId: 'not-a-scenario-id' }, { attempts: 1 });
    await waitFor(async () => ((await job.getState()) === 'failed' ? true : undefined), 'the job to fail', 20_000);
    const after = await waitFor(async () => {
      const s = await scrape(workerMetrics);
      return s.sum(METRIC.jobFailures, { job: JobName.ScenarioChanged, final: 'true' }) > before.sum(METRIC.jobFailures, { job: JobName.ScenarioChanged, final: 'true' }) ? s : undefined;
    }, 'the failure to be counted');

    expect(after.sum(METRIC.jobFailures, { job: JobName.ScenarioChanged, final: 'true' }) - before.sum(METRIC.jobFailures, { job: JobName.ScenarioChanged, final: 'true' })).toBe(1);
    const failedRuns = { job: JobName.ScenarioChanged, outcome: 'failed' };
    expect(after.sum(`${METRIC.jobDuration}_count`, failedRuns) - before.sum(`${METRIC.jobDuration}_count`, failedRuns)).toBe(1);
    expect(after.value(METRIC.queueJobs, { queue: QueueName.Matching, state: 'failed' })).toBe(before.sum(METRIC.queueJobs, { queue: QueueName.Matching, state: 'failed' }) + 1);
    expect(after.value(METRIC.queueJobs, { queue: QueueName.Sessions, state: 'waiting' })).toBe(0);
  }, 40_000);

  it('reports the outbox backlog and the age of its oldest message', async () => {
    const idle = await waitFor(async () => {
      const s = await scrape(workerMetrics);
      return s.value(METRIC.outboxPending) === 0 ? s : undefined;
    }, 'the outbox to drain', 30_000);
    expect(idle.value(METRIC.outboxOldestAge)).toBe(0);

    // A message stuck for ten minutes: its queue has no worker, so it stays unfinished.
    await t.database.query(`INSERT INTO outbox (queue, job, payload, created_at, available_at) VALUES ('stuck', 'probe', '{}', now() - interval '10 minutes', now() - interval '10 minutes')`);
    const stuck = await scrape(workerMetrics);
    expect(stuck.value(METRIC.outboxPending)).toBe(1);
    expect(stuck.value(METRIC.outboxOldestAge)).toBeGreaterThanOrEqual(600);
    expect(stuck.value(METRIC.outboxOldestAge)).toBeLessThan(700);
    // The API does not report the shared backlog: the worker does.
    expect((await scrape(apiMetrics)).series(METRIC.outboxPending)).toEqual([]);
    expect(stuck.sum(METRIC.collectorFailures)).toBe(0);
  }, 40_000);
});
