/**
 * One worker process of the matching pipeline benchmark: the matching jobs on the given database
 * and queue prefix. Says `ready` once its index is loaded; on `stop` it closes and answers with
 * its peak resident memory; on `cpu`, with the CPU time it has used so far.
 */
import { MatchingEngine, MatchingJobsModule } from '@scenematch/server-matching';
import { TaxonomyModule } from '@scenematch/server-taxonomy';
import { testConfig } from '@scenematch/server-testing';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startWorker } from './bench-env';

/**
 * BENCH_SQL_TIMES=1: wall time of this worker's statements, summed by their first words (how
 * long the worker waits on PostgreSQL, by statement), printed to stderr when it stops.
 */
const sqlTimes = new Map<string, { n: number; ms: number }>();
if (process.env['BENCH_SQL_TIMES']) {
  const query = PostgresQueryRunner.prototype.query;
  PostgresQueryRunner.prototype.query = async function (this: PostgresQueryRunner, sql: string, ...rest: unknown[]) {
    const started = performance.now();
    try {
      return await (query as (...args: unknown[]) => Promise<unknown>).call(this, sql, ...rest);
    } finally {
      const key = sql.replace(/\s+/g, ' ').trim().slice(0, 70);
      const entry = sqlTimes.get(key) ?? { n: 0, ms: 0 };
      entry.n++;
      entry.ms += performance.now() - started;
      sqlTimes.set(key, entry);
    }
  } as typeof query;
}

async function main(): Promise<void> {
  const config = testConfig(process.env['BENCH_DATABASE_URL'] as string, process.env['BENCH_QUEUE_PREFIX'] as string, {
    WORKER_CONCURRENCY: '4',
    OUTBOX_POLL_MS: '50',
    DATABASE_POOL_SIZE: '4',
    // Loading a province-sized catalogue on a shared, loaded server may take longer than the default.
    DATABASE_STATEMENT_TIMEOUT_MS: '300000',
  });
  const worker = await startWorker(config, [TaxonomyModule, MatchingJobsModule]);
  const engine = worker.get(MatchingEngine);
  await engine.exclusive(() => engine.synced());
  process.send?.({ ready: true, rssMb: process.memoryUsage().rss / 2 ** 20 });
  process.on('message', async (message: { stop?: boolean; cpu?: boolean }) => {
    if (message.cpu) {
      const used = process.cpuUsage();
      process.send?.({ cpuMs: (used.user + used.system) / 1000 });
      return;
    }
    if (!message.stop) return;
    await worker.close();
    if (sqlTimes.size) {
      const lines = [...sqlTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15);
      console.error(`worker ${process.pid} SQL time by statement:\n${lines.map(([k, v]) => `  ${(v.ms / 1000).toFixed(2)} s  ×${v.n}  ${k}`).join('\n')}`);
    }
    // maxRSS is in KiB.
    process.send?.({ peakRssMb: process.resourceUsage().maxRSS / 1024 }, () => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
