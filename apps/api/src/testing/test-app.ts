import { randomBytes } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, dropQueueKeys, testConfig, TestClient, testQueuePrefix, TestDatabase } from '@scenematch/server-testing';
import { AppConfig } from '@scenematch/server-config';
import { chinaToday } from '@scenematch/contracts';
import { createApp } from '../app/create-app';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  database: TestDatabase;
  client: TestClient;
  /**
   * Signs in a new user (demo password) of a given role in an existing organisation: one named
   * `organisation`, or with `organisation` omitted an enterprise other than the demo one.
   */
  newUser(role: 'agency' | 'enterprise' | 'expert', organisation?: string): Promise<TestClient>;
  close(): Promise<void>;
}

/** The calendar date (Beijing time) `days` from today: deadlines and windows in tests. */
export function inDays(days: number): string {
  return chinaToday(new Date(Date.now() + days * 86_400_000));
}

/** The real API wired exactly as in production, on a fresh database, called in process. */
export async function startTestApp(label: string, overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(label);
  const config = testConfig(database.url, testQueuePrefix(label), overrides);
  const app = await createApp(config, { servePortal: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    database,
    client: new TestClient(app),
    newUser: async (role, organisation) => {
      const org = organisation
        ? await database.query<{ id: string }>(`SELECT id FROM organisations WHERE name = $1`, [organisation])
        : await database.query<{ id: string }>(
            `SELECT id FROM organisations WHERE type = 'enterprise'
                AND id <> (SELECT organisation_id FROM users WHERE email = 'enterprise@demo.scenematch.cn') ORDER BY name LIMIT 1`,
          );
      const email = `${role}-${randomBytes(4).toString('hex')}@example.cn`;
      await database.query<object>(
        `INSERT INTO users (email, password_hash, display_name, role, organisation_id)
         SELECT $1, password_hash, '测试用户', $2, $3::uuid FROM users WHERE email = 'enterprise@demo.scenematch.cn'`,
        [email, role, org.rows[0].id],
      );
      return new TestClient(app).signIn(email);
    },
    close: async () => {
      await app.close();
      await database.drop();
      await dropQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
    },
  };
}
