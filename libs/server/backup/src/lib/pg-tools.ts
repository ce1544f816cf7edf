import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A failure the operator can act on: the message says what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export interface PgTool {
  name: 'pg_dump' | 'pg_restore';
  path: string;
  /** As printed by `--version`, e.g. `15.20`. */
  version: string;
  major: number;
}

/** `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)` → `{ version: '15.20', major: 15 }`. */
export function parsePgVersion(text: string): { version: string; major: number } | null {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return null;
  return { version: match[2] === undefined ? match[1] : `${match[1]}.${match[2]}`, major: Number(match[1]) };
}

/** `server_version_num` (150020) → major version (15). */
export function serverMajor(versionNum: number): number {
  return Math.floor(versionNum / 10000);
}

/**
 * Where to look for a PostgreSQL client program: `PG_BIN_DIR` when set (only there), else the
 * PATH, else the newest `/usr/lib/postgresql/<major>/bin` (Debian and Ubuntu packages).
 */
function candidates(name: string, binDir: string | undefined): string[] {
  if (binDir) return [join(binDir, name)];
  const base = '/usr/lib/postgresql';
  const installed = existsSync(base)
    ? readdirSync(base)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => join(base, v, 'bin', name))
        .filter((p) => existsSync(p))
    : [];
  return [name, ...installed];
}

/** Finds `pg_dump` or `pg_restore` and reads its version; a clear error when it is not installed. */
export async function findPgTool(name: PgTool['name'], binDir = process.env['PG_BIN_DIR']): Promise<PgTool> {
  for (const path of candidates(name, binDir)) {
    try {
      const { stdout } = await run(path, ['--version']);
      const parsed = parsePgVersion(stdout);
      if (parsed) return { name, path, ...parsed };
    } catch {
      // Not there: try the next place.
    }
  }
  throw new BackupError(
    `${name} was not found${binDir ? ` in PG_BIN_DIR (${binDir})` : ' on the PATH'}. Install the PostgreSQL client programs of the ` +
      `server's major version or newer (Debian/Ubuntu: apt-get install postgresql-client-15), or set PG_BIN_DIR to their folder.`,
  );
}

/** pg_dump refuses a server newer than itself; say so before it starts, with the fix. */
export function assertDumpCompatible(tool: PgTool, serverVersionNum: number): void {
  const server = serverMajor(serverVersionNum);
  if (tool.major < server) {
    throw new BackupError(
      `${tool.path} is version ${tool.version} but the database server is PostgreSQL ${server}: pg_dump must be of the server's major ` +
        `version or newer. Install postgresql-client-${server} (or newer) or point PG_BIN_DIR at it.`,
    );
  }
}

/** pg_restore cannot read archives written by a newer pg_dump. */
export function assertRestoreCompatible(tool: PgTool, dumpMajor: number): void {
  if (tool.major < dumpMajor) {
    throw new BackupError(
      `${tool.path} is version ${tool.version} but the backup was written by pg_dump ${dumpMajor}: install postgresql-client-${dumpMajor} ` +
        `(or newer) or point PG_BIN_DIR at it.`,
    );
  }
}

/**
 * A connection URL for a client program, with the password moved to `PGPASSWORD` so that it
 * does not show in the process list.
 */
export function connectionForTool(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const env: Record<string, string> = {};
  if (parsed.password) env['PGPASSWORD'] = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env };
}

/** Runs a PostgreSQL client program; rejects with its own error output. */
export function runPgTool(tool: PgTool, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-8000)));
    child.once('error', (error) => reject(new BackupError(`${tool.name} could not start: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${tool.name} failed (${code ?? signal}): ${stderr.trim() || 'no message'}`));
    });
  });
}
