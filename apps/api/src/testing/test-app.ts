import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, testConfig, TestClient, testQueuePrefix, TestDatabase } from '@scenematch/server-testing';
import { AppConfig } from '@scenematch/server-config';
import { createApp } from '../app/create-app';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  database: TestDatabase;
  client: TestClient;
  close(): Promise<void>;
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
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
