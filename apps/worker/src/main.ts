import { NestFactory } from '@nestjs/core';
import { enableGracefulShutdown, shutdownLog } from '@scenematch/server-common';
import { applyPasswordHashCost, loadConfig } from '@scenematch/server-config';
import { assertRedisReachable } from '@scenematch/server-queue';
import { Logger } from 'nestjs-pino';
import { assertPostgresReachable, startupFailureMessage } from './app/startup';
import { WorkerModule } from './app/worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  applyPasswordHashCost(config);
  await assertPostgresReachable(config.DATABASE_URL);
  await assertRedisReachable(config.REDIS_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  enableGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS, shutdownLog(config));
  await app.init();
  const started = 'SceneMatch worker started';
  console.log(config.LOG_FORMAT === 'json' ? JSON.stringify({ msg: started, pid: process.pid }) : `${started} (pid ${process.pid})`);
}

main().catch((error: unknown) => {
  console.error(startupFailureMessage(error));
  process.exit(1);
});
