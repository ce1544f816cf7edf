import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { INTEGRATION_APP_ENV } from './test-env';
import { waitFor } from './wait-for';

const ROOT = resolve(__dirname, '../../../../..');
const REGISTER = join(__dirname, 'ts-node-register.cjs');
const running = new Set<ChildProcess>();
let exitHook = false;

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The API or the worker as a real process, started from its `main.ts` exactly as production
 * starts the built one (same signal handling, same shutdown), for tests that kill, stop or
 * signal it. Output is kept for assertions and for the failure message.
 */
export class ChildApp {
  output = '';
  readonly exited: Promise<ChildExit>;
  private readonly child: ChildProcess;

  private constructor(
    readonly app: 'api' | 'worker',
    env: Record<string, string>,
    args: string[],
  ) {
    this.child = spawn(process.execPath, ['-r', REGISTER, join(ROOT, 'apps', app, 'src', 'main.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(this.child);
    if (!exitHook) {
      exitHook = true;
      // Whatever happens to the test, no app process outlives it.
      process.once('exit', () => running.forEach((c) => c.kill('SIGKILL')));
    }
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-200_000));
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((done) =>
      this.child.once('exit', (code, signal) => {
        running.delete(this.child);
        done({ code, signal });
      }),
    );
  }

  /** Starts the app and waits for the line that says it is ready (or fails with its output). */
  static async start(app: 'api' | 'worker', env: Record<string, string>, options: { args?: string[]; ready?: RegExp; timeoutMs?: number } = {}): Promise<ChildApp> {
    const child = new ChildApp(app, env, options.args ?? (app === 'api' ? ['serve'] : []));
    const ready = options.ready ?? (app === 'api' ? /SceneMatch API listening/ : /SceneMatch worker started/);
    let starting = true;
    try {
      await Promise.race([
        waitFor(async () => !starting || ready.test(child.output), `${app} process to start`, options.timeoutMs ?? 60_000, 50),
        child.exited.then((e) => {
          if (starting) throw new Error(`${app} process exited while starting (${e.code ?? e.signal})`);
        }),
      ]);
    } catch (error) {
      child.child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n--- ${app} output ---\n${child.output.slice(-4000)}`);
    } finally {
      starting = false;
    }
    return child;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** SIGKILL: the process dies on the spot, as on a crash or an out-of-memory kill. */
  async kill(): Promise<ChildExit> {
    if (this.alive) this.child.kill('SIGKILL');
    return this.exited;
  }

  /** Waits for the process to exit by itself (after a signal), at most `timeoutMs`. */
  async waitExit(timeoutMs: number): Promise<ChildExit> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.exited,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${this.app} did not exit within ${timeoutMs} ms\n--- output ---\n${this.output.slice(-4000)}`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The environment of an app process under test: like `testConfig`, as variables. */
export function childEnv(databaseUrl: string, queuePrefix: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ...INTEGRATION_APP_ENV,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    ...overrides,
  };
}
