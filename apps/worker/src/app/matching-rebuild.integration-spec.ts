import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MatchingEngine, MatchingJobsModule, MatchingRebuildShardHandler } from '@scenematch/server-matching';
import { JobName, OutboxService, QueueModule } from '@scenematch/server-queue';
import { TaxonomyModule } from '@scenematch/server-taxonomy';
import { ConfigModule } from '@scenematch/server-config';
import { DatabaseModule } from '@scenematch/server-database';
import { createTestDatabase, testConfig, testQueuePrefix, TestDatabase, waitFor } from '@scenematch/server-testing';


/** A matching worker (its own index) on the shared database and queue, one job at a time. */
async function matchingWorker(url: string, prefix: string): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(testConfig(url, prefix, { WORKER_CONCURRENCY: '1' })), DatabaseModule.forRoot(), QueueModule.forWorker(), TaxonomyModule, MatchingJobsModule] })
  class TestWorker {}
  const worker = await NestFactory.createApplicationContext(TestWorker, { logger: false });
  await worker.init();
  const engine = worker.get(MatchingEngine);
  await engine.exclusive(() => engine.synced());
  return worker;
}

/**
 * Counts the shard jobs each worker ran. A worker's first shard waits (up to 20 s) until every
 * other worker has started one, so that on a busy machine one fast worker cannot take every shard
 * before the other wakes: each worker runs one job at a time, so the others must take the rest.
 */
function countShards(workers: INestApplicationContext[]): Array<{ count: number }> {
  const counters = workers.map(() => ({ count: 0 }));
  workers.forEach((worker, i) => {
    const handler = worker.get(MatchingRebuildShardHandler);
    const handle = handler.handle.bind(handler);
    handler.handle = async (payload) => {
      counters[i].count++;
      if (counters[i].count === 1) await waitFor(async () => counters.every((c) => c.count > 0), 'the other workers taking a shard', 20_000, 20).catch(() => undefined);
      await handle(payload);
    };
  });
  return counters;
}

describe('full matching rebuild shared by workers', () => {
  let database: TestDatabase;
  const workers: INestApplicationContext[] = [];
  const prefix = testQueuePrefix('match_rebuild');

  async function rebuild(): Promise<{ rows_written: number; pairs_kept: number; shards: number }> {
    const rows = await database.query<{ id: string }>(`INSERT INTO matching_rebuilds (shards) VALUES (0) RETURNING id`);
    await workers[0].get(OutboxService).publishNow(JobName.MatchingRebuild, { rebuildId: rows.rows[0].id });
    await waitFor(async () => (await database.query(`SELECT 1 FROM matching_rebuilds WHERE id = $1 AND status = 'completed'`, [rows.rows[0].id])).rowCount, 'the rebuild', 120_000, 50);
    return (await database.query<{ rows_written: number; pairs_kept: number; shards: number }>(`SELECT rows_written, pairs_kept, shards FROM matching_rebuilds WHERE id = $1`, [rows.rows[0].id])).rows[0];
  }

  const kept = async () =>
    (await database.query<{ s: string; o: string; score: number; reasons: string[]; at: Date }>(
      `SELECT scenario_id AS s, organisation_id AS o, score, reasons, computed_at AS at FROM match_results ORDER BY 1, 2`,
    )).rows;

  beforeAll(async () => {
    database = await createTestDatabase('match_rebuild');
    // Enough open scenarios and companies for several shards of each step.
    const agency = (await database.query<{ id: string }>(`SELECT id FROM organisations WHERE type = 'agency' LIMIT 1`)).rows[0].id;
    await database.query(
      `INSERT INTO scenarios (title, domain_code, agency_id, description, capability_codes, status, source, published_at)
       SELECT '影像辅助诊断试点 ' || i, 'smart-healthcare', $1, '利用计算机视觉对医学影像进行病灶检出和辅助诊断，第 ' || i || ' 批。', '{computer-vision}', 'published', 'portal', now()
         FROM generate_series(1, 600) AS i`,
      [agency],
    );
    await database.query(`DELETE FROM outbox`);
    workers.push(await matchingWorker(database.url, prefix));
  }, 180_000);

  afterAll(async () => {
    for (const w of workers) await w.close();
    await database?.drop();
  });

  it('gives two workers the same kept pairs as one, each taking shards', async () => {
    await rebuild();
    const single = (await kept()).map(({ s, o, score, reasons }) => ({ s, o, score, reasons }));
    expect(single.length).toBeGreaterThan(100);

    workers.push(await matchingWorker(database.url, prefix));
    const counters = countShards(workers);
    await database.query(`DELETE FROM match_results`);
    const run = await rebuild();
    expect(run.shards).toBeGreaterThanOrEqual(4);
    expect(counters.every((c) => c.count > 0)).toBe(true);
    expect(counters[0].count + counters[1].count).toBe(run.shards);
    expect((await kept()).map(({ s, o, score, reasons }) => ({ s, o, score, reasons }))).toEqual(single);
    expect(run.rows_written).toBe(single.length);
  }, 240_000);

  it('writes nothing when nothing changed, and only what differs otherwise', async () => {
    const before = await kept();
    const unchanged = await rebuild();
    expect(unchanged.rows_written).toBe(0);
    expect(await kept()).toEqual(before);

    // One pair lost, one score and one reason tampered with, one stray pair of a closed scenario: four rows to write.
    const [lost, tampered] = before;
    const reworded = before[before.length - 1];
    await database.query(`DELETE FROM match_results WHERE scenario_id = $1 AND organisation_id = $2`, [lost.s, lost.o]);
    await database.query(`UPDATE match_results SET score = score - 1 WHERE scenario_id = $1 AND organisation_id = $2`, [tampered.s, tampered.o]);
    await database.query(`UPDATE match_results SET reasons = array_append(reasons, '另有说明') WHERE scenario_id = $1 AND organisation_id = $2`, [reworded.s, reworded.o]);
    const agency = (await database.query<{ id: string }>(`SELECT id FROM organisations WHERE type = 'agency' LIMIT 1`)).rows[0].id;
    const closed = (
      await database.query<{ id: string }>(`INSERT INTO scenarios (title, domain_code, agency_id, description, status, source) VALUES ('草稿场景', 'smart-healthcare', $1, '草稿。', 'draft', 'portal') RETURNING id`, [agency])
    ).rows[0].id;
    await database.query(`INSERT INTO match_results (scenario_id, organisation_id, score) VALUES ($1, $2, 50)`, [closed, lost.o]);
    const repaired = await rebuild();
    expect(repaired.rows_written).toBe(4);
    const after = await kept();
    expect(after.map(({ s, o, score, reasons }) => ({ s, o, score, reasons }))).toEqual(before.map(({ s, o, score, reasons }) => ({ s, o, score, reasons })));
    // The rows that were right were not rewritten.
    const untouched = after.filter((r) => ![lost, tampered, reworded].some((x) => r.s === x.s && r.o === x.o));
    const previous = new Map(before.map((r) => [`${r.s}:${r.o}`, r.at.getTime()]));
    expect(untouched.every((r) => previous.get(`${r.s}:${r.o}`) === r.at.getTime())).toBe(true);
  }, 240_000);
});
