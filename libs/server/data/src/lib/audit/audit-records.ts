import { queryRows, type Queryable } from '../queryable';

/** An audit record about a user or by them, as their personal data export lists it. */
export interface UserAuditRecord {
  id: string;
  at: Date;
  action: string;
  outcome: string;
  entity_type: string | null;
  entity_id: string | null;
  ip: string | null;
  user_agent: string | null;
}

/** The latest `limit` records the user made or that are about the user, newest first. */
export function auditRecordsOfUser(db: Queryable, userId: string, limit: number): Promise<UserAuditRecord[]> {
  return queryRows<UserAuditRecord>(
    db,
    `SELECT id::text, at, action, outcome, entity_type, entity_id, ip, user_agent FROM audit_log
      WHERE actor_user_id = $1 OR (entity_type = 'user' AND entity_id = $2) ORDER BY id DESC LIMIT $3`,
    [userId, userId, limit],
  );
}
