import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BatchHealth,
  PublicStats,
  StatsOverview,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { type DownloadedFile, getFile } from './download';

/** Filters of `GET /api/stats/overview`; empty values are left out. */
export interface StatsFilters {
  from?: string | null;
  to?: string | null;
  batchId?: string | null;
  domain?: string | null;
}

/** Typed client for /api/stats (dashboard, home-page figures, batch health, quarterly report). */
@Injectable({ providedIn: 'root' })
export class StatsApi {
  private readonly http = inject(HttpClient);

  overview(filters: StatsFilters): Observable<StatsOverview> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filters))
      if (value) params = params.set(key, value);
    return this.http.get<StatsOverview>('/api/stats/overview', { params });
  }

  publicStats(): Observable<PublicStats> {
    return this.http.get<PublicStats>('/api/stats/public');
  }

  batchHealth(batchId: string | null): Observable<BatchHealth> {
    const params = batchId
      ? new HttpParams().set('batchId', batchId)
      : undefined;
    return this.http.get<BatchHealth>('/api/stats/batch-health', { params });
  }

  /** The quarterly workbook, e.g. `2025Q3`. */
  report(quarter: string): Observable<DownloadedFile> {
    return getFile(
      this.http,
      '/api/stats/report',
      `场景揭榜季度报告-${quarter}.xlsx`,
      new HttpParams().set('quarter', quarter).set('format', 'xlsx'),
    );
  }
}
