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
  /** Texts one urgent notification (SMS gateway). */
  NotificationSms = 'notification.sms',
  /** Sends one notification as a WeChat service-account template message. */
  NotificationWechat = 'notification.wechat',
  /** Builds the weekly digests of one run (one per company user with the digest on). */
  NotificationDigest = 'notification.digest',
  /** Mails one recorded digest. */
  NotificationDigestMail = 'notification.digest-mail',
  /** Writes the day's deadline reminders of one run. */
  NotificationReminders = 'notification.reminders',
  SessionAgenda = 'session.agenda',
  /** Opens a scenario's sealed bids (开标) when its deadline has come; nothing before. */
  BidsOpen = 'bids.open',
  /** Writes the day's open-data dump files (CSV and .xlsx of every public dataset). */
  OpenDataDump = 'open-data.dump',
}

export interface JobPayloads {
  /** `holdMs`: pause while running (capped by PROBE_MAX_HOLD_MS, 0 by default: no pause). */
  [JobName.Probe]: { probeId: string; holdMs?: number };
  [JobName.ScenarioChanged]: { scenarioId: string };
  [JobName.ScenarioClosed]: { scenarioId: string };
  [JobName.EnterpriseChanged]: { organisationId: string };
  [JobName.MatchingRebuild]: { rebuildId: string };
  [JobName.MatchingRebuildShard]: { rebuildId: string; shard: number; shards: number };
  [JobName.NotificationDispatch]: { notificationId: string };
  [JobName.NotificationSms]: { notificationId: string };
  [JobName.NotificationWechat]: { notificationId: string };
  [JobName.NotificationDigest]: { runId: string };
  [JobName.NotificationDigestMail]: { digestId: string };
  [JobName.NotificationReminders]: { runId: string };
  [JobName.SessionAgenda]: { sessionId: string; runId: string };
  /** `at`: set on the delayed job put at the deadline (ISO instant); absent when announced through the outbox. */
  [JobName.BidsOpen]: { scenarioId: string; at?: string };
  [JobName.OpenDataDump]: { dumpId: string };
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
  [JobName.NotificationSms]: QueueName.Notifications,
  [JobName.NotificationWechat]: QueueName.Notifications,
  [JobName.NotificationDigest]: QueueName.Notifications,
  [JobName.NotificationDigestMail]: QueueName.Notifications,
  [JobName.NotificationReminders]: QueueName.Notifications,
  [JobName.SessionAgenda]: QueueName.Sessions,
  [JobName.BidsOpen]: QueueName.Maintenance,
  [JobName.OpenDataDump]: QueueName.Maintenance,
};

/** Attempts of every job: after the last one the job stays in BullMQ's failed set. */
export const JOB_ATTEMPTS = 5;

/**
 * Every queue's default job options (QueueRegistry): JOB_ATTEMPTS attempts with exponential
 * backoff from `retryDelayMs` (JOB_RETRY_DELAY_MS: 1 s, so about 15 s from the first failure to
 * the last), completed jobs kept an hour, failed ones a week.
 */
export function defaultJobOptions(retryDelayMs: number) {
  return {
    attempts: JOB_ATTEMPTS,
    backoff: { type: 'exponential' as const, delay: retryDelayMs },
    removeOnComplete: { age: 3600, count: 10000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
