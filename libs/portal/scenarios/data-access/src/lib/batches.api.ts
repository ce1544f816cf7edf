import { inject, Injectable } from '@angular/core';
import type { RequestBody } from '@scenematch/api-client';
import type {
  BatchCloseResult,
  BatchPublishResult,
  ScenarioBatchView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/** Body of `POST /api/batches`. */
export type BatchRequest = RequestBody<'/api/batches', 'post'>;

/** Typed client for /api/batches (numbered scenario lists). */
@Injectable({ providedIn: 'root' })
export class BatchesApi {
  private readonly api = inject(ApiClient);

  /** Newest number first; drafts only for staff and agencies. */
  list(): Observable<ScenarioBatchView[]> {
    return this.api.get('/api/batches');
  }

  create(body: BatchRequest): Observable<ScenarioBatchView> {
    return this.api.post('/api/batches', body);
  }

  update(
    id: string,
    body: RequestBody<'/api/batches/{id}', 'patch'>,
  ): Observable<ScenarioBatchView> {
    return this.api.patch('/api/batches/{id}', body, { path: { id } });
  }

  /** Releases the batch; its approved scenarios are published with it. */
  publish(id: string): Observable<BatchPublishResult> {
    return this.api.post('/api/batches/{id}/publish', {}, { path: { id } });
  }

  close(id: string): Observable<BatchCloseResult> {
    return this.api.post('/api/batches/{id}/close', {}, { path: { id } });
  }
}
