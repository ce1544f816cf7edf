import {
  APPLICATION_FILES,
  APPLICATIONS,
  AUDIT_RECORDS,
  ORGANISATIONS,
  OUTBOX,
  PRODUCT_FILES,
  PRODUCTS,
  SCENARIO_DATA_KEYS,
  SCENARIOS,
  USERS,
} from '@scenematch/server-data';
import { isAbsolute, normalize, sep } from 'node:path';
import { RecordCounts } from './backup-manifest';

/** Anything with `query(sql)` returning `{ rows }`: a pg Client inside the snapshot, or a pool. */
export interface Queryable {
  query<R extends object>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

/** The counts a backup records and a restore compares. */
export async function countRecords(db: Queryable): Promise<RecordCounts> {
  const { rows } = await db.query<Record<keyof RecordCounts, string>>(`
    SELECT (SELECT count(*) FROM ${ORGANISATIONS} x) AS organisations,
           (SELECT count(*) FROM ${USERS} x) AS users,
           (SELECT count(*) FROM ${SCENARIOS} x) AS scenarios,
           (SELECT count(*) FROM ${PRODUCTS} x) AS products,
           (SELECT count(*) FROM ${APPLICATIONS} x) AS applications,
           (SELECT count(*) FROM ${APPLICATION_FILES} x) AS "applicationFiles",
           (SELECT count(*) FROM ${PRODUCT_FILES} x) AS "productFiles",
           (SELECT count(*) FROM ${AUDIT_RECORDS} x) AS "auditRecords",
           (SELECT count(*) FROM ${OUTBOX} x WHERE x.completed_at IS NULL AND x.failed_at IS NULL) AS "outboxUnfinished"`);
  const row = rows[0];
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as unknown as RecordCounts;
}

/** Applied migrations, oldest first (TypeORM's `migrations` table). */
export async function appliedMigrations(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`SELECT name FROM migrations ORDER BY timestamp, id`);
  return rows.map((r) => r.name);
}

export interface StoredFileRef {
  storageKey: string;
  /** SHA-256 of the stored bytes when they are the plain file (not sealed); null when unknown. */
  sha256: string | null;
}

/**
 * Every file the database refers to, once per storage key. Product files and opened
 * attachments are stored by content (their key ends in the SHA-256 of the bytes); sealed
 * attachments are encrypted under a random key, so their stored bytes have no recorded hash.
 */
export async function referencedFiles(db: Queryable): Promise<StoredFileRef[]> {
  const { rows } = await db.query<{ storage_key: string; sha256: string | null }>(`
    SELECT storage_key, min(sha256) AS sha256 FROM (
      SELECT p.storage_key, p.sha256 FROM ${PRODUCT_FILES} p
      UNION ALL
      SELECT a.storage_key, CASE WHEN a.sealed THEN NULL ELSE a.sha256 END FROM ${APPLICATION_FILES} a
    ) f GROUP BY storage_key ORDER BY storage_key`);
  return rows.map((r) => ({ storageKey: r.storage_key, sha256: r.sha256 }));
}

/** Master key ids in use and how many scenarios still have sealed bids. */
export async function sealingState(db: Queryable): Promise<{ sealedScenarios: number; masterKeyIds: string[] }> {
  const { rows } = await db.query<{ master_key_id: string; n: string }>(
    `SELECT k.master_key_id, count(*) AS n FROM ${SCENARIO_DATA_KEYS} k GROUP BY k.master_key_id ORDER BY k.master_key_id`,
  );
  return { sealedScenarios: rows.reduce((sum, r) => sum + Number(r.n), 0), masterKeyIds: rows.map((r) => r.master_key_id) };
}

/** A storage key as a safe relative path (keys are made by the server; refuse anything else). */
export function safeStorageKey(key: string): string {
  const normal = normalize(key);
  if (!key || isAbsolute(key) || normal.split(sep).includes('..') || normal !== key) {
    throw new Error(`Unexpected storage key ${JSON.stringify(key)}`);
  }
  return normal;
}
