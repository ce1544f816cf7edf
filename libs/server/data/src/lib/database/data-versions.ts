import { queryRows, type Queryable } from '../queryable';

/** The current data versions of these names (bumped by triggers on every change), by name; a name never bumped is left out. */
export async function dataVersions(
  db: Queryable,
  names: readonly string[],
): Promise<Map<string, string>> {
  const rows = await queryRows<{ name: string; version: string }>(
    db,
    `SELECT name, version FROM data_versions WHERE name = ANY($1::text[])`,
    [names],
  );
  return new Map(rows.map((r) => [r.name, r.version]));
}
