import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  OrganisationSummary,
  OrganisationType,
  Page,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';

/** Typed client for /api/organisations (the list is for staff only). */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/organisations';

  /** Organisations of a type whose name contains `q`, by name. */
  search(
    type: OrganisationType,
    q: string,
    pageSize = 20,
  ): Observable<Page<OrganisationSummary>> {
    let params = new HttpParams().set('type', type).set('pageSize', pageSize);
    if (q.trim()) params = params.set('q', q.trim());
    return this.http.get<Page<OrganisationSummary>>(this.base, { params });
  }
}
