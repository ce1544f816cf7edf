import { queryMap, type Queryable } from '../queryable';

/**
 * Makes sure an agency (发榜单位) of each of these names exists, creating the missing ones as
 * bare, unverified organisations; returns the ids of all of them, by name. Run it in the caller's
 * transaction (pass its manager) so that the new organisations go with what needs them.
 */
export async function ensureAgencies(
  db: Queryable,
  names: readonly string[],
): Promise<Map<string, string>> {
  await db.query<unknown>(
    `INSERT INTO organisations (type, name) SELECT 'agency', unnest($1::text[]) ON CONFLICT (name) WHERE type = 'agency' DO NOTHING`,
    [names],
  );
  return queryMap(db, `SELECT id, name FROM organisations WHERE type = 'agency' AND name = ANY($1::text[])`, [names], (r: { id: string; name: string }) => [r.name, r.id]);
}
