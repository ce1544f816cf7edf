import { returningRows } from '@scenematch/server-database';
import type { Queryable } from '../queryable';

/** The stages the award moves a scenario to. */
export type ScenarioAwardStage = 'evaluating' | 'awarded' | 'piloting' | 'accepted';

/**
 * The award moves its scenario on: evaluating (the notice runs), awarded, piloting, accepted (with
 * the acceptance report, and the time). Run inside the caller's transaction, after it locked the row.
 */
export async function setScenarioStage(db: Queryable, scenarioId: string, to: ScenarioAwardStage, report: string | null = null): Promise<void> {
  await db.query<unknown>(
    `UPDATE scenarios SET status = $2, updated_at = now(), acceptance_report = coalesce($3, acceptance_report),
            accepted_at = CASE WHEN $2 = 'accepted' THEN now() ELSE accepted_at END WHERE id = $1`,
    [scenarioId, to, report],
  );
}

/** The opening (开标) of the scenario's bids happened at `at`; returns the time stored. */
export async function markBidsOpened(db: Queryable, scenarioId: string, at: Date): Promise<Date> {
  const result = await db.query<[Array<{ at: Date }>, number]>(
    `UPDATE scenarios SET bids_opened_at = $2 WHERE id = $1 RETURNING bids_opened_at AS at`,
    [scenarioId, at],
  );
  return returningRows(result)[0].at;
}
