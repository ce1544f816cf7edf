import { inject, Injectable } from '@angular/core';
import type { ApiQuery } from '@scenematch/api-client';
import type {
  AdminOrganisationView,
  AdminUserView,
  OrganisationSummary,
  Page,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';
import type { DownloadedFile } from '@scenematch/portal/core/http/download';

/** Query of `GET /api/admin/users`, always of a given page. */
export type AdminUserQuery = ApiQuery<'/api/admin/users', 'get'> & Paging;

/** Query of `GET /api/admin/organisations`, always of a given page. */
export type AdminOrganisationQuery = ApiQuery<
  '/api/admin/organisations',
  'get'
> &
  Paging;

interface Paging {
  page: number;
  pageSize: number;
}

/** Text as typed, without surrounding blanks (empty values are left out by the client). */
function trimmed<Q extends object>(query: Q): Q {
  return Object.fromEntries(
    Object.entries(query).map(([key, value]) => [
      key,
      typeof value === 'string' ? value.trim() : value,
    ]),
  ) as Q;
}

/**
 * Typed client for account administration (/api/admin/…, organisation verification) and for the
 * signed-in user's personal data (/api/me/personal-data, /api/me/erasure).
 */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly api = inject(ApiClient);

  users(query: AdminUserQuery): Observable<Page<AdminUserView>> {
    return this.api.get('/api/admin/users', { query: trimmed(query) });
  }

  organisations(
    query: AdminOrganisationQuery,
  ): Observable<Page<AdminOrganisationView>> {
    return this.api.get('/api/admin/organisations', { query: trimmed(query) });
  }

  members(organisationId: string): Observable<Page<AdminUserView>> {
    return this.api.get('/api/admin/organisations/{id}/members', {
      path: { id: organisationId },
      query: { pageSize: 100 },
    });
  }

  verify(organisationId: string): Observable<OrganisationSummary> {
    return this.api.post('/api/organisations/{id}/verify', null, {
      path: { id: organisationId },
    });
  }

  reject(
    organisationId: string,
    reason: string,
  ): Observable<OrganisationSummary> {
    return this.api.post(
      '/api/organisations/{id}/reject',
      { reason },
      { path: { id: organisationId } },
    );
  }

  disable(userId: string, reason: string): Observable<AdminUserView> {
    return this.api.post(
      '/api/admin/users/{id}/disable',
      { reason },
      { path: { id: userId } },
    );
  }

  enable(userId: string): Observable<AdminUserView> {
    return this.api.post('/api/admin/users/{id}/enable', null, {
      path: { id: userId },
    });
  }

  resetSecondFactor(userId: string): Observable<AdminUserView> {
    return this.api.post('/api/admin/users/{id}/mfa/reset', null, {
      path: { id: userId },
    });
  }

  /** The signed-in user's personal data as a JSON file. */
  personalData(): Observable<DownloadedFile> {
    return this.api.file('/api/me/personal-data', 'personal-data.json');
  }

  erase(password: string): Observable<void> {
    return this.api.post('/api/me/erasure', { password });
  }
}
