/** What `manifest.json` in a backup archive says about it. */
export const BACKUP_FORMAT = 'scenematch-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Names inside the archive. */
export const MANIFEST_ENTRY = 'manifest.json';
export const DUMP_ENTRY = 'database.dump';
export const FILES_PREFIX = 'files/';

export interface BackupEntry {
  /** Path inside the archive (`database.dump`, `files/<storage key>`). */
  path: string;
  size: number;
  sha256: string;
}

/** Rows of the tables an operator checks after a restore. */
export interface RecordCounts {
  organisations: number;
  users: number;
  scenarios: number;
  products: number;
  applications: number;
  applicationFiles: number;
  productFiles: number;
  auditRecords: number;
  /** Outbox rows neither completed nor failed: background work the worker still owes. */
  outboxUnfinished: number;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  app: { name: string; version: string };
  database: {
    name: string;
    serverVersion: string;
    serverMajor: number;
    /** Migrations applied in the dumped database, oldest first. */
    migrations: string[];
  };
  pgDump: { version: string; major: number };
  counts: RecordCounts;
  /**
   * Sealed bids: how many scenarios still hold a wrapped data key, and the ids (not the keys)
   * of the master keys that wrap them. The master key is not in the backup.
   */
  sealing: { sealedScenarios: number; masterKeyIds: string[] };
  /** Stored files: the ones the database snapshot refers to (each once). */
  files: { count: number; bytes: number };
  entries: BackupEntry[];
  /** Anything the operator should know (a referenced file missing from storage, a file whose content changed). */
  warnings: string[];
}
