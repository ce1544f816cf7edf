import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { BatchCloseResult, BatchPublishResult, ScenarioBatchView } from '@scenematch/contracts';
import { Observable } from 'rxjs';

/** Body of `POST /api/batches` and (partially) `PATCH /api/batches/:id`. */
export interface BatchRequest {
  number: number;
  name: string;
  issuer: string;
  description?: string;
  opensOn?: string | null;
  closesOn?: string | null;
}

/** Typed client for /api/batches (numbered scenario lists). */
@Injectable({ providedIn: 'root' })
export class BatchesApi {
  private readonly http = inject(HttpClient);

  /** Newest number first; drafts only for staff and agencies. */
  list(): Observable<ScenarioBatchView[]> {
    return this.http.get<ScenarioBatchView[]>('/api/batches');
  }

  create(body: BatchRequest): Observable<ScenarioBatchView> {
    return this.http.post<ScenarioBatchView>('/api/batches', body);
  }

  update(
    id: string,
    body: Partial<BatchRequest>,
  ): Observable<ScenarioBatchView> {
    return this.http.patch<ScenarioBatchView>(`/api/batches/${id}`, body);
  }

  /** Releases the batch; its approved scenarios are published with it. */
  publish(id: string): Observable<BatchPublishResult> {
    return this.http.post<BatchPublishResult>(
      `/api/batches/${id}/publish`,
      {},
    );
  }

  close(id: string): Observable<BatchCloseResult> {
    return this.http.post<BatchCloseResult>(
      `/api/batches/${id}/close`,
      {},
    );
  }
}
