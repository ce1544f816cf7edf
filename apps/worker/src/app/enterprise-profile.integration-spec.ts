import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JobName, OutboxService } from '@scenematch/server-queue';
import { createTestDatabase, dropQueueKeys, TEST_REDIS_URL, testConfig, testQueuePrefix, TestDatabase, waitFor } from '@scenematch/server-testing';
import { WorkerModule } from './worker.module';

describe('company matching profiles kept by the worker', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  const prefix = testQueuePrefix('profiles');

  beforeAll(async () => {
    database = await createTestDatabase('profiles');
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(database.url, prefix)), { logger: false });
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await database?.drop();
    await dropQueueKeys(TEST_REDIS_URL, prefix);
  });

  const profile = async (organisationId: string) =>
    (
      await database.query<{ capability_codes: string[]; listed_products: number; best_maturity: string | null; tokens: string[] }>(
        `SELECT capability_codes, listed_products, best_maturity, tokens FROM enterprise_match_profiles WHERE organisation_id = $1`,
        [organisationId],
      )
    ).rows[0];

  // About the seed itself: the worker builds the profiles of the seeded companies from the seed's
  // outbox. The demo company is the one whose products (computer vision, scaled, 影像) the
  // expectations describe, so it stays on its demo account.
  it('builds every seeded company’s profile from its listed products, and follows a delisting', async () => {
    const company = (await database.query<{ id: string }>(`SELECT organisation_id AS id FROM users WHERE email = 'enterprise@demo.scenematch.cn'`)).rows[0].id;
    const built = await waitFor(() => profile(company), 'the seeded profile', 20_000);
    expect(built.capability_codes).toContain('computer-vision');
    expect(built.best_maturity).toBe('scaled');
    expect(built.tokens).toContain('影像');
    const listed = built.listed_products;
    expect(listed).toBeGreaterThan(0);
    await waitFor(async () => (await database.query(`SELECT 1 FROM outbox WHERE completed_at IS NULL`)).rowCount === 0, 'the seeded outbox to drain', 20_000);

    const outbox = worker.get(OutboxService);
    await database.query(`UPDATE products SET status = 'delisted' WHERE organisation_id = $1 AND status = 'listed'`, [company]);
    await outbox.publishNow(JobName.EnterpriseChanged, { organisationId: company });
    const after = await waitFor(async () => {
      const p = await profile(company);
      return p.listed_products === 0 ? p : undefined;
    }, 'the profile to follow the delisting');
    expect(after.best_maturity).toBeNull();
    // Capabilities the company declares on its own profile remain.
    expect(after.capability_codes.length).toBeGreaterThan(0);
  });
});
