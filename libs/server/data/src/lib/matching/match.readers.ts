import { queryFirst, type Queryable } from '../queryable';

/** A company's match with one scenario. */
export interface ScenarioMatch {
  scenario_id: string;
  score: number;
}

/** A company's best-scoring match among these scenarios, undefined when it has none with them. */
export async function bestMatchAmong(
  db: Queryable,
  organisationId: string,
  scenarioIds: readonly string[],
): Promise<ScenarioMatch | undefined> {
  return queryFirst<ScenarioMatch>(
    db,
    `SELECT score, scenario_id FROM match_results WHERE organisation_id = $1 AND scenario_id = ANY($2::uuid[]) ORDER BY score DESC LIMIT 1`,
    [organisationId, scenarioIds],
  );
}
