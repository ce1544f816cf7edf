import { type HttpEvent, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ApiQuery, RequestBody } from '@scenematch/api-client';
import type {
  ProductFileView,
  ProductPage,
  ProductView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient, queryHttpParams } from '@scenematch/portal/core/http/api-client';
import { compactQuery } from '@scenematch/portal/core/http/query-params';

export const PRODUCT_SORTS = [
  'relevance',
  'newest',
  'name',
] as const satisfies ReadonlyArray<NonNullable<ProductListQuery['sort']>>;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** Query of `GET /api/products`. */
export type ProductListQuery = ApiQuery<'/api/products', 'get'>;

export type { ProductPage } from '@scenematch/contracts';

/**
 * Body of `POST /api/products` with every field given, as the form sends it (and, partially, of
 * `PATCH /api/products/:id`).
 */
export type ProductRequest = Required<RequestBody<'/api/products', 'post'>>;

/** The query as the list request sends it: only what was chosen. */
export function productQueryParams(query: ProductListQuery): HttpParams {
  return queryHttpParams(compactQuery(query)) ?? new HttpParams();
}

/** Typed client for /api/products: the capability list, authoring, review and files. */
@Injectable({ providedIn: 'root' })
export class ProductsApi {
  private readonly api = inject(ApiClient);

  list(query: ProductListQuery): Observable<ProductPage> {
    return this.api.get('/api/products', { query: compactQuery(query) });
  }

  get(id: string): Observable<ProductView> {
    return this.api.get('/api/products/{id}', { path: { id } });
  }

  create(body: ProductRequest): Observable<ProductView> {
    return this.api.post('/api/products', body);
  }

  update(
    id: string,
    body: RequestBody<'/api/products/{id}', 'patch'>,
  ): Observable<ProductView> {
    return this.api.patch('/api/products/{id}', body, { path: { id } });
  }

  submit(id: string): Observable<ProductView> {
    return this.api.post('/api/products/{id}/submit', {}, { path: { id } });
  }

  /** 入库: accepts a submitted product into the public capability list (organiser). */
  approve(id: string): Observable<ProductView> {
    return this.api.post('/api/products/{id}/list', {}, { path: { id } });
  }

  reject(id: string, reason: string): Observable<ProductView> {
    return this.api.post(
      '/api/products/{id}/reject',
      { reason },
      { path: { id } },
    );
  }

  delist(id: string, reason?: string): Observable<ProductView> {
    return this.api.post(
      '/api/products/{id}/delist',
      reason ? { reason } : {},
      { path: { id } },
    );
  }

  /** Uploads a screenshot or brochure; the events report upload progress. */
  uploadFile(id: string, file: File): Observable<HttpEvent<ProductFileView>> {
    return this.api.postFormWithProgress(
      '/api/products/{id}/files',
      { file },
      { path: { id } },
    );
  }

  deleteFile(id: string, fileId: string): Observable<void> {
    return this.api.delete('/api/products/{id}/files/{fileId}', {
      path: { id, fileId },
    });
  }

  /**
   * A file's content (the `url` of its ProductFileView) with the bearer token: files of products
   * that are not listed are served to their company and staff only.
   */
  fileContent(url: string): Observable<Blob> {
    return this.api.linkedBlob(url);
  }
}
