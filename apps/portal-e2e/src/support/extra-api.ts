import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './e2e-env';
import {
  capture,
  deleteQueueKeys,
  dropDatabase,
  freePort,
  waitForHealth,
} from './processes';

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
  const output = capture(child);

  const stop = async () => {
    await exited(child);
    await dropDatabase(`${pgBase}/postgres`, databaseName);
    await deleteQueueKeys(redisUrl, queuePrefix);
  };

  try {
    await waitForHealth(baseUrl, child, output, 'extra API');
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
