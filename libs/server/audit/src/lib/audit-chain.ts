import { createHash } from 'node:crypto';

/** The fields of an audit record that its hash covers, in a fixed order. */
export interface AuditFields {
  at: string;
  actorUserId: string | null;
  actorRole: string | null;
  actorOrganisationId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of a chain link: SHA-256, or SM3 (GB/T 32905-2016) under the 国密 suite. Both are 64 hex digits. */
export type AuditHashAlgorithm = 'sha256' | 'sm3';

/**
 * Each record names its algorithm (`audit_log.hash_alg`), so a chain begun under SHA-256 keeps
 * verifying after the deployment switches to SM3, and the other way round.
 */
export function auditHash(prevHash: string, fields: AuditFields, algorithm: AuditHashAlgorithm = 'sha256'): string {
  return createHash(algorithm).update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}
