import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { HealthView } from '@scenematch/contracts';
import { Observable, of } from 'rxjs';
import { catchError } from 'rxjs/operators';

/**
 * One application domain (应用领域) as `GET /api/taxonomy/domains` returns it.
 * TODO(contracts): the API declares this as DomainView in libs/server/taxonomy; move it to
 * @scenematch/contracts so both sides share one definition.
 */
export interface DomainView {
  code: string;
  name: string;
  group: string;
  aliases: string[];
}

/** One capability tag (能力标签) as `GET /api/taxonomy/capabilities` returns it. */
export interface CapabilityView {
  code: string;
  name: string;
  synonyms: string[];
}

/** Typed client for the public platform endpoints (health, taxonomies). */
@Injectable({ providedIn: 'root' })
export class PlatformApi {
  private readonly http = inject(HttpClient);

  /**
   * The API answers 503 with the same body when PostgreSQL or Redis is down; that is a status
   * to show, not a failure. `null` means the API could not be reached at all.
   */
  health(): Observable<HealthView | null> {
    return this.http.get<HealthView>('/api/health').pipe(
      catchError((error: unknown) => {
        const body =
          error instanceof HttpErrorResponse
            ? (error.error as HealthView | null)
            : null;
        return of(
          body && typeof body === 'object' && 'status' in body ? body : null,
        );
      }),
    );
  }

  domains(): Observable<DomainView[]> {
    return this.http.get<DomainView[]>('/api/taxonomy/domains');
  }

  capabilities(): Observable<CapabilityView[]> {
    return this.http.get<CapabilityView[]>('/api/taxonomy/capabilities');
  }
}
