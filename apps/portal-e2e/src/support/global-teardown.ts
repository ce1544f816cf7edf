import { existsSync, rmSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';
import { readState, STATE_FILE } from './e2e-env';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL after 5 s if the process is still there. */
async function stop(pid: number): Promise<void> {
  if (pid <= 0 || !isRunning(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && isRunning(pid))
    await new Promise((r) => setTimeout(r, 100));
  if (isRunning(pid)) process.kill(pid, 'SIGKILL');
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^scenematch_e2e_[0-9a-f]+$/.test(name))
    throw new Error(`Refusing to drop unexpected database ${name}`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The run's BullMQ keys (its own QUEUE_PREFIX) so that repeated runs leave Redis clean. */
async function deleteQueueKeys(
  redisUrl: string,
  prefix: string,
): Promise<void> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  redis.on('error', () => undefined); // reported once, by the rejected connect() below
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${prefix}:*`,
        'COUNT',
        500,
      );
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  const state = readState();
  // Reverse order: the worker before the API that prepared its database.
  for (const pid of [...state.pids].reverse()) await stop(pid);
  const problems: string[] = [];
  await dropDatabase(state.adminDatabaseUrl, state.databaseName).catch(
    (e: Error) => problems.push(`drop database: ${e.message}`),
  );
  await deleteQueueKeys(state.redisUrl, state.queuePrefix).catch((e: Error) =>
    problems.push(`redis cleanup: ${e.message}`),
  );
  rmSync(STATE_FILE, { force: true });
  if (problems.length)
    console.warn(`[portal-e2e] teardown: ${problems.join('; ')}`);
}
