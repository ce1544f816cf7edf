import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { WORKSPACE_ROOT } from './e2e-env';

/**
 * A second API (with the built portal) for the specs that need other settings than the one the
 * global setup started — e.g. production mode, where a second factor is mandatory for staff. It
 * has its own port, database and queue prefix; `stop()` removes all three.
 */
export interface ExtraApi {
  baseUrl: string;
  url: (path: string) => string;
  stop: () => Promise<void>;
}

const API_MAIN = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
const PORTAL_DIR = join(WORKSPACE_ROOT, 'dist/apps/portal/browser');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The extra API exited (code ${child.exitCode ?? child.signalCode}). Its output:\n${output()}`,
      );
    }
    try {
      if ((await fetch(`${baseUrl}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `The extra API was not healthy within 60 s. Its output:\n${output()}`,
  );
}

async function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolveExit) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit();
    });
    child.kill('SIGTERM');
  });
}

export async function startExtraApi(
  env: Record<string, string>,
): Promise<ExtraApi> {
  const suffix = randomBytes(4).toString('hex');
  const pgBase = (
    process.env['E2E_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432'
  ).replace(/\/+$/, '');
  const redisUrl = process.env['E2E_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const databaseName = `scenematch_e2e_${suffix}`;
  const queuePrefix = `sm-e2e-${suffix}`;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `${pgBase}/${databaseName}`,
      REDIS_URL: redisUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      QUEUE_PREFIX: queuePrefix,
      PORTAL_DIR,
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) =>
    (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    await exited(child);
    const client = new Client({ connectionString: `${pgBase}/postgres` });
    await client.connect();
    try {
      await client.query(
        `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`,
      );
    } finally {
      await client.end();
    }
    const redis = new Redis(redisUrl, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(
          cursor,
          'MATCH',
          `${queuePrefix}:*`,
          'COUNT',
          500,
        );
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  };

  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return {
    baseUrl,
    url: (path: string) => new URL(path, baseUrl).toString(),
    stop,
  };
}
