import { inject, Injectable } from '@angular/core';
import type { ApiQuery } from '@scenematch/api-client';
import type {
  LinkedIdentityView,
  Page,
  SsoApproveRequest,
  SsoLinkRequestView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/** Query of `GET /api/admin/sso-requests`: a status, always of a given page. */
export type SsoRequestQuery = Required<ApiQuery<'/api/admin/sso-requests', 'get'>>;

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

  requests(query: SsoRequestQuery): Observable<Page<SsoLinkRequestView>> {
    return this.api.get('/api/admin/sso-requests', { query });
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
