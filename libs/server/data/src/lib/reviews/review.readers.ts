import type { Queryable } from '../queryable';

/** Whether the expert is assigned to review the application and not recused (who may read a bid after the opening). */
export async function isAssignedReviewer(db: Queryable, applicationId: string, expertUserId: string): Promise<boolean> {
  const rows = await db.query<Array<{ recused: boolean }>>(
    `SELECT recused FROM review_assignments WHERE application_id = $1 AND expert_user_id = $2`,
    [applicationId, expertUserId],
  );
  return !!rows[0] && !rows[0].recused;
}
