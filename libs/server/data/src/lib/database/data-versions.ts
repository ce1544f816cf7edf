import { queryMap, type Queryable } from '../queryable';

/** The current data versions of these names (bumped by triggers on every change), by name; a name never bumped is left out. */
export async function dataVersions(
  db: Queryable,
  names: readonly string[],
): Promise<Map<string, string>> {
  return queryMap(db, `SELECT name, version FROM data_versions WHERE name = ANY($1::text[])`, [names], (r: { name: string; version: string }) => [r.name, r.version]);
}
