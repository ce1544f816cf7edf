import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  FailedJobView,
  JobsOverview,
  Page,
  RetryManyResult,
  StuckOutboxView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { queryParams } from '../http/query-params';

export interface FailedJobQuery {
  job?: string | null;
  page: number;
  pageSize: number;
}

export interface StuckOutboxQuery {
  minutes: number;
  page: number;
  pageSize: number;
}

/** Typed client for the admin's failed-job console (/api/admin/jobs, /api/admin/outbox). */
@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);

  overview(minutes: number): Observable<JobsOverview> {
    return this.http.get<JobsOverview>('/api/admin/jobs/overview', {
      params: queryParams({ minutes }),
    });
  }

  failed(query: FailedJobQuery): Observable<Page<FailedJobView>> {
    return this.http.get<Page<FailedJobView>>('/api/admin/jobs/failed', {
      params: queryParams(query),
    });
  }

  retry(job: FailedJobView, reason?: string): Observable<FailedJobView> {
    return this.http.post<FailedJobView>(
      `/api/admin/jobs/${job.queue}/${encodeURIComponent(job.id)}/retry`,
      reason ? { reason } : {},
    );
  }

  retryKind(kind: string, reason?: string): Observable<RetryManyResult> {
    return this.http.post<RetryManyResult>('/api/admin/jobs/failed/retry', {
      job: kind,
      ...(reason ? { reason } : {}),
    });
  }

  discard(job: FailedJobView, reason: string): Observable<FailedJobView> {
    return this.http.post<FailedJobView>(
      `/api/admin/jobs/${job.queue}/${encodeURIComponent(job.id)}/discard`,
      { reason },
    );
  }

  stuck(query: StuckOutboxQuery): Observable<Page<StuckOutboxView>> {
    return this.http.get<Page<StuckOutboxView>>('/api/admin/outbox/stuck', {
      params: queryParams(query),
    });
  }

  resend(row: StuckOutboxView): Observable<StuckOutboxView> {
    return this.http.post<StuckOutboxView>(
      `/api/admin/outbox/${row.id}/resend`,
      {},
    );
  }
}
