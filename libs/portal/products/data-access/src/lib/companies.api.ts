import { inject, Injectable } from '@angular/core';
import type { RequestBody } from '@scenematch/api-client';
import type { CompanyView } from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/** Body of `PUT /api/me/profile` (every field optional; what is sent replaces what is held). */
export type CompanyProfileRequest = RequestBody<'/api/me/profile', 'put'>;

/** Typed client for company pages (/api/companies/:id) and the own profile (/api/me/profile). */
@Injectable({ providedIn: 'root' })
export class CompaniesApi {
  private readonly api = inject(ApiClient);

  get(id: string): Observable<CompanyView> {
    return this.api.get('/api/companies/{id}', { path: { id } });
  }

  myProfile(): Observable<CompanyView> {
    return this.api.get('/api/me/profile');
  }

  updateProfile(body: CompanyProfileRequest): Observable<CompanyView> {
    return this.api.put('/api/me/profile', body);
  }
}
