import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { LaunchEventReleaseResult, LaunchEventView } from '@scenematch/contracts';
import { Observable } from 'rxjs';

/** Body of `POST /api/launch-events`. */
export interface LaunchEventRequest {
  title: string;
  /** YYYY-MM-DD. */
  heldOn: string;
  venue?: string;
  description?: string;
}

/** Typed client for /api/launch-events (产品发布会). */
@Injectable({ providedIn: 'root' })
export class LaunchEventsApi {
  private readonly http = inject(HttpClient);

  /** Released events for the public; staff also see planned ones. Latest date first. */
  list(): Observable<LaunchEventView[]> {
    return this.http.get<LaunchEventView[]>('/api/launch-events');
  }

  get(id: string): Observable<LaunchEventView> {
    return this.http.get<LaunchEventView>(`/api/launch-events/${id}`);
  }

  create(body: LaunchEventRequest): Observable<LaunchEventView> {
    return this.http.post<LaunchEventView>('/api/launch-events', body);
  }

  /** Puts submitted products on a planned event (anything else is refused with 409). */
  assign(id: string, productIds: string[]): Observable<LaunchEventView> {
    return this.http.post<LaunchEventView>(
      `/api/launch-events/${id}/products`,
      { productIds },
    );
  }

  unassign(id: string, productId: string): Observable<LaunchEventView> {
    return this.http.delete<LaunchEventView>(
      `/api/launch-events/${id}/products/${productId}`,
    );
  }

  /** Releases the event: its assigned products are listed together. */
  release(id: string): Observable<LaunchEventReleaseResult> {
    return this.http.post<LaunchEventReleaseResult>(
      `/api/launch-events/${id}/release`,
      {},
    );
  }
}
