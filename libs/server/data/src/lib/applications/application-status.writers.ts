import type { Queryable } from '../queryable';

/** What a writer needs of the caller's transaction. */

/** The statuses other domains move an application to: review (reviews, an overturned award) and the award. */
export type ApplicationDecisionStatus = 'under_review' | 'selected';

/**
 * Moves applications on, for the reviews (shortlisted → under review) and the awards (selected;
 * back to under review when the award is overturned). Run inside the caller's transaction.
 */
export async function setApplicationsStatus(db: Queryable, applicationIds: string[], status: ApplicationDecisionStatus): Promise<void> {
  await db.query<unknown>(`UPDATE applications SET status = $2, updated_at = now() WHERE id = ANY($1::uuid[])`, [applicationIds, status]);
}

/** The award is confirmed: the scenario's other applications still in review are not selected. */
export async function markOthersNotSelected(db: Queryable, scenarioId: string, selectedIds: string[]): Promise<void> {
  await db.query<unknown>(
    `UPDATE applications SET status = 'not_selected', updated_at = now()
      WHERE scenario_id = $1 AND status IN ('under_review', 'shortlisted') AND NOT (id = ANY($2::uuid[]))`,
    [scenarioId, selectedIds],
  );
}
