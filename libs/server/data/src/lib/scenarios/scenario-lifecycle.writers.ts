import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

/** The stages the award moves a scenario to. */
export type ScenarioAwardStage = 'evaluating' | 'awarded' | 'piloting' | 'accepted';

/**
 * The award moves its scenario on: evaluating (the notice runs), awarded, piloting, accepted (with
 * the acceptance report, and the time). Run inside the caller's transaction, after it locked the row.
 */
export async function setScenarioStage(db: Db, scenarioId: string, to: ScenarioAwardStage, report: string | null = null): Promise<void> {
  await db.query(
    `UPDATE scenarios SET status = $2, updated_at = now(), acceptance_report = coalesce($3, acceptance_report),
            accepted_at = CASE WHEN $2 = 'accepted' THEN now() ELSE accepted_at END WHERE id = $1`,
    [scenarioId, to, report],
  );
}

/** The opening (开标) of the scenario's bids happened at `at`; returns the time stored. */
export async function markBidsOpened(db: Db, scenarioId: string, at: Date): Promise<Date> {
  const result: [Array<{ at: Date }>, number] | Array<{ at: Date }> = await db.query(
    `UPDATE scenarios SET bids_opened_at = $2 WHERE id = $1 RETURNING bids_opened_at AS at`,
    [scenarioId, at],
  );
  // TypeORM answers UPDATE … RETURNING on PostgreSQL with [rows, count].
  const rows = Array.isArray(result[0]) ? result[0] : (result as Array<{ at: Date }>);
  return rows[0].at;
}
