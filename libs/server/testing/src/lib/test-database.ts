import { ensureDatabase, quoteIdent, runMigrations, withDatabase } from '@scenematch/server-database';
import { setPasswordHashCost } from '@scenematch/server-crypto';
import { runSeeds } from '@scenematch/seeds';
import { TEST_PASSWORD_HASH_COST } from './test-env';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';

export const TEST_SERVER_URL = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export const TEMPLATE_DATABASE = process.env['TEST_TEMPLATE_DATABASE'] ?? 'scenematch_test_template';

/** Serialises rebuilding the template against copying it. */
const TEMPLATE_LOCK = 7_240_517_200;

/** Runs `fn` on a short-lived connection to the database at `url`. */
export async function withConnection<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One query on a short-lived connection to the database at `url`: its rows. */
export async function queryRowsAt<R extends object>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  return withConnection(url, async (client) => (await client.query<R>(sql, params)).rows);
}

function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  return withConnection(withDatabase(TEST_SERVER_URL, 'postgres'), fn);
}

/**
 * Builds the migrated, seeded template that every test file copies (jest globalSetup). Demo
 * data is included: tests sign in as the demo users like a person would.
 */
export async function prepareTemplateDatabase(): Promise<void> {
  // Test runs started side by side (two terminals, several engineers) share the server: the
  // rebuild holds an exclusive lock and each copy a shared one, so no run copies a half-built
  // template or has it dropped under it.
  await admin(async (lock) => {
    await lock.query<object>(`SELECT pg_advisory_lock($1)`, [TEMPLATE_LOCK]);
    try {
      await admin(async (client) => {
        await client.query<object>(`UPDATE pg_database SET datistemplate = false WHERE datname = $1`, [TEMPLATE_DATABASE]);
        await client.query<object>(`DROP DATABASE IF EXISTS ${quoteIdent(TEMPLATE_DATABASE)} WITH (FORCE)`);
      });
      const url = withDatabase(TEST_SERVER_URL, TEMPLATE_DATABASE);
      await ensureDatabase(url);
      await runMigrations(url);
      // The demo users' hashes at the tests' cost, as the apps under test make theirs.
      setPasswordHashCost(TEST_PASSWORD_HASH_COST.memoryKiB, TEST_PASSWORD_HASH_COST.passes);
      await runSeeds(url, { demo: true });
      await admin((client) => client.query<object>(`UPDATE pg_database SET datistemplate = true WHERE datname = $1`, [TEMPLATE_DATABASE]));
    } finally {
      await lock.query<object>(`SELECT pg_advisory_unlock($1)`, [TEMPLATE_LOCK]);
    }
  });
}

export interface TestDatabase {
  name: string;
  url: string;
  /** One query on a short-lived connection (for arranging and checking state). */
  query<R extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
  drop(): Promise<void>;
}

/** A fresh database for one test file, copied from the template in a few hundred milliseconds. */
export async function createTestDatabase(label = 'it'): Promise<TestDatabase> {
  const name = `scenematch_${label}_${randomBytes(4).toString('hex')}`;
  await admin(async (client) => {
    await client.query<object>(`SELECT pg_advisory_lock_shared($1)`, [TEMPLATE_LOCK]);
    await client.query<object>(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE_DATABASE)}`);
  });
  const url = withDatabase(TEST_SERVER_URL, name);
  return {
    name,
    url,
    query: <R extends object>(sql: string, params: unknown[] = []) =>
      withConnection(url, async (client) => {
        const result = await client.query<R>(sql, params);
        return { rows: result.rows, rowCount: result.rowCount };
      }),
    drop: () => admin((client) => client.query<object>(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A BullMQ/Redis key prefix of its own for one test file. */
export function testQueuePrefix(label = 'it'): string {
  return `t_${label}_${randomBytes(4).toString('hex')}`;
}
