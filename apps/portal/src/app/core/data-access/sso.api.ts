import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  LinkedIdentityView,
  Page,
  SsoApproveRequest,
  SsoLinkRequestStatus,
  SsoLinkRequestView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';

/** Typed client for unified identity links: the user's own, and the admin's approval queue. */
@Injectable({ providedIn: 'root' })
export class SsoApi {
  private readonly http = inject(HttpClient);

  myIdentities(): Observable<LinkedIdentityView[]> {
    return this.http.get<LinkedIdentityView[]>('/api/me/identities');
  }

  unlink(id: string): Observable<void> {
    return this.http.delete<void>(
      `/api/me/identities/${encodeURIComponent(id)}`,
    );
  }

  userIdentities(userId: string): Observable<LinkedIdentityView[]> {
    return this.http.get<LinkedIdentityView[]>(
      `/api/admin/users/${encodeURIComponent(userId)}/identities`,
    );
  }

  requests(query: {
    status: SsoLinkRequestStatus;
    page: number;
    pageSize: number;
  }): Observable<Page<SsoLinkRequestView>> {
    const params = new HttpParams()
      .set('status', query.status)
      .set('page', query.page)
      .set('pageSize', query.pageSize);
    return this.http.get<Page<SsoLinkRequestView>>('/api/admin/sso-requests', {
      params,
    });
  }

  approve(id: string, body: SsoApproveRequest): Observable<SsoLinkRequestView> {
    return this.http.post<SsoLinkRequestView>(
      `/api/admin/sso-requests/${encodeURIComponent(id)}/approve`,
      body,
    );
  }

  reject(id: string, reason: string): Observable<SsoLinkRequestView> {
    return this.http.post<SsoLinkRequestView>(
      `/api/admin/sso-requests/${encodeURIComponent(id)}/reject`,
      { reason },
    );
  }
}
