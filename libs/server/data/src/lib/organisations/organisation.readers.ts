import { queryMap, queryRows, type Queryable } from '../queryable';

/** An organisation as lookups by id read it. */
export interface OrganisationSummary {
  id: string;
  type: string;
  name: string;
  financier_kind: string | null;
}

/** The organisations of these ids (unknown ids are left out), in no particular order. */
export async function organisationsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<OrganisationSummary[]> {
  if (!ids.length) return [];
  return queryRows<OrganisationSummary>(
    db,
    `SELECT id, type, name, financier_kind FROM organisations WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
}

/** The names of these organisations, by id (unknown ids are left out). */
export async function organisationNames(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  return new Map(
    (await organisationsByIds(db, ids)).map((o) => [o.id, o.name]),
  );
}

/** The ids of the organisations of this type named so, by name (names no such organisation has are left out). */
export async function organisationIdsByName(
  db: Queryable,
  type: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  if (!names.length) return new Map();
  return queryMap(db, `SELECT id, name FROM organisations WHERE type = $1 AND name = ANY($2::text[])`, [type, names], (r: { id: string; name: string }) => [r.name, r.id]);
}
