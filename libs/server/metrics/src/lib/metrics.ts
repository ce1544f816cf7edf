import { Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { METRIC } from './metric-names';

/** A reading taken when Prometheus scrapes (pool, outbox, queues): nothing runs per request. */
export type MetricsCollector = () => Promise<void> | void;

/** Request latencies: 5 ms (a cached read) to 10 s (a large export). */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Job and solve durations: 10 ms (a notification) to 10 minutes (a large rebuild shard). */
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/**
 * The metrics of one process (API or worker), in a registry of its own rather than prom-client's
 * global one, so that an API and a worker started in one test process keep separate counts.
 * Every metric is defined here; the code that records one registers it (`use`), so a process
 * exports only what it measures: the API no request-free job figures, the worker no HTTP ones,
 * and nobody a misleading 0 for a backlog it does not read.
 * Counters and histograms are updated in memory where things happen; readings that cost a query
 * (pool, outbox, queues) are taken by collectors that run only when the endpoint is scraped.
 */
@Injectable()
export class Metrics {
  private readonly logger = new Logger(Metrics.name);
  readonly registry = new Registry();
  private readonly collectors = new Map<string, MetricsCollector>();

  readonly httpRequests = new Counter({
    name: METRIC.httpRequests,
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [],
  });
  readonly httpRequestDuration = new Histogram({
    name: METRIC.httpRequestDuration,
    help: 'Time to answer an HTTP request, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: HTTP_BUCKETS,
    registers: [],
  });
  readonly dbPoolConnections = new Gauge({
    name: METRIC.dbPoolConnections,
    help: 'PostgreSQL connections of this process by state (active: checked out, idle: open and free)',
    labelNames: ['state'] as const,
    registers: [],
  });
  readonly dbPoolMaxConnections = new Gauge({
    name: METRIC.dbPoolMaxConnections,
    help: 'Most PostgreSQL connections this process opens (DATABASE_POOL_SIZE)',
    registers: [],
  });
  readonly dbPoolWaiting = new Gauge({
    name: METRIC.dbPoolWaiting,
    help: 'Queries waiting for a free PostgreSQL connection in this process',
    registers: [],
  });
  readonly outboxPending = new Gauge({
    name: METRIC.outboxPending,
    help: 'Outbox messages not finished yet (waiting to be relayed, queued or running)',
    registers: [],
  });
  readonly outboxOldestAge = new Gauge({
    name: METRIC.outboxOldestAge,
    help: 'Age of the oldest unfinished outbox message in seconds (0 when none)',
    registers: [],
  });
  readonly queueJobs = new Gauge({
    name: METRIC.queueJobs,
    help: 'BullMQ jobs per queue and state',
    labelNames: ['queue', 'state'] as const,
    registers: [],
  });
  readonly jobDuration = new Histogram({
    name: METRIC.jobDuration,
    help: 'Time a job attempt ran, by job kind and outcome (completed, failed)',
    labelNames: ['job', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [],
  });
  readonly jobFailures = new Counter({
    name: METRIC.jobFailures,
    help: 'Failed job attempts by job kind; final="true" when it was the last attempt (the job failed for good)',
    labelNames: ['job', 'final'] as const,
    registers: [],
  });
  readonly matchingRebuildDuration = new Histogram({
    name: METRIC.matchingRebuildDuration,
    help: 'Time a full matching rebuild took, from planning to its last shard',
    buckets: JOB_BUCKETS,
    registers: [],
  });
  readonly matchingRebuildPairsKept = new Counter({
    name: METRIC.matchingRebuildPairsKept,
    help: 'Scenario–company pairs kept (scored above the threshold) by rebuild shards',
    registers: [],
  });
  readonly agendaSolveDuration = new Histogram({
    name: METRIC.agendaSolveDuration,
    help: 'Time the agenda solver took for a matchmaking session',
    buckets: JOB_BUCKETS,
    registers: [],
  });
  readonly signInFailures = new Counter({
    name: METRIC.signInFailures,
    help: 'Refused sign-in attempts by reason (unknown_email, wrong_password, wrong_code, locked, …)',
    labelNames: ['reason'] as const,
    registers: [],
  });
  readonly signInLockouts = new Counter({
    name: METRIC.signInLockouts,
    help: 'Accounts locked after too many failed sign-ins in a row',
    registers: [],
  });
  readonly collectorFailures = new Counter({
    name: METRIC.collectorFailures,
    help: 'Scrape-time readings that failed (the database or Redis unreachable), by collector',
    labelNames: ['collector'] as const,
    registers: [this.registry],
  });

  constructor() {
    // process_cpu_seconds_total, process_resident_memory_bytes, nodejs_eventloop_lag_seconds, nodejs_heap_*, …
    collectDefaultMetrics({ register: this.registry });
  }

  /** Exports these metrics from this process (registering one twice is harmless). */
  use(...metrics: Array<Counter<string> | Gauge<string> | Histogram<string>>): void {
    for (const metric of metrics) {
      const name = (metric as unknown as { name: string }).name;
      if (this.registry.getSingleMetric(name) !== metric) this.registry.registerMetric(metric);
    }
  }

  /** Every metric SceneMatch defines, registered or not (the dashboard and alert checks use it). */
  definitions(): Array<Counter<string> | Gauge<string> | Histogram<string>> {
    return Object.values(this).filter((v): v is Counter<string> | Gauge<string> | Histogram<string> => v instanceof Counter || v instanceof Gauge || v instanceof Histogram);
  }

  /** Adds (or replaces) a named reading taken at every scrape. */
  addCollector(name: string, collect: MetricsCollector): void {
    this.collectors.set(name, collect);
  }

  /** Takes the scrape-time readings, then renders everything in the Prometheus text format. */
  async render(): Promise<string> {
    await Promise.all(
      [...this.collectors].map(async ([name, collect]) => {
        try {
          await collect();
        } catch (error) {
          this.collectorFailures.inc({ collector: name });
          this.logger.warn(`Metrics collector ${name} failed: ${(error as Error).message}`);
        }
      }),
    );
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** Seconds elapsed since a `process.hrtime.bigint()` reading. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}
