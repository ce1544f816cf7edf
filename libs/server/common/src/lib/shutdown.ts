import type { INestApplicationContext } from '@nestjs/common';

export const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Graceful shutdown for a process (API or worker): on SIGTERM or SIGINT Nest runs its hooks
 * (the HTTP server stops accepting and drains the requests in flight; workers stop taking jobs
 * and let running ones finish; then the database pool and Redis close) and the process exits 0.
 * A shutdown still busy after `timeoutMs` (a hung request or job) exits 1 anyway: running jobs
 * then return to the queue through BullMQ's stalled-job check.
 */
export function enableGracefulShutdown(app: INestApplicationContext, timeoutMs: number, log: (message: string) => void = console.error): void {
  app.enableShutdownHooks([...SHUTDOWN_SIGNALS], { useProcessExit: true });
  for (const signal of SHUTDOWN_SIGNALS) {
    process.once(signal, () => {
      log(JSON.stringify({ msg: `${signal} received: draining before exit`, timeoutMs }));
      setTimeout(() => {
        log(JSON.stringify({ msg: `Shutdown still busy after ${timeoutMs} ms: exiting anyway` }));
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}
