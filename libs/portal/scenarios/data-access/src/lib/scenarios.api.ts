import { inject, Injectable } from '@angular/core';
import type { ApiQuery, RequestBody } from '@scenematch/api-client';
import type {
  ImportReport,
  ScenarioEventView,
  ScenarioPage,
  ScenarioRevisionView,
  ScenarioView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';
import { compactQuery } from '@scenematch/portal/core/http/query-params';
import type { DownloadedFile } from '@scenematch/portal/core/http/download';

export const SCENARIO_SORTS = [
  'relevance',
  'newest',
  'deadline',
  'number',
] as const satisfies ReadonlyArray<NonNullable<ScenarioListQuery['sort']>>;
export type ScenarioSort = (typeof SCENARIO_SORTS)[number];

/** Query of `GET /api/scenarios` (and of the export, which takes the same filters). */
export type ScenarioListQuery = ApiQuery<'/api/scenarios', 'get'>;

export type { ScenarioPage } from '@scenematch/contracts';

/**
 * Body of `POST /api/scenarios` with every field given, as the form sends it (and, partially,
 * of `PATCH /api/scenarios/:id`).
 */
export type ScenarioRequest = Required<RequestBody<'/api/scenarios', 'post'>>;

export type ExportFormat = NonNullable<
  ApiQuery<'/api/scenarios/export', 'get'>['format']
>;

/** Typed client for /api/scenarios (list, detail, authoring, review, import and export). */
@Injectable({ providedIn: 'root' })
export class ScenariosApi {
  private readonly api = inject(ApiClient);

  list(query: ScenarioListQuery): Observable<ScenarioPage> {
    return this.api.get('/api/scenarios', { query: compactQuery(query) });
  }

  get(id: string): Observable<ScenarioView> {
    return this.api.get('/api/scenarios/{id}', { path: { id } });
  }

  revisions(id: string): Observable<ScenarioRevisionView[]> {
    return this.api.get('/api/scenarios/{id}/revisions', { path: { id } });
  }

  events(id: string): Observable<ScenarioEventView[]> {
    return this.api.get('/api/scenarios/{id}/events', { path: { id } });
  }

  create(body: ScenarioRequest): Observable<ScenarioView> {
    return this.api.post('/api/scenarios', body);
  }

  update(
    id: string,
    body: RequestBody<'/api/scenarios/{id}', 'patch'>,
  ): Observable<ScenarioView> {
    return this.api.patch('/api/scenarios/{id}', body, { path: { id } });
  }

  submit(id: string): Observable<ScenarioView> {
    return this.api.post('/api/scenarios/{id}/submit', {}, { path: { id } });
  }

  /** Publishes, or approves into a batch that is not released yet (the result's status tells). */
  publish(id: string): Observable<ScenarioView> {
    return this.api.post('/api/scenarios/{id}/publish', {}, { path: { id } });
  }

  returnToAgency(id: string, reason: string): Observable<ScenarioView> {
    return this.api.post(
      '/api/scenarios/{id}/return',
      { reason },
      { path: { id } },
    );
  }

  close(id: string): Observable<ScenarioView> {
    return this.api.post('/api/scenarios/{id}/close', {}, { path: { id } });
  }

  cancel(id: string, reason?: string): Observable<ScenarioView> {
    return this.api.post(
      '/api/scenarios/{id}/cancel',
      reason ? { reason } : {},
      { path: { id } },
    );
  }

  /** Uploads a list file into a batch; `dryRun` plans without saving (the preview). */
  importList(
    file: File,
    batchId: string,
    dryRun: boolean,
  ): Observable<ImportReport> {
    return this.api.postForm(
      '/api/scenarios/import',
      { file },
      { query: { batchId, dryRun } },
    );
  }

  /**
   * The filtered list as a file. Through HttpClient (not a plain link) so that a signed-in user's
   * bearer token goes along and staff get what they may see.
   */
  exportList(
    query: ScenarioListQuery,
    format: ExportFormat,
  ): Observable<DownloadedFile> {
    // Paging and facets mean nothing to a file: it holds every match.
    const filters: ScenarioListQuery = { ...query };
    delete filters.page;
    delete filters.pageSize;
    delete filters.facets;
    return this.api.file('/api/scenarios/export', `场景清单.${format}`, {
      query: compactQuery({ ...filters, format }),
    });
  }
}
