import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AdminOrganisationView,
  AdminUserView,
  OrganisationSummary,
  Page,
  Role,
  UserStatus,
  VerificationStatus,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { type DownloadedFile, getFile } from './download';

export interface AdminUserQuery {
  q?: string;
  role?: Role | null;
  status?: UserStatus | null;
  organisationId?: string;
  page: number;
  pageSize: number;
}

export interface AdminOrganisationQuery {
  q?: string;
  status?: VerificationStatus | null;
  page: number;
  pageSize: number;
}

function paramsOf(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value).trim());
  }
  return params;
}

/**
 * Typed client for account administration (/api/admin/…, organisation verification) and for the
 * signed-in user's personal data (/api/me/personal-data, /api/me/erasure).
 */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  users(query: AdminUserQuery): Observable<Page<AdminUserView>> {
    return this.http.get<Page<AdminUserView>>('/api/admin/users', {
      params: paramsOf(query),
    });
  }

  organisations(
    query: AdminOrganisationQuery,
  ): Observable<Page<AdminOrganisationView>> {
    return this.http.get<Page<AdminOrganisationView>>(
      '/api/admin/organisations',
      { params: paramsOf(query) },
    );
  }

  members(organisationId: string): Observable<Page<AdminUserView>> {
    return this.http.get<Page<AdminUserView>>(
      `/api/admin/organisations/${organisationId}/members`,
      { params: paramsOf({ pageSize: 100 }) },
    );
  }

  verify(organisationId: string): Observable<OrganisationSummary> {
    return this.http.post<OrganisationSummary>(
      `/api/organisations/${organisationId}/verify`,
      null,
    );
  }

  reject(organisationId: string, reason: string): Observable<OrganisationSummary> {
    return this.http.post<OrganisationSummary>(
      `/api/organisations/${organisationId}/reject`,
      { reason },
    );
  }

  disable(userId: string, reason: string): Observable<AdminUserView> {
    return this.http.post<AdminUserView>(`/api/admin/users/${userId}/disable`, {
      reason,
    });
  }

  enable(userId: string): Observable<AdminUserView> {
    return this.http.post<AdminUserView>(
      `/api/admin/users/${userId}/enable`,
      null,
    );
  }

  resetSecondFactor(userId: string): Observable<AdminUserView> {
    return this.http.post<AdminUserView>(
      `/api/admin/users/${userId}/mfa/reset`,
      null,
    );
  }

  /** The signed-in user's personal data as a JSON file. */
  personalData(): Observable<DownloadedFile> {
    return getFile(this.http, '/api/me/personal-data', 'personal-data.json');
  }

  erase(password: string): Observable<void> {
    return this.http.post<void>('/api/me/erasure', { password });
  }
}
