import { inject, Injectable } from '@angular/core';
import type { ApiQuery } from '@scenematch/api-client';
import type {
  AuditOutcome,
  AuditRecord,
  AuditVerification,
  Page,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';
import type { DownloadedFile } from '@scenematch/portal/core/http/download';

export type { AuditOutcome, AuditRecord, AuditVerification };

/**
 * Filters shared by the list and the export (`action` is a prefix: `auth.` finds every sign-in
 * event; `from` inclusive, `to` exclusive); empty values are left out.
 */
export type AuditFilters = Omit<
  ApiQuery<'/api/audit', 'get'>,
  'page' | 'pageSize'
>;

/** The filters as typed, without surrounding blanks (empty ones are left out by the client). */
function trimmed(filters: AuditFilters): AuditFilters {
  return Object.fromEntries(
    Object.entries(filters).map(([key, value]) => [
      key,
      typeof value === 'string' ? value.trim() : value,
    ]),
  ) as AuditFilters;
}

/** Typed client for /api/audit (organiser, admin): the trail, its integrity check and exports. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly api = inject(ApiClient);

  list(
    filters: AuditFilters,
    page: number,
    pageSize: number,
  ): Observable<Page<AuditRecord>> {
    return this.api.get('/api/audit', {
      query: { ...trimmed(filters), page, pageSize },
    });
  }

  verify(): Observable<AuditVerification> {
    return this.api.get('/api/audit/verify');
  }

  export(
    filters: AuditFilters,
    format: 'csv' | 'xlsx',
  ): Observable<DownloadedFile> {
    return this.api.file('/api/audit/export', `审计日志.${format}`, {
      query: { ...trimmed(filters), format },
    });
  }
}
