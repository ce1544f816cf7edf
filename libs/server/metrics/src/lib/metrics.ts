import { Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { METRIC } from './metric-names';

/** A reading taken when Prometheus scrapes (pool, outbox, queues): nothing runs per request. */
export type MetricsCollector = () => Promise<void> | void;

/** Request latencies: 5 ms (a cached read) to 10 s (a large export). */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Job and solve durations: 10 ms (a notification) to 10 minutes (a large rebuild shard). */
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/*
 * Every metric is created unregistered: a process exports one once the code that records it
 * registers it (`Metrics.use`).
 */
function counter<L extends string = string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
  return new Counter({ name, help, labelNames, registers: [] });
}
function gauge<L extends string = string>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
  return new Gauge({ name, help, labelNames, registers: [] });
}
function histogram<L extends string = string>(name: string, help: string, buckets: number[], labelNames: readonly L[] = []): Histogram<L> {
  return new Histogram({ name, help, buckets, labelNames, registers: [] });
}

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

  readonly httpRequests = counter(METRIC.httpRequests, 'HTTP requests answered, by method, route pattern and status code', ['method', 'route', 'status']);
  readonly httpRequestDuration = histogram(METRIC.httpRequestDuration, 'Time to answer an HTTP request, by method, route pattern and status code', HTTP_BUCKETS, ['method', 'route', 'status']);
  readonly dbPoolConnections = gauge(METRIC.dbPoolConnections, 'PostgreSQL connections of this process by state (active: checked out, idle: open and free)', ['state']);
  readonly dbPoolMaxConnections = gauge(METRIC.dbPoolMaxConnections, 'Most PostgreSQL connections this process opens (DATABASE_POOL_SIZE)');
  readonly dbPoolWaiting = gauge(METRIC.dbPoolWaiting, 'Queries waiting for a free PostgreSQL connection in this process');
  readonly outboxPending = gauge(METRIC.outboxPending, 'Outbox messages not finished yet (waiting to be relayed, queued or running)');
  readonly outboxOldestAge = gauge(METRIC.outboxOldestAge, 'Age of the oldest unfinished outbox message in seconds (0 when none)');
  readonly queueJobs = gauge(METRIC.queueJobs, 'BullMQ jobs per queue and state', ['queue', 'state']);
  readonly jobDuration = histogram(METRIC.jobDuration, 'Time a job attempt ran, by job kind and outcome (completed, failed)', JOB_BUCKETS, ['job', 'outcome']);
  readonly jobFailures = counter(METRIC.jobFailures, 'Failed job attempts by job kind; final="true" when it was the last attempt (the job failed for good)', ['job', 'final']);
  readonly matchingRebuildDuration = histogram(METRIC.matchingRebuildDuration, 'Time a full matching rebuild took, from planning to its last shard', JOB_BUCKETS);
  readonly matchingRebuildPairsKept = counter(METRIC.matchingRebuildPairsKept, 'Scenario–company pairs kept (scored above the threshold) by rebuild shards');
  readonly agendaSolveDuration = histogram(METRIC.agendaSolveDuration, 'Time the agenda solver took for a matchmaking session', JOB_BUCKETS);
  readonly signInFailures = counter(METRIC.signInFailures, 'Refused sign-in attempts by reason (unknown_email, wrong_password, wrong_code, locked, …)', ['reason']);
  readonly signInLockouts = counter(METRIC.signInLockouts, 'Accounts locked after too many failed sign-ins in a row');
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
