import { enableGracefulShutdown, shutdownLog } from '@scenematch/server-common';
import { AppConfig, applyPasswordHashCost, ConfigError, loadConfig } from '@scenematch/server-config';
import { ensureDatabase, runMigrations, ServiceUnavailableError } from '@scenematch/server-database';
import { assertRedisReachable } from '@scenematch/server-queue';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@scenematch/contracts';
import { runSeeds } from '@scenematch/seeds';
import { createApp } from './app/create-app';

/**
 * `node main.js`            prepare the database (create, migrate, seed) then serve
 * `node main.js prepare`    only prepare the database
 * `node main.js serve`      serve without preparing (when another process migrates)
 */
async function prepare(config: AppConfig): Promise<void> {
  const created = await ensureDatabase(config.DATABASE_URL);
  const applied = await runMigrations(config.DATABASE_URL);
  const seeded = await runSeeds(config.DATABASE_URL, { demo: config.seedDemo });
  // The demo accounts go with the line: `npm start` lists them in its closing banner.
  const demo = config.seedDemo ? { demoAccounts: DEMO_ACCOUNTS.map((a) => ({ email: a.email, label: a.label })), demoPassword: DEMO_PASSWORD } : {};
  console.log(JSON.stringify({ msg: 'database ready', created, migrationsApplied: applied, seeds: seeded, ...demo }));
}

async function serve(config: AppConfig): Promise<void> {
  await assertRedisReachable(config.REDIS_URL);
  const app = await createApp(config, { shutdownHooks: false });
  enableGracefulShutdown(app, config.SHUTDOWN_TIMEOUT_MS, shutdownLog(config));
  await app.listen({ port: config.PORT, host: config.HOST });
  const listening = `SceneMatch API listening on http://localhost:${config.PORT}`;
  console.log(config.LOG_FORMAT === 'json' ? JSON.stringify({ msg: listening }) : listening);
}

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'start';
  const config = loadConfig();
  applyPasswordHashCost(config);
  if (command === 'prepare' || command === 'start') await prepare(config);
  if (command === 'serve' || command === 'start') await serve(config);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ServiceUnavailableError) {
    console.error(`\nSceneMatch cannot start: ${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
