import type { JobConsoleRefusal } from './job-console-refusal';

/** What re-sending looks at in an outbox row. */
export interface ResendCandidate {
  enqueued_at: Date | null;
  failed_at: Date | null;
  completed_at: Date | null;
  discarded_at: Date | null;
}

/**
 * Whether an outbox row may be re-sent by the admin: not once its work is done or discarded;
 * not while it sits in the queue (enqueued and not failed); yes when never relayed or failed.
 */
export function resendRefusal(row: ResendCandidate | undefined): JobConsoleRefusal | null {
  if (!row || row.completed_at || row.discarded_at) return 'missing';
  if (!row.failed_at && row.enqueued_at) return 'not_stuck';
  return null;
}
