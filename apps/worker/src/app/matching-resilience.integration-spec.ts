import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MatchingSchedule } from '@scenematch/server-matching';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { createTestDatabase, freePort, ScratchRedis, testConfig, testQueuePrefix, TestDatabase, waitFor } from '@scenematch/server-testing';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

describe('matching survives a Redis restart', () => {
  let redis: ScratchRedis;
  let database: TestDatabase;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    redis = new ScratchRedis(await freePort());
    await redis.start();
    database = await createTestDatabase('match_redis');
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(database.url, testQueuePrefix('match_redis'), { REDIS_URL: redis.url })), { logger: false });
    await worker.init();
    // Let the first-start work (profiles, bootstrap rebuild) finish.
    await waitFor(async () => (await database.query(`SELECT 1 FROM outbox WHERE completed_at IS NULL`)).rowCount === 0, 'the seeded outbox to drain', 60_000);
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await redis?.kill();
    await database?.drop();
  });

  it('scores every scenario published while Redis was down once it comes back empty', async () => {
    const dataSource = worker.get(DataSource);
    const outbox = worker.get(OutboxService);
    const agency = (await database.query<{ id: string }>(`SELECT id FROM organisations WHERE name = '市卫生健康委'`)).rows[0].id;
    await redis.kill();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      // Publishing: the scenario and its announcement commit together, whatever Redis is doing.
      const id = await dataSource.transaction(async (manager) => {
        const rows: Array<{ id: string }> = await manager.query(
          `INSERT INTO scenarios (title, domain_code, agency_id, description, capability_codes, status, source, published_at)
           VALUES ($1, 'smart-healthcare', $2, '利用计算机视觉对医学影像进行病灶检出和辅助诊断。', '{computer-vision}', 'published', 'portal', now()) RETURNING id`,
          [`影像辅助诊断试点 ${i + 1}`, agency],
        );
        await outbox.publish(manager, JobName.ScenarioChanged, { scenarioId: rows[0].id });
        return rows[0].id;
      });
      ids.push(id);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect((await database.query(`SELECT 1 FROM match_results WHERE scenario_id = ANY($1::uuid[])`, [ids])).rowCount).toBe(0);

    await redis.start();
    await waitFor(
      async () => (await database.query(`SELECT DISTINCT scenario_id FROM match_results WHERE scenario_id = ANY($1::uuid[])`, [ids])).rowCount === ids.length,
      'every scenario to be scored after the restart',
      30_000,
    );
    const best = await database.query<{ name: string }>(
      `SELECT o.name FROM match_results m JOIN organisations o ON o.id = m.organisation_id WHERE m.scenario_id = $1 ORDER BY m.score DESC LIMIT 1`,
      [ids[0]],
    );
    expect(best.rows[0].name).toBe('深圳鹏知医疗智能科技有限公司');
  }, 60_000);

  it('requests one nightly rebuild however many workers run the timer', async () => {
    const schedule = worker.get(MatchingSchedule);
    expect(await schedule.nightly()).toBeNull(); // the first-start rebuild was moments ago
    await database.query(`UPDATE matching_rebuilds SET started_at = now() - interval '1 day'`);
    const results = await Promise.all([schedule.nightly(), schedule.nightly(), schedule.nightly()]);
    expect(results.filter(Boolean)).toHaveLength(1);
    await waitFor(
      async () => (await database.query(`SELECT 1 FROM matching_rebuilds WHERE id = $1 AND status = 'completed'`, [results.find(Boolean)])).rowCount,
      'the nightly rebuild to complete',
      30_000,
    );
  }, 40_000);
});
