/*
 * `npm run backup -- <file.tar.gz>`: one archive with a consistent snapshot of the database
 * (pg_dump -Fc) and the stored files it refers to, plus a manifest. Progress on stderr, a
 * summary as one JSON line on stdout. The sealing master key is NOT in the archive.
 */
import { BackupError, createBackup, formatBytes } from '@scenematch/server-backup';
import { loadConfig } from '@scenematch/server-config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new BackupError('Usage: npm run backup -- <file.tar.gz>');
  const config = loadConfig();
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { name: string; version: string };
  const started = Date.now();
  const manifest = await createBackup({
    databaseUrl: config.DATABASE_URL,
    storageDir: config.STORAGE_DIR,
    file: positionals[0],
    app: { name: pkg.name, version: pkg.version },
    progress: (p) => console.error(`backup [${p.step}] ${p.message}`),
  });
  for (const warning of manifest.warnings) console.error(`backup WARNING: ${warning}`);
  console.error(
    `backup done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${manifest.counts.scenarios} scenarios, ${manifest.counts.applications} applications, ` +
      `${manifest.files.count} file(s) (${formatBytes(manifest.files.bytes)}). Keep SEALING_MASTER_KEY apart from this archive: sealed bids need it.`,
  );
  console.log(JSON.stringify({ ok: true, file: positionals[0], createdAt: manifest.createdAt, counts: manifest.counts, files: manifest.files, sealing: manifest.sealing, warnings: manifest.warnings }));
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${(error as Error).message}`);
  console.log(JSON.stringify({ ok: false, error: (error as Error).message }));
  process.exit(1);
});
