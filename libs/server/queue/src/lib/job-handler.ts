import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayloads } from './jobs';

export const JOB_HANDLER_KEY = 'scenematch:job-handler';

export interface JobContext {
  jobId: string;
  attempt: number;
  /** Whether this is the job's last attempt: a failure now leaves it failed for good. */
  final: boolean;
  /** Reports progress (0–1) with an optional message, visible to whoever watches the job. */
  progress(fraction: number, message?: string): Promise<void>;
}

/** A worker-side handler for one job. Must be idempotent: it may run more than once. */
export interface JobHandler<J extends JobName = JobName> {
  handle(payload: JobPayloads[J], context: JobContext): Promise<unknown>;
}

/** Marks a provider as the handler of a job; the worker discovers it at startup. */
export const HandlesJob = (job: JobName) => SetMetadata(JOB_HANDLER_KEY, job);
