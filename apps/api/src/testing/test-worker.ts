import {
  DynamicModule,
  INestApplicationContext,
  Module,
  Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@scenematch/server-config';
import { DatabaseModule } from '@scenematch/server-database';
import { QueueModule } from '@scenematch/server-queue';
import { TestApp } from './test-app';

/**
 * The worker's side in this test process: the given job modules on the test app's configuration
 * and database, consuming its queues (no HTTP). Close it before the app.
 */
export async function startTestWorker(
  t: TestApp,
  ...jobModules: Array<Type | DynamicModule>
): Promise<INestApplicationContext> {
  @Module({
    imports: [
      ConfigModule.forRoot(t.config),
      DatabaseModule.forRoot(),
      QueueModule.forWorker(),
      ...jobModules,
    ],
  })
  class TestWorkerModule {}
  const worker = await NestFactory.createApplicationContext(TestWorkerModule, {
    logger: false,
  });
  await worker.init();
  return worker;
}
