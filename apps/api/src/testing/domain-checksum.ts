import { TestDatabase } from '@scenematch/server-testing';

const columnsCache = new Map<string, string>();

/**
 * A fingerprint of the data: for every table, its row count and latest updated_at (where it
 * has one), and the length of the audit trail. Equal before and after a refused request means
 * the request changed nothing (and, for failures that are not audited, recorded nothing).
 */
export async function domainChecksum(database: TestDatabase): Promise<Record<string, string>> {
  let sql = columnsCache.get(database.name);
  if (!sql) {
    const tables = await database.query<{ table_name: string; has_updated_at: boolean }>(
      `SELECT t.table_name,
              EXISTS (SELECT 1 FROM information_schema.columns c
                       WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'updated_at') AS has_updated_at
         FROM information_schema.tables t
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name NOT IN ('migrations', 'typeorm_metadata')
        ORDER BY t.table_name`,
    );
    sql = tables.rows
      .map((t) => `SELECT '${t.table_name}' AS name, count(*)::text || '/' || ${t.has_updated_at ? `coalesce(max(updated_at)::text, '-')` : `'-'`} AS value FROM "${t.table_name}"`)
      .join(' UNION ALL ');
    columnsCache.set(database.name, sql);
  }
  const rows = await database.query<{ name: string; value: string }>(sql);
  return Object.fromEntries(rows.rows.map((r) => [r.name, r.value]));
}
