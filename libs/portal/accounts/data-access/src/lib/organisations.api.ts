import { inject, Injectable } from '@angular/core';
import type {
  OrganisationSummary,
  OrganisationType,
  Page,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/** Typed client for /api/organisations (the list is for staff only). */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly api = inject(ApiClient);

  /** Organisations of a type whose name contains `q`, by name. */
  search(
    type: OrganisationType,
    q: string,
    pageSize = 20,
  ): Observable<Page<OrganisationSummary>> {
    return this.api.get('/api/organisations', {
      query: { type, pageSize, q: q.trim() },
    });
  }
}
