import { inject, Injectable } from '@angular/core';
import type { ApiQuery } from '@scenematch/api-client';
import type {
  BatchHealth,
  PublicStats,
  StatsOverview,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';
import type { DownloadedFile } from '@scenematch/portal/core/http/download';

/** Filters of `GET /api/stats/overview`; empty values are left out. */
export type StatsFilters = Pick<
  ApiQuery<'/api/stats/overview', 'get'>,
  'from' | 'to' | 'batchId' | 'domain'
>;

/** Typed client for /api/stats (dashboard, home-page figures, batch health, quarterly report). */
@Injectable({ providedIn: 'root' })
export class StatsApi {
  private readonly api = inject(ApiClient);

  overview(filters: StatsFilters): Observable<StatsOverview> {
    return this.api.get('/api/stats/overview', { query: filters });
  }

  publicStats(): Observable<PublicStats> {
    return this.api.get('/api/stats/public');
  }

  batchHealth(batchId: string | null): Observable<BatchHealth> {
    return this.api.get('/api/stats/batch-health', { query: { batchId } });
  }

  /** The quarterly workbook, e.g. `2025Q3`. */
  report(quarter: string): Observable<DownloadedFile> {
    return this.api.file(
      '/api/stats/report',
      `场景揭榜季度报告-${quarter}.xlsx`,
      { query: { quarter, format: 'xlsx' } },
    );
  }
}
