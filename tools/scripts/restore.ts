/*
 * `npm run restore -- <file.tar.gz> [--force]`: restores a backup into DATABASE_URL's database
 * (created if missing; one that is not empty only with --force, which drops and recreates it)
 * and the files into STORAGE_DIR, then checks counts, the audit chain, the sealing keys and the
 * migrations. Stop the API and worker first. Progress on stderr, one JSON line on stdout.
 */
import { BackupError, formatBytes, restoreBackup } from '@scenematch/server-backup';
import { loadConfig } from '@scenematch/server-config';
import { redactUrl } from '@scenematch/server-database';
import { parseArgs } from 'node:util';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new BackupError('Usage: npm run restore -- <file.tar.gz> [--force]');
  const config = loadConfig();
  const started = Date.now();
  console.error(`restore into ${redactUrl(config.DATABASE_URL)}, files into ${config.STORAGE_DIR}`);
  const result = await restoreBackup({
    config,
    file: positionals[0],
    force: values.force,
    progress: (p) => console.error(`restore [${p.step}] ${p.message}`),
  });
  const c = result.counts;
  console.error(
    `restore checks: counts ${result.countsMatch ? 'match the backup' : 'DIFFER from the backup'} (${c.scenarios} scenarios, ${c.products} products, ` +
      `${c.applications} applications, ${c.auditRecords} audit records); audit chain ${result.audit.ok ? `verified (${result.audit.checked} records)` : 'DOES NOT VERIFY'}; ` +
      `sealed scenarios ${result.sealing.opened}/${result.sealing.sealedScenarios} open with the configured master key; ` +
      `${c.outboxUnfinished} unfinished background job(s) will be re-enqueued by the worker; ` +
      (result.migrations.pending.length ? `${result.migrations.pending.length} migration(s) of this release will run at the next start or \`prepare\`` : 'schema up to date'),
  );
  for (const warning of result.warnings) console.error(`restore WARNING: ${warning}`);
  console.error(`restore done in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.files.count} file(s), ${formatBytes(result.files.bytes)})`);
  const { manifest, ...summary } = result;
  console.log(JSON.stringify({ ok: true, backupCreatedAt: manifest.createdAt, ...summary }));
}

main().catch((error: unknown) => {
  console.error(`restore failed: ${(error as Error).message}`);
  console.log(JSON.stringify({ ok: false, error: (error as Error).message }));
  process.exit(1);
});
