import { BidSealer } from '@scenematch/server-applications';
import { AuditService } from '@scenematch/server-audit';
import { AppConfig } from '@scenematch/server-config';
import { EnvMasterKeyWrapper } from '@scenematch/server-crypto';
import { SCENARIO_DATA_KEYS } from '@scenematch/server-data';
import { databaseName, ensureDatabase, MIGRATIONS, quoteIdent, redactUrl, withDatabase } from '@scenematch/server-database';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import * as tar from 'tar';
import { DataSource } from 'typeorm';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupManifest, DUMP_ENTRY, FILES_PREFIX, MANIFEST_ENTRY, RecordCounts } from './backup-manifest';
import { formatBytes, Progress, sha256File } from './backup';
import { countRecords, safeStorageKey } from './inventory';
import { assertRestoreCompatible, BackupError, connectionForTool, findPgTool, runPgTool, serverMajor } from './pg-tools';

/** Restoring over a database that holds data, without `--force`. */
export class RestoreRefusedError extends BackupError {
  override name = 'RestoreRefusedError';
}

export interface RestoreOptions {
  /** The configuration of the deployment restored into: DATABASE_URL, STORAGE_DIR, CRYPTO_SUITE and the sealing master key(s). */
  config: AppConfig;
  file: string;
  /** Replace a database that is not empty (dropped and created again). */
  force?: boolean;
  progress?: (p: Progress) => void;
}

export interface RestoreResult {
  database: string;
  created: boolean;
  replaced: boolean;
  manifest: BackupManifest;
  counts: RecordCounts;
  countsMatch: boolean;
  files: { count: number; bytes: number; storageDir: string };
  audit: { ok: boolean; checked: number; problems: number };
  /** Whether the configured master key(s) open every sealed scenario's data key. */
  sealing: { sealedScenarios: number; opened: number; missingMasterKeyIds: string[] };
  /** Migrations of this release the backup lacks (applied at the next start or `prepare`), and ones this release does not know (the backup is newer). */
  migrations: { pending: string[]; unknown: string[] };
  warnings: string[];
}

/**
 * `npm run restore`: checks the archive (every entry against the manifest's SHA-256), restores
 * the database into DATABASE_URL's database — created if missing; one holding tables is
 * replaced only with `force` — with `pg_restore` in a single transaction, copies the files into
 * STORAGE_DIR, then checks the result: record counts as in the manifest, the audit chain, the
 * sealed bids' data keys against the configured master key, and the migrations against this
 * release. Stop the API and worker of that database first.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { config, progress } = options;
  const url = config.DATABASE_URL;
  const name = databaseName(url);
  const work = await mkdtemp(join(tmpdir(), 'scenematch-restore-'));
  try {
    const archive = resolve(options.file);
    const size = (await stat(archive).catch(() => null))?.size;
    if (size === undefined) throw new BackupError(`No backup file at ${archive}`);
    // The target first: a refusal comes before minutes of reading a large archive.
    const target = await inspectTarget(url, Boolean(options.force));
    progress?.({ step: 'check', message: target.created ? `created database ${name}` : `database ${name} exists (${target.tables} tables and sequences)` });
    progress?.({ step: 'verify', message: `reading ${archive} (${formatBytes(size)})` });
    await tar.extract({ file: archive, cwd: work, strict: true }).catch((error: Error) => {
      throw new BackupError(`${archive} is not a readable backup archive: ${error.message}`);
    });
    const manifest = await readManifest(work);
    await verifyEntries(work, manifest);
    progress?.({
      step: 'verify',
      message: `backup of ${manifest.database.name} made ${manifest.createdAt} (PostgreSQL ${manifest.database.serverVersion}, ${manifest.entries.length} entries, all SHA-256 match)`,
    });

    const pgRestore = await findPgTool('pg_restore');
    assertRestoreCompatible(pgRestore, manifest.pgDump.major);
    if (target.serverMajor < manifest.database.serverMajor) {
      throw new BackupError(
        `The backup comes from PostgreSQL ${manifest.database.serverMajor}; ${redactUrl(url)} runs PostgreSQL ${target.serverMajor}: restore into PostgreSQL ${manifest.database.serverMajor} or newer`,
      );
    }
    const created = target.created;
    const replaced = target.tables > 0;
    if (replaced) {
      progress?.({ step: 'check', message: `--force: dropping database ${name} and creating it again` });
      await recreateDatabase(url);
    }
    progress?.({ step: 'restore-database', message: `pg_restore into ${name} (${pgRestore.path} ${pgRestore.version})` });
    const { dbname, env } = connectionForTool(url);
    await runPgTool(pgRestore, ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', `--dbname=${dbname}`, join(work, DUMP_ENTRY)], env);

    const storageDir = resolve(config.STORAGE_DIR);
    const fileEntries = manifest.entries.filter((e) => e.path.startsWith(FILES_PREFIX));
    progress?.({ step: 'restore-files', message: `copying ${fileEntries.length} file(s) into ${storageDir}` });
    for (const entry of fileEntries) {
      const key = safeStorageKey(entry.path.slice(FILES_PREFIX.length));
      const destination = join(storageDir, key);
      await mkdir(dirname(destination), { recursive: true });
      await copyFile(join(work, entry.path), destination);
    }
    const bytes = fileEntries.reduce((sum, e) => sum + e.size, 0);
    progress?.({ step: 'restore-files', message: `${fileEntries.length} file(s), ${formatBytes(bytes)}` });

    progress?.({ step: 'checks', message: 'checking counts, the audit chain, the sealing keys and the migrations' });
    const checks = await checkRestored(config, manifest);
    return { database: name, created, replaced, manifest, files: { count: fileEntries.length, bytes, storageDir }, ...checks };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function readManifest(work: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(work, MANIFEST_ENTRY), 'utf8')) as BackupManifest;
  } catch {
    throw new BackupError(`The archive has no readable ${MANIFEST_ENTRY}: it is not a SceneMatch backup`);
  }
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`The archive is not a SceneMatch backup (format ${JSON.stringify(manifest.format)})`);
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(`The backup has format version ${manifest.formatVersion}; this release reads up to ${BACKUP_FORMAT_VERSION}: restore with a newer release`);
  }
  return manifest;
}

async function verifyEntries(work: string, manifest: BackupManifest): Promise<void> {
  const damaged: string[] = [];
  for (const entry of manifest.entries) {
    const path = join(work, entry.path);
    const info = await stat(path).catch(() => null);
    if (!info) damaged.push(`${entry.path} (missing)`);
    else if (info.size !== entry.size || (await sha256File(path)) !== entry.sha256) damaged.push(`${entry.path} (content differs)`);
  }
  if (damaged.length) throw new BackupError(`The archive is damaged; nothing was restored. Entries that do not match the manifest: ${damaged.slice(0, 10).join(', ')}`);
}

/**
 * Creates the database when missing; refuses one with tables unless forced, and (forced) one
 * that processes are still connected to.
 */
