import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const live = new Set<ScratchPostgres>();
let exitHook = false;

/** The PostgreSQL server binaries installed here (newest major version), found at run time. */
export function postgresBinDir(): string {
  const fromEnv = process.env['SCRATCH_PG_BIN'];
  if (fromEnv) return fromEnv;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return join(base, versions[0], 'bin');
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('No PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin; set SCRATCH_PG_BIN');
  }
}

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary directory, on a free port,
 * unix socket in that directory), so a test can stop and start the server without touching
 * the shared one. PostgreSQL refuses to run as root: as root the cluster belongs to the
 * `postgres` system user. Durability is off (fsync) since the data is thrown away.
 */
export class ScratchPostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
    private readonly asUser: string[],
  ) {}

  static async create(port: number): Promise<ScratchPostgres> {
    const bin = postgresBinDir();
    const dir = mkdtempSync(join(tmpdir(), 'scenematch-pg-'));
    let asUser: string[] = [];
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dir, uid, gid);
      asUser = ['runuser', '-u', 'postgres', '--'];
    }
    const cluster = new ScratchPostgres(dir, port, bin, asUser);
    live.add(cluster);
    if (!exitHook) {
      exitHook = true;
      process.once('exit', () => live.forEach((c) => c.destroySync()));
    }
    try {
      await cluster.exec('initdb', ['-D', cluster.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    } catch (error) {
      cluster.destroySync();
      throw error;
    }
    return cluster;
  }

  get dataDir(): string {
    return join(this.dir, 'data');
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const settings = [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c synchronous_commit=off',
      '-c shared_buffers=32MB',
      '-c max_connections=40',
    ].join(' ');
    await this.exec('pg_ctl', ['-D', this.dataDir, '-l', join(this.dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start']);
  }

  /** Stops the server: `fast` ends every session (as a restart or a failover does). */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.exec('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
  }

  get running(): boolean {
    return existsSync(join(this.dataDir, 'postmaster.pid'));
  }

  log(): string {
    try {
      return readFileSync(join(this.dir, 'server.log'), 'utf8').slice(-4000);
    } catch {
      return '';
    }
  }

  /** Stops the server if it runs and removes its files; safe to call more than once. */
  async destroy(): Promise<void> {
    if (this.running) await this.stop('immediate').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
    live.delete(this);
  }

  private destroySync(): void {
    try {
      if (this.running) {
        const [file, ...args] = this.command('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
        execFileSync(file, args, { stdio: 'ignore' });
      }
    } catch {
      /* already gone */
    }
    rmSync(this.dir, { recursive: true, force: true });
    live.delete(this);
  }

  private command(tool: string, args: string[]): string[] {
    return [...this.asUser, join(this.bin, tool), ...args];
  }

  private async exec(tool: string, args: string[]): Promise<void> {
    const [file, ...rest] = this.command(tool, args);
    try {
      await run(file, rest, { cwd: this.dir, timeout: 90_000 });
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string; message: string };
      throw new Error(`${tool} failed: ${e.message}\n${e.stderr ?? ''}${e.stdout ?? ''}\n${this.log()}`);
    }
  }
}
