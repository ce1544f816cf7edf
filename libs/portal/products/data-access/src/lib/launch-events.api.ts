import { inject, Injectable } from '@angular/core';
import type { RequestBody } from '@scenematch/api-client';
import type {
  LaunchEventReleaseResult,
  LaunchEventView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/** Body of `POST /api/launch-events`. */
export type LaunchEventRequest = RequestBody<'/api/launch-events', 'post'>;

/** Typed client for /api/launch-events (产品发布会). */
@Injectable({ providedIn: 'root' })
export class LaunchEventsApi {
  private readonly api = inject(ApiClient);

  /** Released events for the public; staff also see planned ones. Latest date first. */
  list(): Observable<LaunchEventView[]> {
    return this.api.get('/api/launch-events');
  }

  get(id: string): Observable<LaunchEventView> {
    return this.api.get('/api/launch-events/{id}', { path: { id } });
  }

  create(body: LaunchEventRequest): Observable<LaunchEventView> {
    return this.api.post('/api/launch-events', body);
  }

  /** Puts submitted products on a planned event (anything else is refused with 409). */
  assign(id: string, productIds: string[]): Observable<LaunchEventView> {
    return this.api.post(
      '/api/launch-events/{id}/products',
      { productIds },
      { path: { id } },
    );
  }

  unassign(id: string, productId: string): Observable<LaunchEventView> {
    return this.api.delete('/api/launch-events/{id}/products/{productId}', {
      path: { id, productId },
    });
  }

  /** Releases the event: its assigned products are listed together. */
  release(id: string): Observable<LaunchEventReleaseResult> {
    return this.api.post(
      '/api/launch-events/{id}/release',
      {},
      {
        path: { id },
      },
    );
  }
}