async function inspectTarget(url: string, force: boolean): Promise<{ created: boolean; tables: number; serverMajor: number }> {
  const name = databaseName(url);
  const created = await ensureDatabase(url);
  const target = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await target.connect();
  let tables: number;
  let major: number;
  try {
    major = serverMajor(Number((await target.query<{ n: string }>(`SELECT current_setting('server_version_num') AS n`)).rows[0].n));
    tables = Number(
      (
        await target.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg\\_toast%'`,
        )
      ).rows[0].n,
    );
  } finally {
    await target.end();
  }
  if (tables > 0 && !force) {
    throw new RestoreRefusedError(
      `Refusing to restore: database "${name}" is not empty (${tables} tables and sequences). Name a new database in DATABASE_URL, ` +
        `or pass --force to drop "${name}" and replace it with the backup.`,
    );
  }
  if (tables > 0) await refuseWhileConnected(url);
  return { created, tables, serverMajor: major };
}

async function refuseWhileConnected(url: string): Promise<void> {
  const name = databaseName(url);
  const sessions = await admin(url, async (client) =>
    Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name])).rows[0].n),
  );
  if (sessions > 0) {
    throw new RestoreRefusedError(`Refusing to replace database "${name}": ${sessions} session(s) are connected to it. Stop the API and worker processes (and other clients) first.`);
  }
}

/** Drops and creates the database again; PostgreSQL itself refuses while anyone is connected. */
async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await admin(url, async (client) => {
    try {
      await client.query<object>(`DROP DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      if ((error as { code?: string }).code === '55006') await refuseWhileConnected(url);
      throw error;
    }
    await client.query<object>(`CREATE DATABASE ${quoteIdent(name)}`);
  });
}

async function admin<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function checkRestored(config: AppConfig, manifest: BackupManifest): Promise<Omit<RestoreResult, 'database' | 'created' | 'replaced' | 'manifest' | 'files'>> {
  const dataSource = new DataSource({ type: 'postgres', url: config.DATABASE_URL, poolSize: 2 });
  await dataSource.initialize();
  try {
    const warnings = [...manifest.warnings];
    const client = new Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    const counts = await countRecords(client).finally(() => client.end());
    const countsMatch = (Object.keys(manifest.counts) as Array<keyof RecordCounts>).every((k) => counts[k] === manifest.counts[k]);
    if (!countsMatch) warnings.push(`record counts differ from the manifest: ${JSON.stringify({ backup: manifest.counts, restored: counts })}`);

    const verification = await new AuditService(dataSource, config).verify();
    if (!verification.ok) warnings.push(`the audit chain does not verify: ${verification.problems.length} problem(s), first at record ${verification.problems[0]?.id}`);

    const wrapper = new EnvMasterKeyWrapper(config.CRYPTO_SUITE, config.sealingMasterKey, config.sealingPreviousMasterKey);
    const sealer = new BidSealer(config, wrapper);
    const keyRows = await dataSource.query<Array<{ scenario_id: string; master_key_id: string }>>(
      `SELECT k.scenario_id, k.master_key_id FROM ${SCENARIO_DATA_KEYS} k`,
    );
    let opened = 0;
    const missing = new Set<string>();
    for (const row of keyRows) {
      try {
        await sealer.dataKey(dataSource.manager, row.scenario_id, false);
        opened++;
      } catch {
        missing.add(row.master_key_id);
      }
    }
    if (missing.size) {
      warnings.push(
        `the configured SEALING_MASTER_KEY does not open ${keyRows.length - opened} sealed scenario(s) (master key id ${[...missing].join(', ')}; configured ` +
          `${wrapper.currentKeyId}): set the master key that was in force when the backup was made, or the bids cannot be opened at their deadline`,
      );
    }

    const applied = (await dataSource.query<Array<{ name: string }>>(`SELECT name FROM migrations ORDER BY timestamp, id`)).map((r) => r.name);
    const known = MIGRATIONS.map((m) => m.name);
    const pending = known.filter((m) => !applied.includes(m));
    const unknown = applied.filter((m) => !known.includes(m));
    if (unknown.length) warnings.push(`the backup was made by a newer release (migrations ${unknown.join(', ')} are unknown here): run that release against it`);
    return {
      counts,
      countsMatch,
      audit: { ok: verification.ok, checked: verification.checked, problems: verification.problems.length },
      sealing: { sealedScenarios: keyRows.length, opened, missingMasterKeyIds: [...missing] },
      migrations: { pending, unknown },
      warnings,
    };
  } finally {
    await dataSource.destroy();
  }
}
