/**
 * Every metric SceneMatch defines, by name, in one place: the code registers them from here and
 * a unit test checks that the Grafana dashboard and the alert rules in deploy/ name only these
 * (plus the standard process metrics), so the three cannot drift apart.
 */
export const METRIC = {
  /** HTTP requests answered, by method, route pattern (never the raw URL) and status code. */
  httpRequests: 'scenematch_http_requests_total',
  httpRequestDuration: 'scenematch_http_request_duration_seconds',
  /** PostgreSQL pool of this process: connections by state (active, idle) and callers waiting for one. */
  dbPoolConnections: 'scenematch_db_pool_connections',
  dbPoolMaxConnections: 'scenematch_db_pool_max_connections',
  dbPoolWaiting: 'scenematch_db_pool_waiting_clients',
  /** Outbox rows not yet finished (relayed and completed, or failed for good), and the age of the oldest. */
  outboxPending: 'scenematch_outbox_pending_messages',
  outboxOldestAge: 'scenematch_outbox_oldest_pending_age_seconds',
  /** BullMQ jobs per queue and state (waiting, active, delayed, prioritized, failed). */
  queueJobs: 'scenematch_queue_jobs',
  jobDuration: 'scenematch_job_duration_seconds',
  /** Failed job attempts by job kind; `final="true"`: the last attempt, the job failed for good. */
  jobFailures: 'scenematch_job_failures_total',
  matchingRebuildDuration: 'scenematch_matching_rebuild_duration_seconds',
  matchingRebuildPairsKept: 'scenematch_matching_rebuild_pairs_kept_total',
  agendaSolveDuration: 'scenematch_agenda_solve_duration_seconds',
  /** Refused sign-ins (wrong password, unknown email, wrong second-factor code, locked account). */
  signInFailures: 'scenematch_signin_failures_total',
  /** Accounts locked after too many failures in a row. */
  signInLockouts: 'scenematch_signin_lockouts_total',
  /** A scrape-time reading (pool, outbox, queues) that failed; its gauges keep their last value. */
  collectorFailures: 'scenematch_metrics_collector_failures_total',
} as const;

export type MetricName = (typeof METRIC)[keyof typeof METRIC];
