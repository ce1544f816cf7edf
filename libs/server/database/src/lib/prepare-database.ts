import { Client } from 'pg';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { databaseName, quoteIdent, withDatabase } from './database-url';
import { MIGRATIONS } from './migrations';
import { isConnectionError, ServiceUnavailableError } from './service-errors';

/** Arbitrary constant: every process that migrates takes this advisory lock first. */
const MIGRATION_LOCK_KEY = 7_240_517_031;
/** Taken (in the `postgres` database) around "create the database if missing". */
const CREATE_LOCK_KEY = 7_240_517_032;

/** Creates the database named in the URL when it does not exist (connecting to `postgres`). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    if (isConnectionError(error)) throw new ServiceUnavailableError('PostgreSQL', url, error);
    throw error;
  }
  try {
    // Processes starting together: one creates, the others wait and find it. (Without the lock
    // the loser's CREATE DATABASE fails with a unique violation on pg_database, not 42P04.)
    await admin.query<object>('SELECT pg_advisory_lock($1)', [CREATE_LOCK_KEY]);
    const found = await admin.query<object>('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await admin.query<object>(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      // Created meanwhile by a process that does not take the lock (an older release, a person).
      if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
      return false;
    }
    return true;
  } finally {
    await admin.end();
  }
}

export function migrationDataSource(url: string, logger?: TypeOrmLogger): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    logger,
  });
}

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so several API processes starting
 * together migrate once. Returns the names of the migrations applied.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = migrationDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    if (isConnectionError(error)) throw new ServiceUnavailableError('PostgreSQL', url, error);
    throw error;
  }
  const runner = dataSource.createQueryRunner();
  try {
    // Through the runner's manager (the same connection, which the session lock needs): only the
    // manager's query takes a result type.
    await runner.manager.query<unknown>('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.manager.query<unknown>('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
