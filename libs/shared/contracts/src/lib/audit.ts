export type AuditOutcome = 'success' | 'failure' | 'denied';

/**
 * One record of the audit trail as GET /api/audit returns it. Records about a sealed bid (its
 * scenario not yet opened) come without who acted, from where and the details.
 */
export interface AuditRecord {
  /** The record's sequence number (bigint, as text). */
  id: string;
  /** @format date-time */
  at: string;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_organisation_id: string | null;
  /** The actor's sign-in email today. */
  actor_email: string | null;
  actor_name: string | null;
  /** The actor's organisation's name today. */
  actor_organisation_name: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  /** The object's name (a user, an organisation, a scenario, a product), when it has one. */
  entity_label: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
  hash_alg: 'sha256' | 'sm3';
}

/** GET /api/audit/verify: the hash chain checked from its start. */
export interface AuditVerification {
  ok: boolean;
  /** @asType integer */
  checked: number;
  problems: Array<{ id: string; problem: string }>;
}
