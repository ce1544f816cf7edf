/**
 * The admin's failed-job console (任务监控): queue figures, jobs that failed for good, and outbox
 * rows that never made it. Job payloads are shown as their ids only: never texts, never personal data.
 */

/** BullMQ job counts of one queue. */
export interface QueueCountsView {
  queue: string;
  /** @asType integer */
  waiting: number;
  /** @asType integer */
  active: number;
  /** @asType integer */
  delayed: number;
  /** @asType integer */
  failed: number;
  /** @asType integer */
  completed: number;
}

export interface JobsOverview {
  queues: QueueCountsView[];
  /**
   * Outbox rows stuck (not relayed in time, or attempts exhausted), not discarded.
   * @asType integer
   */
  stuckOutbox: number;
  /**
   * Minutes after which an outbox row not relayed counts as stuck.
   * @asType integer
   */
  stuckAfterMinutes: number;
}

/** A job that failed its last attempt and waits in the failed set. */
export interface FailedJobView {
  /** BullMQ job id (the outbox row's id for work announced through the outbox). */
  id: string;
  queue: string;
  /** Job name, e.g. `notification.dispatch`. */
  job: string;
  /** The error of the last attempt (e-mail addresses and phone numbers masked). */
  reason: string;
  /** The first code locations of the stack (no message text), or empty. */
  stack: string[];
  /** @asType integer */
  attemptsMade: number;
  /** @asType integer */
  attempts: number;
  /** Only the id-like fields of the payload (`notificationId`, `scenarioId`, …). */
  ids: Record<string, string>;
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  processedAt: string | null;
  /** @format date-time */
  failedAt: string | null;
}

export type StuckOutboxState = 'not_relayed' | 'failed';

/** An outbox row whose work did not get done. */
export interface StuckOutboxView {
  id: string;
  queue: string;
  job: string;
  state: StuckOutboxState;
  ids: Record<string, string>;
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  availableAt: string;
  /**
   * Seconds since it was due.
   * @asType integer
   */
  ageSeconds: number;
  /** @asType integer */
  enqueueCount: number;
  /** @format date-time */
  failedAt: string | null;
  lastError: string | null;
}

/** What a retry-all did. */
export interface RetryManyResult {
  /** @asType integer */
  retried: number;
}
