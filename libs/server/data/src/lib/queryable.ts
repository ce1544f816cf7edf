/**
 * What a reader runs its SQL on: a TypeORM DataSource, an EntityManager inside a transaction, or
 * a query runner. Readers take it so that a caller in a transaction reads its own writes.
 */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Runs one query whose rows have the shape `T` (the one place a reader states its row type). */
export async function queryRows<T>(db: Queryable, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, parameters)) as T[];
}

/** Runs one query whose rows have the shape `T` (the one place a reader states its row type). */
export async function queryRows<T>(db: Queryable, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return db.query<T[]>(sql, parameters);
}
