import { queryFirst, queryMap, queryRows, type Queryable } from '../queryable';

/** The titles of these scenarios, by id (unknown ids are left out). */
export async function scenarioTitles(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  return queryMap(db, `SELECT id, title FROM scenarios WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]], (r: { id: string; title: string }) => [r.id, r.title]);
}

/** The titles of every scenario in one of these states. */
export async function scenarioTitlesInStatus(
  db: Queryable,
  statuses: readonly string[],
): Promise<string[]> {
  const rows = await queryRows<{ title: string }>(
    db,
    `SELECT title FROM scenarios WHERE status = ANY($1::text[])`,
    [statuses],
  );
  return rows.map((r) => r.title);
}

/** Who a scenario belongs to and where it stands. */
export interface ScenarioOwnership {
  agency_id: string;
  co_agency_ids: string[];
  status: string;
}

/** The owning unit and state of a scenario, undefined when there is none of this id. */
export async function scenarioOwnership(
  db: Queryable,
  id: string,
): Promise<ScenarioOwnership | undefined> {
  return queryFirst<ScenarioOwnership>(
    db,
    `SELECT agency_id, co_agency_ids, status FROM scenarios WHERE id = $1`,
    [id],
  );
}

/** Those of these scenarios that an organisation publishes (as owner or co-owner) and that are in one of these states. */
export async function scenarioIdsOfAgency(
  db: Queryable,
  ids: readonly string[],
  organisationId: string,
  statuses: readonly string[],
): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    `SELECT id FROM scenarios WHERE id = ANY($1::uuid[]) AND (agency_id = $2 OR $2 = ANY(co_agency_ids)) AND status = ANY($3::text[])`,
    [ids, organisationId, statuses],
  );
  return rows.map((r) => r.id);
}
