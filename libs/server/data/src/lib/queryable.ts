/**
 * What a reader or an owner's writer runs its SQL on: a TypeORM DataSource, an EntityManager
 * inside a transaction, or a query runner. The caller chooses, so a reader runs in the caller's
 * transaction (and reads its own writes) when it passes its manager.
 */
export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** Runs one query whose rows have the shape `T` (the one place a reader states its row type). */
export async function queryRows<T>(db: Queryable, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return db.query<T[]>(sql, parameters);
}

/** Runs one query for at most one row of the shape `T`: the first row, undefined when there is none. */
export async function queryFirst<T>(db: Queryable, sql: string, parameters: unknown[] = []): Promise<T | undefined> {
  return (await queryRows<T>(db, sql, parameters))[0];
}

/** Runs one query and reads its rows as a lookup table, one entry a row (a later row with the same key wins). */
export async function queryMap<T, K, V>(db: Queryable, sql: string, parameters: unknown[], entry: (row: T) => readonly [K, V]): Promise<Map<K, V>> {
  return new Map((await queryRows<T>(db, sql, parameters)).map(entry));
}
