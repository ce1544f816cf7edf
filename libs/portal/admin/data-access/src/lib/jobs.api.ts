import { inject, Injectable } from '@angular/core';
import type { ApiQuery, PathParams } from '@scenematch/api-client';
import type {
  FailedJobView,
  JobsOverview,
  Page,
  RetryManyResult,
  StuckOutboxView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/**
 * A job kind and a queue as the document names them. The console only ever passes back what the
 * API listed (FailedJobView, JobsOverview), whose contracts give them as text.
 */
type JobKind = NonNullable<ApiQuery<'/api/admin/jobs/failed', 'get'>['job']>;
type QueueName = PathParams<
  '/api/admin/jobs/{queue}/{id}/retry',
  'post'
>['queue'];
const listedKind = (job: string) => job as JobKind;
const listedQueue = (queue: string) => queue as QueueName;

/** Query of `GET /api/admin/jobs/failed`, always of a given page; `job` is a kind the API listed. */
export type FailedJobQuery = Omit<
  ApiQuery<'/api/admin/jobs/failed', 'get'>,
  'job'
> &
  Paging & { job?: string | null };

/** Query of `GET /api/admin/outbox/stuck`, always of a given page and age. */
export type StuckOutboxQuery = ApiQuery<'/api/admin/outbox/stuck', 'get'> &
  Paging & { minutes: number };

interface Paging {
  page: number;
  pageSize: number;
}

/** Typed client for the admin's failed-job console (/api/admin/jobs, /api/admin/outbox). */
@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly api = inject(ApiClient);

  overview(minutes: number): Observable<JobsOverview> {
    return this.api.get('/api/admin/jobs/overview', { query: { minutes } });
  }

  failed(query: FailedJobQuery): Observable<Page<FailedJobView>> {
    return this.api.get('/api/admin/jobs/failed', {
      query: { ...query, job: query.job ? listedKind(query.job) : null },
    });
  }

  retry(job: FailedJobView, reason?: string): Observable<FailedJobView> {
    return this.api.post(
      '/api/admin/jobs/{queue}/{id}/retry',
      reason ? { reason } : {},
      { path: { queue: listedQueue(job.queue), id: job.id } },
    );
  }

  retryKind(kind: string, reason?: string): Observable<RetryManyResult> {
    return this.api.post('/api/admin/jobs/failed/retry', {
      job: listedKind(kind),
      ...(reason ? { reason } : {}),
    });
  }

  discard(job: FailedJobView, reason: string): Observable<FailedJobView> {
    return this.api.post(
      '/api/admin/jobs/{queue}/{id}/discard',
      { reason },
      { path: { queue: listedQueue(job.queue), id: job.id } },
    );
  }

  stuck(query: StuckOutboxQuery): Observable<Page<StuckOutboxView>> {
    return this.api.get('/api/admin/outbox/stuck', { query });
  }

  resend(row: StuckOutboxView): Observable<StuckOutboxView> {
    return this.api.post(
      '/api/admin/outbox/{id}/resend',
      {},
      {
        path: { id: row.id },
      },
    );
  }
}
