/**
 * Every queue and job in one place, with typed payloads. Payloads carry ids only; handlers
 * re-read state, so a job that runs twice does no harm.
 */
export enum QueueName {
  Matching = 'matching',
  Notifications = 'notifications',
  Sessions = 'sessions',
  Maintenance = 'maintenance',
}

export enum JobName {
  /** Health probe of the pipeline itself: writes a row into `outbox_probe` (tests, ops). */
  Probe = 'probe',
  ScenarioChanged = 'scenario.changed',
  ScenarioClosed = 'scenario.closed',
  EnterpriseChanged = 'enterprise.changed',
  MatchingRebuild = 'matching.rebuild',
  MatchingRebuildShard = 'matching.rebuild-shard',
  NotificationDispatch = 'notification.dispatch',
  SessionAgenda = 'session.agenda',
}

export interface JobPayloads {
  [JobName.Probe]: { probeId: string };
  [JobName.ScenarioChanged]: { scenarioId: string };
  [JobName.ScenarioClosed]: { scenarioId: string };
  [JobName.EnterpriseChanged]: { organisationId: string };
  [JobName.MatchingRebuild]: { rebuildId: string };
  [JobName.MatchingRebuildShard]: { rebuildId: string; shard: number; shards: number };
  [JobName.NotificationDispatch]: { notificationId: string };
  [JobName.SessionAgenda]: { sessionId: string; runId: string };
}

/** Which queue each job goes to. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.Probe]: QueueName.Maintenance,
  [JobName.ScenarioChanged]: QueueName.Matching,
  [JobName.ScenarioClosed]: QueueName.Matching,
  [JobName.EnterpriseChanged]: QueueName.Matching,
  [JobName.MatchingRebuild]: QueueName.Matching,
  [JobName.MatchingRebuildShard]: QueueName.Matching,
  [JobName.NotificationDispatch]: QueueName.Notifications,
  [JobName.SessionAgenda]: QueueName.Sessions,
};

/** Retries with exponential backoff; after the last one the job stays in BullMQ's failed set. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 1000 },
  removeOnComplete: { age: 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
