import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The most statement texts a process prepares (each connection keeps a plan of every one it ran). */
export const MAX_PREPARED_STATEMENTS = 200;

const prepared = new Set<string>();

/**
 * Runs `sql` as a named prepared statement on a connection of the pool: each connection parses
 * it once and, after a few runs, keeps one plan for it, so later calls only bind and execute —
 * for hot read queries whose planning costs more than running them (a search page joins five
 * tables for its 20 rows). The name is the text's hash, so one text always has one name. Past
 * MAX_PREPARED_STATEMENTS texts a new one runs unprepared (texts that differ in an inlined value
 * must not fill every connection's memory). Rows come back as from `dataSource.query`. Outside a
 * transaction only (it takes any connection of the pool).
 */
export async function preparedQuery<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  // TypeORM types its pg pool as `any`; it is pg's Pool.
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const name = `p_${createHash('sha1').update(sql).digest('base64url').slice(0, 24)}`;
  if (!prepared.has(name)) {
    if (prepared.size >= MAX_PREPARED_STATEMENTS) return (await pool.query<T & QueryResultRow>(sql, params)).rows;
    prepared.add(name);
  }
  return (await pool.query<T & QueryResultRow>({ name, text: sql, values: params })).rows;
}
