import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The workspace root (apps/portal-e2e/src/support → four levels up). */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

/**
 * Where the global setup leaves what the tests and the teardown need to know: one file per run
 * (the setup exports the path to the test workers it spawns through E2E_STATE_FILE).
 */
export const STATE_FILE = (process.env['E2E_STATE_FILE'] ??= join(
  tmpdir(),
  `scenematch-portal-e2e-${process.pid}.json`,
));

export interface E2eState {
  baseUrl: string;
  databaseName: string;
  adminDatabaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  /** Where the API's development SMS sink writes messages (SMS_DIR; E2E_SMS_DIR overrides). */
  smsDir: string;
  /** Where the worker writes mails (SMTP_URL unset): this run's own folder. */
  mailDir: string;
  /** Where the API and the worker store files (STORAGE_DIR): this run's own folder. */
  storageDir?: string;
  pids: number[];
}

export function readState(): E2eState {
  if (!existsSync(STATE_FILE)) {
    throw new Error(
      `No e2e state at ${STATE_FILE}: run the tests through \`npx nx e2e portal-e2e\` (the global setup starts the API).`,
    );
  }
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
}

/** Base URL of the API serving the built portal, e.g. http://127.0.0.1:41234. */
export function baseUrl(): string {
  return process.env['E2E_BASE_URL'] ?? readState().baseUrl;
}

export const DEMO_PASSWORD = 'Demo#2025pass';
