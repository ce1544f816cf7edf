import { inject, Injectable } from '@angular/core';
import type {
  LinkedIdentityView,
  Page,
  SsoApproveRequest,
  SsoLinkRequestStatus,
  SsoLinkRequestView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '../http/api-client';

/** Typed client for unified identity links: the user's own, and the admin's approval queue. */
@Injectable({ providedIn: 'root' })
export class SsoApi {
  private readonly api = inject(ApiClient);

  myIdentities(): Observable<LinkedIdentityView[]> {
    return this.api.get('/api/me/identities');
  }

  unlink(id: string): Observable<void> {
    return this.api.delete('/api/me/identities/{id}', { path: { id } });
  }

  userIdentities(userId: string): Observable<LinkedIdentityView[]> {
    return this.api.get('/api/admin/users/{id}/identities', {
      path: { id: userId },
    });
  }

  requests(query: {
    status: SsoLinkRequestStatus;
    page: number;
    pageSize: number;
  }): Observable<Page<SsoLinkRequestView>> {
    return this.api.get('/api/admin/sso-requests', {
      query: {
        status: query.status,
        page: query.page,
        pageSize: query.pageSize,
      },
    });
  }

  approve(id: string, body: SsoApproveRequest): Observable<SsoLinkRequestView> {
    return this.api.post('/api/admin/sso-requests/{id}/approve', body, {
      path: { id },
    });
  }

  reject(id: string, reason: string): Observable<SsoLinkRequestView> {
    return this.api.post(
      '/api/admin/sso-requests/{id}/reject',
      { reason },
      { path: { id } },
    );
  }
}
