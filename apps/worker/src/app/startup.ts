import { inspect } from 'node:util';
import { ConfigError } from '@scenematch/server-config';
import { OUTBOX } from '@scenematch/server-data';
import { isConnectionError, ServiceUnavailableError } from '@scenematch/server-database';
import { Client } from 'pg';

/**
 * Why the worker cannot use the database it probed: PostgreSQL out of reach (with how to start
 * it), or reachable but not prepared yet (the worker never migrates; the API does).
 */
export function databaseProbeError(url: string, error: unknown): Error {
  if (isConnectionError(error)) return new ServiceUnavailableError('PostgreSQL', url, error);
  return new Error(`The database is not prepared (${(error as Error).message}). Start the API once, or run \`node dist/apps/api/main.js prepare\`.`);
}

/**
 * Fails fast, before the worker starts its timers and queues, when PostgreSQL is out of reach or
 * the database has no schema yet (the outbox is the first table the worker reads).
 */
export async function assertPostgresReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query<object>(`SELECT 1 FROM ${OUTBOX} o LIMIT 1`);
  } catch (error) {
    throw databaseProbeError(url, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** What the operator reads when the worker does not start: one clear sentence for what they can fix, the message otherwise. */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof ConfigError || error instanceof ServiceUnavailableError) return `\nSceneMatch worker cannot start: ${error.message}\n`;
  return error instanceof Error ? error.message : inspect(error);
}
