import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ImportReport,
  ScenarioEventView,
  ScenarioPage,
  ScenarioRevisionView,
  ScenarioStatus,
  ScenarioView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { type DownloadedFile, getFile } from './download';
import { queryParams } from '../http/query-params';

export const SCENARIO_SORTS = [
  'relevance',
  'newest',
  'deadline',
  'number',
] as const;
export type ScenarioSort = (typeof SCENARIO_SORTS)[number];

/** Query of `GET /api/scenarios` (and of the export, which takes the same filters). */
export interface ScenarioListQuery {
  q?: string;
  /** Domain codes or names. */
  domain?: readonly string[];
  /** Capability codes or names. */
  capability?: readonly string[];
  batch?: string;
  agency?: string;
  status?: readonly ScenarioStatus[];
  mine?: boolean;
  deadlineFrom?: string;
  deadlineTo?: string;
  sort?: ScenarioSort;
  facets?: boolean;
  page?: number;
  pageSize?: number;
}

export type { ScenarioPage } from '@scenematch/contracts';

/** Body of `POST /api/scenarios` and (partially) `PATCH /api/scenarios/:id`. */
export interface ScenarioRequest {
  title: string;
  /** Domain name, e.g. 智慧医疗. */
  domain: string;
  description: string;
  painPoints: string;
  expectedOutcome: string;
  /** Capability names. */
  capabilities: string[];
  /** YYYY-MM-DD, not in the past. */
  deadline: string | null;
  /** CNY. */
  budgetMin: number | null;
  budgetMax: number | null;
  site: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  batchId: string | null;
}

export type ExportFormat = 'xlsx' | 'csv';

/** The query as HTTP parameters (see queryParams). */
export function scenarioQueryParams(
  query: ScenarioListQuery & { format?: ExportFormat },
): HttpParams {
  return queryParams(query);
}

/** Typed client for /api/scenarios (list, detail, authoring, review, import and export). */
@Injectable({ providedIn: 'root' })
export class ScenariosApi {
  private readonly http = inject(HttpClient);

  list(query: ScenarioListQuery): Observable<ScenarioPage> {
    return this.http.get<ScenarioPage>('/api/scenarios', {
      params: scenarioQueryParams(query),
    });
  }

  get(id: string): Observable<ScenarioView> {
    return this.http.get<ScenarioView>(`/api/scenarios/${id}`);
  }

  revisions(id: string): Observable<ScenarioRevisionView[]> {
    return this.http.get<ScenarioRevisionView[]>(
      `/api/scenarios/${id}/revisions`,
    );
  }

  events(id: string): Observable<ScenarioEventView[]> {
    return this.http.get<ScenarioEventView[]>(`/api/scenarios/${id}/events`);
  }

  create(body: ScenarioRequest): Observable<ScenarioView> {
    return this.http.post<ScenarioView>('/api/scenarios', body);
  }

  update(id: string, body: Partial<ScenarioRequest>): Observable<ScenarioView> {
    return this.http.patch<ScenarioView>(`/api/scenarios/${id}`, body);
  }

  submit(id: string): Observable<ScenarioView> {
    return this.http.post<ScenarioView>(`/api/scenarios/${id}/submit`, {});
  }

  /** Publishes, or approves into a batch that is not released yet (the result's status tells). */
  publish(id: string): Observable<ScenarioView> {
    return this.http.post<ScenarioView>(`/api/scenarios/${id}/publish`, {});
  }

  returnToAgency(id: string, reason: string): Observable<ScenarioView> {
    return this.http.post<ScenarioView>(`/api/scenarios/${id}/return`, {
      reason,
    });
  }

  close(id: string): Observable<ScenarioView> {
    return this.http.post<ScenarioView>(`/api/scenarios/${id}/close`, {});
  }

  cancel(id: string, reason?: string): Observable<ScenarioView> {
    return this.http.post<ScenarioView>(
      `/api/scenarios/${id}/cancel`,
      reason ? { reason } : {},
    );
  }

  /** Uploads a list file into a batch; `dryRun` plans without saving (the preview). */
  importList(
    file: File,
    batchId: string,
    dryRun: boolean,
  ): Observable<ImportReport> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportReport>('/api/scenarios/import', body, {
      params: new HttpParams()
        .set('batchId', batchId)
        .set('dryRun', String(dryRun)),
    });
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
    return getFile(
      this.http,
      '/api/scenarios/export',
      `场景清单.${format}`,
      scenarioQueryParams({ ...filters, format }),
    );
  }
}
