import { databaseName, redactUrl } from '@scenematch/server-database';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import * as tar from 'tar';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupEntry,
  BackupManifest,
  DUMP_ENTRY,
  FILES_PREFIX,
  MANIFEST_ENTRY,
} from './backup-manifest';
import { appliedMigrations, countRecords, referencedFiles, safeStorageKey, sealingState, StoredFileRef } from './inventory';
import { assertDumpCompatible, BackupError, connectionForTool, findPgTool, runPgTool } from './pg-tools';

export type ProgressStep = 'check' | 'database' | 'files' | 'archive' | 'verify' | 'restore-database' | 'restore-files' | 'checks';

export interface Progress {
  step: ProgressStep;
  message: string;
}

export interface BackupOptions {
  databaseUrl: string;
  storageDir: string;
  /** The archive to write (`.tar.gz`); written beside as `<file>.partial` and renamed when complete. */
  file: string;
  app?: { name: string; version: string };
  progress?: (p: Progress) => void;
  /** How many times to take a new snapshot when a referenced file vanished while copying (removed or opened meanwhile). */
  attempts?: number;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

class FileVanished extends Error {}

/**
 * `npm run backup`: one archive (`.tar.gz`) holding `manifest.json`, `database.dump`
 * (`pg_dump -Fc`) and `files/<storage key>` for every stored file the database refers to.
 *
 * Consistency: the dump and the list of files come from ONE database snapshot (a
 * repeatable-read transaction whose snapshot pg_dump shares through `--snapshot`). Stored files
 * are immutable — product files and opened attachments are named by their SHA-256, sealed
 * attachments by a random name, none is ever rewritten — and the server writes a file before
 * the transaction that refers to it commits, so every file the snapshot refers to exists when
 * the snapshot is taken. Files are only removed after their rows are gone (an attachment
 * deleted, bids opened); if that happens between the snapshot and the copy, the backup starts
 * again from a new snapshot. Content-addressed files are checked against their hash. Files no
 * row refers to (leftovers) are not copied. The API and worker keep running meanwhile.
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const attempts = options.attempts ?? 3;
  const target = resolve(options.file);
  await mkdir(dirname(target), { recursive: true });
  for (let attempt = 1; ; attempt++) {
    const staging = await mkdtemp(join(dirname(target), '.scenematch-backup-'));
    try {
      const manifest = await snapshotInto(staging, options, attempt === attempts);
      options.progress?.({ step: 'archive', message: `writing ${target}` });
      const partial = `${target}.partial`;
      await tar.create({ gzip: { level: 6 }, file: partial, cwd: staging, portable: true }, [MANIFEST_ENTRY, DUMP_ENTRY, ...(manifest.files.count ? ['files'] : [])]);
      await rename(partial, target);
      const size = (await stat(target)).size;
      options.progress?.({ step: 'archive', message: `${target}: ${formatBytes(size)}` });
      return manifest;
    } catch (error) {
      if (error instanceof FileVanished && attempt < attempts) {
        options.progress?.({ step: 'files', message: `${error.message}; taking a new snapshot (attempt ${attempt + 1} of ${attempts})` });
        continue;
      }
      await rm(`${target}.partial`, { force: true });
      throw error;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
}

async function snapshotInto(staging: string, options: BackupOptions, lastAttempt: boolean): Promise<BackupManifest> {
  const { progress } = options;
  const pgDump = await findPgTool('pg_dump');
  const client = new Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`Cannot connect to ${redactUrl(options.databaseUrl)}: ${(error as Error).message}`);
  }
  let manifest: BackupManifest;
  let files: StoredFileRef[];
  try {
    const version = await client.query<{ server_version: string; num: string }>(
      `SELECT current_setting('server_version') AS server_version, current_setting('server_version_num') AS num`,
    );
    const serverVersion = version.rows[0].server_version;
    assertDumpCompatible(pgDump, Number(version.rows[0].num));
    const name = databaseName(options.databaseUrl);
    progress?.({ step: 'check', message: `database ${name} on PostgreSQL ${serverVersion}; ${pgDump.path} ${pgDump.version}` });

    await client.query<object>('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0].id;
    let migrations: string[];
    try {
      migrations = await appliedMigrations(client);
    } catch {
      throw new BackupError(`${name} is not a SceneMatch database (no migrations table): nothing to back up`);
    }
    const counts = await countRecords(client);
    const sealing = await sealingState(client);
    files = await referencedFiles(client);
    progress?.({
      step: 'database',
      message: `dumping ${name} (${counts.scenarios} scenarios, ${counts.products} products, ${counts.applications} applications, ${counts.auditRecords} audit records)`,
    });
    const dumpPath = join(staging, DUMP_ENTRY);
    const { dbname, env } = connectionForTool(options.databaseUrl);
    await runPgTool(pgDump, ['--format=custom', `--snapshot=${snapshot}`, `--file=${dumpPath}`, `--dbname=${dbname}`], env);
    await client.query<object>('COMMIT');
    const dumpSize = (await stat(dumpPath)).size;
    progress?.({ step: 'database', message: `${DUMP_ENTRY}: ${formatBytes(dumpSize)}` });
    manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      app: options.app ?? { name: 'scenematch', version: 'unknown' },
      database: { name, serverVersion, serverMajor: Math.floor(Number(version.rows[0].num) / 10000), migrations },
      pgDump: { version: pgDump.version, major: pgDump.major },
      counts,
      sealing,
      files: { count: 0, bytes: 0 },
      entries: [{ path: DUMP_ENTRY, size: dumpSize, sha256: await sha256File(dumpPath) }],
      warnings: [],
    };
  } finally {
    await client.end().catch(() => undefined);
  }

  const storage = resolve(options.storageDir);
  progress?.({ step: 'files', message: `copying ${files.length} stored file(s) from ${storage}` });
  const fileEntries: BackupEntry[] = [];
  for (const file of files) {
    const key = safeStorageKey(file.storageKey);
    const source = join(storage, key);
    const copy = join(staging, FILES_PREFIX, key);
    await mkdir(dirname(copy), { recursive: true });
    try {
      await copyFile(source, copy);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // Removed after the snapshot (an attachment deleted, bids opened): a new snapshot no longer
      // refers to it. Still missing from the last snapshot: lost from storage before this backup.
      if (!lastAttempt) throw new FileVanished(`stored file ${key} was removed while copying`);
      manifest.warnings.push(`stored file ${key} is referenced by the database but missing from ${storage}`);
      continue;
    }
    const sha256 = await sha256File(copy);
    if (file.sha256 && file.sha256 !== sha256) {
      manifest.warnings.push(`stored file ${key} does not match its recorded SHA-256 (damaged in storage); copied as it is`);
    }
    const size = (await stat(copy)).size;
    fileEntries.push({ path: `${FILES_PREFIX}${key}`, size, sha256 });
  }
  manifest.entries.push(...fileEntries);
  manifest.files = { count: fileEntries.length, bytes: fileEntries.reduce((sum, e) => sum + e.size, 0) };
  progress?.({ step: 'files', message: `${manifest.files.count} file(s), ${formatBytes(manifest.files.bytes)}` });
  await writeFile(join(staging, MANIFEST_ENTRY), JSON.stringify(manifest, null, 2));
  return manifest;
}
