/**
 * One worker process of the matching pipeline benchmark: the matching jobs on the given database
 * and queue prefix. Says `ready` once its index is loaded; on `stop` it closes and answers with
 * its peak resident memory; on `cpu`, with the CPU time it has used so far.
 */
import { MatchingEngine, MatchingJobsModule } from '@scenematch/server-matching';
import { TaxonomyModule } from '@scenematch/server-taxonomy';
import { testConfig } from '@scenematch/server-testing';
import { startWorker } from './bench-env';

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
    // maxRSS is in KiB.
    process.send?.({ peakRssMb: process.resourceUsage().maxRSS / 1024 }, () => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
