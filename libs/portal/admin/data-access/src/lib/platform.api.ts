import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CapabilityView,
  DomainView,
  HealthView,
} from '@scenematch/contracts';
import { Observable, of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

// An application domain (应用领域) and a capability tag (能力标签) as the taxonomy API returns them.
export type { CapabilityView, DomainView } from '@scenematch/contracts';

/** Typed client for the public platform endpoints (health, taxonomies). */
@Injectable({ providedIn: 'root' })
export class PlatformApi {
  private readonly api = inject(ApiClient);

  /**
   * The API answers 503 with the same body when PostgreSQL or Redis is down; that is a status
   * to show, not a failure. `null` means the API could not be reached at all.
   */
  health(): Observable<HealthView | null> {
    return this.api.get('/api/health').pipe(
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
    return this.api.get('/api/taxonomy/domains');
  }

  capabilities(): Observable<CapabilityView[]> {
    return this.api.get('/api/taxonomy/capabilities');
  }
}
