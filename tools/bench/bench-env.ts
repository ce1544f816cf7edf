/**
 * Set-up and clean-up of the benchmarks that run on the database: a fresh database from the
 * seeded template, the API or a worker in this process, and dropping it all afterwards.
 * (Kept apart from bench-kit.ts so the pure benchmarks do not load the server.)
 */
import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, type AppConfig } from '@scenematch/server-config';
import { DatabaseModule } from '@scenematch/server-database';
import { QueueModule } from '@scenematch/server-queue';
import { createTestDatabase, dropQueueKeys, prepareTemplateDatabase, type TestDatabase } from '@scenematch/server-testing';
import { createApp } from '../../apps/api/src/app/create-app';

/** A fresh database made from the migrated, seeded template. */
export async function benchDatabase(label: string): Promise<TestDatabase> {
  await prepareTemplateDatabase();
  return createTestDatabase(label);
}

/** The API on a free local port, and its base URL (IPv4, where the load client connects). */
export async function startApi(config: AppConfig): Promise<{ app: Awaited<ReturnType<typeof createApp>>; base: string }> {
  const app = await createApp(config, { servePortal: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

/** A worker context with configuration, database and queue, plus the job modules under test. */
export async function startWorker(config: AppConfig, modules: Array<Type<unknown> | DynamicModule>): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forWorker(), ...modules] })
  class BenchWorker {}
  const worker = await NestFactory.createApplicationContext(BenchWorker, { logger: false });
  await worker.init();
  return worker;
}

/** Drops the benchmark's database (BENCH_KEEP keeps it, to look at afterwards) and its queue keys. */
export async function dropBenchData(database: TestDatabase, config: AppConfig): Promise<void> {
  if (process.env['BENCH_KEEP']) console.error(`kept database ${database.name}`);
  else await database.drop();
  await dropQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
}
