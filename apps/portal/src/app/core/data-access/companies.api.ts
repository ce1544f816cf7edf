import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Certification,
  CompanyTier,
  CompanyView,
  ReferenceCase,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';

/** Body of `PUT /api/me/profile` (every field optional; what is sent replaces what is held). */
export interface CompanyProfileRequest {
  introduction: string;
  /** Domain names. */
  domains: string[];
  /** Capability names. */
  capabilities: string[];
  district: string;
  foundedYear: number | null;
  headcountBand: string | null;
  tiers: CompanyTier[];
  certifications: Certification[];
  cases: ReferenceCase[];
  website: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

/** Typed client for company pages (/api/companies/:id) and the own profile (/api/me/profile). */
@Injectable({ providedIn: 'root' })
export class CompaniesApi {
  private readonly http = inject(HttpClient);

  get(id: string): Observable<CompanyView> {
    return this.http.get<CompanyView>(`/api/companies/${id}`);
  }

  myProfile(): Observable<CompanyView> {
    return this.http.get<CompanyView>('/api/me/profile');
  }

  updateProfile(body: Partial<CompanyProfileRequest>): Observable<CompanyView> {
    return this.http.put<CompanyView>('/api/me/profile', body);
  }
}
