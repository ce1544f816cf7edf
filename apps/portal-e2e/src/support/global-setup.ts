import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2eState, STATE_FILE, WORKSPACE_ROOT } from './e2e-env';
import globalTeardown from './global-teardown';
import { capture, freePort, waitForHealth } from './processes';
import {
  E2E_OIDC_ACCOUNTS,
  E2E_OIDC_CLIENT_ID,
  E2E_OIDC_CLIENT_SECRET,
} from './sso-provider';

const OIDC_PROVIDER = join(
  WORKSPACE_ROOT,
  'tools/oidc-dev-provider/oidc-dev-provider.mjs',
);

const API_MAIN = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
const WORKER_MAIN = join(WORKSPACE_ROOT, 'dist/apps/worker/main.js');
const PORTAL_DIR = join(WORKSPACE_ROOT, 'dist/apps/portal/browser');

async function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  output: () => string,
  name: string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (pattern.test(output())) return;
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The ${name} exited (code ${child.exitCode ?? child.signalCode}). Its output:\n${output()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `The ${name} did not report that it started within 30 s. Its output:\n${output()}`,
  );
}

/**
 * Starts the built API (which creates, migrates and seeds a fresh database) on a free port with
 * the built portal, plus the worker when it is built; the tests read the base URL from STATE_FILE.
 */
export default async function globalSetup(): Promise<void> {
  const missing = [API_MAIN, join(PORTAL_DIR, 'index.html')].filter(
    (file) => !existsSync(file),
  );
  if (missing.length) {
    throw new Error(
      `The e2e tests drive the built apps, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.\n` +
        'Build them first: npx nx run-many -t build -p api portal',
    );
  }

  // What every app under test runs with (NODE_ENV=test, the connect timeout, the low password hash
  // cost, the short retry spacing): beside the integration tests on a 2-core machine, and every
  // sign-in verifies a hash. Jest loads its
  // global set-up without the workspace's path aliases, so the module is loaded by its file.
  const { TEST_ENV } = (await import(join(WORKSPACE_ROOT, 'libs/server/testing/src/lib/test-env'))) as { TEST_ENV: Record<string, string> };
  const suffix = randomBytes(4).toString('hex');
  const pgBase = (
    process.env['E2E_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432'
  ).replace(/\/+$/, '');
  const databaseName = `scenematch_e2e_${suffix}`;
  const redisUrl = process.env['E2E_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const queuePrefix = `sm-e2e-${suffix}`;
  const mailDir = join(tmpdir(), `scenematch-e2e-mail-${suffix}`);
  // Stored files of this run's own (attachments, open-data dumps): the integration tests run
  // beside the browser tests and must not share the workspace's ./storage with them.
  const storageDir = join(tmpdir(), `scenematch-e2e-storage-${suffix}`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const smsDir = process.env['E2E_SMS_DIR'] ?? join(tmpdir(), `scenematch-e2e-sms-${suffix}`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `${pgBase}/${databaseName}`,
    REDIS_URL: redisUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    QUEUE_PREFIX: queuePrefix,
    MAIL_DIR: mailDir,
    STORAGE_DIR: storageDir,
    SEED_DEMO: 'true',
    PORTAL_DIR,
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    ...TEST_ENV,
    // The development SMS and WeChat sinks: the tests read sign-in codes from these folders.
    SMS_DIR: smsDir,
    WECHAT_DIR: join(tmpdir(), `scenematch-e2e-wechat-${suffix}`),
  };

  const state: E2eState = {
    baseUrl,
    databaseName,
    adminDatabaseUrl: `${pgBase}/postgres`,
    redisUrl,
    queuePrefix,
    smsDir,
    mailDir,
    storageDir,
    pids: [],
  };
  // Written before anything can fail, so that the teardown can still drop what was created.
  const save = () => writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  save();

  // Jest skips the global teardown when the setup fails: clean up here in that case.
  try {
    // A local OpenID Connect provider standing in for the unified identity service (统一身份认证):
    // up before the API, which reads its settings at start. Cheap, so started for every run.
    const provider = spawn(process.execPath, [OIDC_PROVIDER], {
      cwd: WORKSPACE_ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        OIDC_DEV_PORT: '0',
        OIDC_DEV_CLIENT_ID: E2E_OIDC_CLIENT_ID,
        OIDC_DEV_CLIENT_SECRET: E2E_OIDC_CLIENT_SECRET,
        OIDC_DEV_REDIRECT_URIS: `${baseUrl}/api/auth/sso/callback`,
        OIDC_DEV_ACCOUNTS: JSON.stringify(E2E_OIDC_ACCOUNTS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    state.pids.push(provider.pid ?? -1);
    save();
    const providerOutput = capture(provider);
    await waitForLine(
      provider,
      /OIDC_DEV_PROVIDER_READY/,
      providerOutput,
      'OIDC provider',
    );
    const issuer = /OIDC_DEV_PROVIDER_READY (\S+)/.exec(providerOutput())?.[1];
    Object.assign(env, {
      OIDC_ENABLED: 'true',
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: E2E_OIDC_CLIENT_ID,
      OIDC_CLIENT_SECRET: E2E_OIDC_CLIENT_SECRET,
      OIDC_EXTERNAL_ID_CLAIM: 'staff_id',
      PUBLIC_URL: baseUrl,
    });

    const api = spawn(process.execPath, [API_MAIN], {
      cwd: WORKSPACE_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    state.pids.push(api.pid ?? -1);
    save();
    const apiOutput = capture(api);
    await waitForHealth(baseUrl, api, apiOutput);

    if (existsSync(WORKER_MAIN)) {
      const worker = spawn(process.execPath, [WORKER_MAIN], {
        cwd: WORKSPACE_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      state.pids.push(worker.pid ?? -1);
      save();
      await waitForLine(worker, /worker started/i, capture(worker), 'worker');
    }
  } catch (error) {
    await globalTeardown().catch(() => undefined);
    throw error;
  }

  process.env['E2E_BASE_URL'] = baseUrl;
  console.log(
    `\n[portal-e2e] API and portal at ${baseUrl} (database ${databaseName})`,
  );
}
