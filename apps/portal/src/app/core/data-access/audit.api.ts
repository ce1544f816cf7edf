import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditOutcome, AuditRecord, AuditVerification, Page } from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { type DownloadedFile, getFile } from './download';

export type { AuditOutcome, AuditRecord, AuditVerification };

/** Filters shared by the list and the export; empty values are left out. */
export interface AuditFilters {
  /** A prefix: `auth.` finds every sign-in event. */
  action?: string | null;
  /** A user's sign-in email or id. */
  actor?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  outcome?: AuditOutcome | null;
  /** Inclusive start, ISO date or time. */
  from?: string | null;
  /** Exclusive end, ISO date or time. */
  to?: string | null;
}

function paramsOf(filters: AuditFilters): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== null && value !== undefined && String(value).trim() !== '')
      params = params.set(key, String(value).trim());
  }
  return params;
}

/** Typed client for /api/audit (organiser, admin): the trail, its integrity check and exports. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(
    filters: AuditFilters,
    page: number,
    pageSize: number,
  ): Observable<Page<AuditRecord>> {
    const params = paramsOf(filters)
      .set('page', page)
      .set('pageSize', pageSize);
    return this.http.get<Page<AuditRecord>>('/api/audit', { params });
  }

  verify(): Observable<AuditVerification> {
    return this.http.get<AuditVerification>('/api/audit/verify');
  }

  export(
    filters: AuditFilters,
    format: 'csv' | 'xlsx',
  ): Observable<DownloadedFile> {
    return getFile(
      this.http,
      '/api/audit/export',
      `审计日志.${format}`,
      paramsOf(filters).set('format', format),
    );
  }
}
