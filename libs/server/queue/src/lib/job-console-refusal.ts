/** Why an action on a job or an outbox row did not happen. */
export type JobConsoleRefusal = 'missing' | 'not_failed' | 'running' | 'not_stuck';
