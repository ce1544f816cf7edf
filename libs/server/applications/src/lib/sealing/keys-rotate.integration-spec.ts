import { AppConfig } from '@scenematch/server-config';
import { EnvMasterKeyWrapper } from '@scenematch/server-crypto';
import {
  createTestDatabase,
  testConfig,
  TestDatabase,
  testQueuePrefix,
} from '@scenematch/server-testing';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { BidSealer } from './bid-sealer';
import { rotateMasterKey } from './keys-rotate';

describe('master key rotation (npm run keys:rotate)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const oldKey = randomBytes(32).toString('base64');
  const newKey = randomBytes(32).toString('base64');
  const config = (env: Record<string, string>): AppConfig =>
    testConfig(database.url, testQueuePrefix('rotate'), env);
  const sealer = (c: AppConfig) =>
    new BidSealer(
      c,
      new EnvMasterKeyWrapper(
        c.CRYPTO_SUITE,
        c.sealingMasterKey,
        c.sealingPreviousMasterKey,
      ),
    );

  beforeAll(async () => {
    database = await createTestDatabase('rotate');
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it.each(['aes-256-gcm', 'sm4'])(
    're-wraps every data key under the new master key (%s); sealed bids stay readable, the old key alone no longer opens them',
    async (suite) => {
      const scenarios = await database.query<{ id: string }>(
        `SELECT id FROM scenarios WHERE id NOT IN (SELECT scenario_id FROM scenario_data_keys) ORDER BY id LIMIT 2`,
      );
      const before = config({
        CRYPTO_SUITE: suite,
        SEALING_MASTER_KEY: oldKey,
      });
      const sealed = await dataSource.transaction(async (manager) =>
        Promise.all(
          scenarios.rows.map(async ({ id }) => {
            const key = (await sealer(before).dataKey(manager, id)) as Buffer;
            return {
              id,
              blob: sealer(before).sealContents(key, `app-${id}`, {
                proposal: '方案',
                quote: 1,
                durationDays: 1,
                team: '',
                declarations: {},
                productIds: [],
              }),
            };
          }),
        ),
      );

      const during = config({
        CRYPTO_SUITE: suite,
        SEALING_MASTER_KEY: newKey,
        SEALING_MASTER_KEY_PREVIOUS: oldKey,
      });
      const result = await rotateMasterKey(dataSource, during);
      expect(result.rewrapped).toBeGreaterThanOrEqual(2);
      expect((await rotateMasterKey(dataSource, during)).rewrapped).toBe(0);
      const ids = await database.query<{ master_key_id: string }>(
        `SELECT DISTINCT master_key_id FROM scenario_data_keys`,
      );
      expect(ids.rows.map((r) => r.master_key_id)).toEqual([result.current]);

      const after = config({ CRYPTO_SUITE: suite, SEALING_MASTER_KEY: newKey });
      for (const { id, blob } of sealed) {
        const key = (await sealer(after).dataKey(
          dataSource.manager,
          id,
          false,
        )) as Buffer;
        expect(
          sealer(after).unsealContents(key, `app-${id}`, blob).proposal,
        ).toBe('方案');
        await expect(
          sealer(before).dataKey(dataSource.manager, id, false),
        ).rejects.toThrow(/not configured/);
      }
      const audited = await database.query(
        `SELECT 1 FROM audit_log WHERE action = 'sealing.keys_rotated'`,
      );
      expect(audited.rowCount).toBeGreaterThanOrEqual(2);
    },
  );

  it('runs as a command with the keys from the environment', () => {
    const out = execFileSync(
      'node',
      ['-r', './tools/bench/register.cjs', 'tools/scripts/keys-rotate.ts'],
      {
        cwd: join(__dirname, '../../../../../..'),
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATABASE_URL: database.url,
          SEALING_MASTER_KEY: randomBytes(32).toString('base64'),
          SEALING_MASTER_KEY_PREVIOUS: newKey,
          CRYPTO_SUITE: 'sm4',
        },
      },
    ).toString();
    expect(JSON.parse(out.trim().split('\n').pop() as string)).toMatchObject({
      ok: true,
      rewrapped: expect.any(Number),
    });
  });
});
