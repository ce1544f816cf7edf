import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Helpers shared by the benchmarks: one JSON line per figure, and a closed-loop load generator. */
export function emit(bench: string, metric: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ bench, metric, value: Math.round(value * 100) / 100, unit })}\n`);
}

/** The seeds' taxonomy (seeds/data/taxonomy.json), typed as far as the benchmark reads it. */
export function readTaxonomy<T>(): T {
  return JSON.parse(readFileSync(join(__dirname, '../../seeds/data/taxonomy.json'), 'utf8')) as T;
}

/** Runs a benchmark; a failure is printed and exits 1 (so `npm run bench` counts it as failed). */
export function runBench(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p975: number;
  /** From the load client only: requests sent to each base, its wall time and its own CPU time. */
  perBase?: number[];
  seconds?: number;
  cpuSeconds?: number;
  /** The slowest request (from the load client; the in-process loop leaves it out). */
  max?: number;
  /** Failures by HTTP status or connection error (from the load client). */
  failures?: Record<string, number>;
}

/**
 * Load from a separate process (tools/bench/load-client.mjs): the server under test keeps its
 * event loop to itself, as it would in production. A closed loop of `concurrency` callers, or with
 * `rate` an open loop (requests leave at that steady rate; latency counts from when each was
 * due). `once`: each path at most once (distinct queries), ending early when they run out.
 */
export function loadTestFromProcess(options: {
  /** One server, or several processes of it (`bases`) that take requests in turn. */
  base?: string;
  bases?: string[];
  paths: string[];
  seconds: number;
  concurrency: number;
  rate?: number;
  once?: boolean;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const file = join(tmpdir(), `scenematch-load-${process.pid}-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(options));
    const child = spawn(process.execPath, [join(__dirname, 'load-client.mjs'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      rmSync(file, { force: true });
      if (code !== 0) return reject(new Error(`load client exited with ${code}`));
      const result = JSON.parse(out) as LoadResult;
      if (result.errors) process.stderr.write(`${result.errors} of ${result.requests} requests failed: ${JSON.stringify(result.failures ?? {})}\n`);
      resolve(result);
    });
  });
}

/** `concurrency` callers send requests back to back for `seconds`; non-2xx answers count as errors. */
export async function loadTest(options: { seconds: number; concurrency: number; request: () => Promise<Response> }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          const response = await options.request();
          await response.arrayBuffer();
          if (!response.ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  if (errors) process.stderr.write(`${errors} of ${latencies.length} requests failed\n`);
  return { requests: latencies.length, errors, perSecond: latencies.length / elapsed, p50: at(0.5), p95: at(0.95), p975: at(0.975) };
}
