import {
  HttpClient,
  HttpEvent,
  HttpParams,
} from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Maturity,
  ProductFileView,
  ProductPage,
  ProductStatus,
  ProductView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { queryParams } from '../http/query-params';

export const PRODUCT_SORTS = ['relevance', 'newest', 'name'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** Query of `GET /api/products`. */
export interface ProductListQuery {
  q?: string;
  /** Capability codes or names. */
  capability?: readonly string[];
  /** Domain codes or names. */
  domain?: readonly string[];
  maturity?: readonly Maturity[];
  /** Deployment mode codes or names. */
  deploymentMode?: readonly string[];
  /** A certification kind the company holds (code or name). */
  certification?: string;
  launchEvent?: string;
  company?: string;
  /** Other than `listed`: staff only (or with `mine`). */
  status?: readonly ProductStatus[];
  mine?: boolean;
  sort?: ProductSort;
  facets?: boolean;
  page?: number;
  pageSize?: number;
}

export type { ProductPage } from '@scenematch/contracts';

/** Body of `POST /api/products` and (partially) `PATCH /api/products/:id`. */
export interface ProductRequest {
  name: string;
  description: string;
  /** Capability names. */
  capabilities: string[];
  /** Domain names. */
  domains: string[];
  maturity: Maturity;
  /** Deployment mode codes. */
  deploymentModes: string[];
  cases: string[];
}

/** A query as HTTP parameters (see queryParams). */
export function productQueryParams(query: ProductListQuery): HttpParams {
  return queryParams(query);
}

/** Typed client for /api/products: the capability list, authoring, review and files. */
@Injectable({ providedIn: 'root' })
export class ProductsApi {
  private readonly http = inject(HttpClient);

  list(query: ProductListQuery): Observable<ProductPage> {
    return this.http.get<ProductPage>('/api/products', {
      params: productQueryParams(query),
    });
  }

  get(id: string): Observable<ProductView> {
    return this.http.get<ProductView>(`/api/products/${id}`);
  }

  create(body: ProductRequest): Observable<ProductView> {
    return this.http.post<ProductView>('/api/products', body);
  }

  update(id: string, body: Partial<ProductRequest>): Observable<ProductView> {
    return this.http.patch<ProductView>(`/api/products/${id}`, body);
  }

  submit(id: string): Observable<ProductView> {
    return this.http.post<ProductView>(`/api/products/${id}/submit`, {});
  }

  /** 入库: accepts a submitted product into the public capability list (organiser). */
  approve(id: string): Observable<ProductView> {
    return this.http.post<ProductView>(`/api/products/${id}/list`, {});
  }

  reject(id: string, reason: string): Observable<ProductView> {
    return this.http.post<ProductView>(`/api/products/${id}/reject`, {
      reason,
    });
  }

  delist(id: string, reason?: string): Observable<ProductView> {
    return this.http.post<ProductView>(
      `/api/products/${id}/delist`,
      reason ? { reason } : {},
    );
  }

  /** Uploads a screenshot or brochure; the events report upload progress. */
  uploadFile(id: string, file: File): Observable<HttpEvent<ProductFileView>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ProductFileView>(`/api/products/${id}/files`, body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  deleteFile(id: string, fileId: string): Observable<void> {
    return this.http.delete<void>(`/api/products/${id}/files/${fileId}`);
  }

  /**
   * A file's content through HttpClient, so that the bearer token goes along: files of products
   * that are not listed are served to their company and staff only.
   */
  fileContent(url: string): Observable<Blob> {
    return this.http.get(url, { responseType: 'blob' });
  }
}
