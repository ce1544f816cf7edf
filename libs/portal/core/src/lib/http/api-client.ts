import {
  HttpClient,
  type HttpContext,
  type HttpEvent,
  type HttpHeaders,
  HttpParams,
} from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  apiUrl,
  queryEntries,
  type HttpMethod,
  type MultipartBody,
  type ParamsOf,
  type PathsWith,
  type RequestBody,
  type ResponseBody,
} from '@scenematch/api-client';
import { map, type Observable, throwError } from 'rxjs';
import {
  type DownloadedFile,
  fileNameFromDisposition,
} from './download';

/** What a call may add to its parameters: Angular's context (e.g. SKIP_AUTH) and headers. */
export interface ApiCallOptions {
  context?: HttpContext;
  headers?: HttpHeaders;
}

type Options<P extends PathsWith<M>, M extends HttpMethod> = ParamsOf<P, M> &
  ApiCallOptions;

/** The options argument: required when the path has parameters or the query is required. */
type OptionsArg<P extends PathsWith<M>, M extends HttpMethod> =
  Record<string, never> extends ParamsOf<P, M>
    ? [options?: Options<P, M>]
    : [options: Options<P, M>];

/** The body of a write: as documented, or an empty object (or null) when it takes none. */
type BodyArg<P extends PathsWith<M>, M extends HttpMethod> = [
  RequestBody<P, M>,
] extends [never]
  ? Record<string, never> | null
  : RequestBody<P, M>;

/** Multipart fields: the document writes a file part as a (binary) string; here it is a Blob. */
type FormFields<B> = {
  [K in keyof B]: B[K] extends string ? string | Blob : B[K];
};

/**
 * The portal's client of the API, typed by the client generated from the API's OpenAPI document
 * (`paths` of @scenematch/api-client, `npm run api:client`): a call names the documented path
 * template, and its path and query parameters, request body and answer are those of the document,
 * e.g. `api.get('/api/scenarios/{id}', { path: { id } })` is an `Observable<ScenarioView>`.
 * Requests still go through HttpClient (interceptors, HttpTestingController in specs); path
 * parameters are percent-encoded and the query drops empty values (see queryEntries).
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  get<P extends PathsWith<'get'>>(
    path: P,
    ...[options]: OptionsArg<P, 'get'>
  ): Observable<ResponseBody<P, 'get'>> {
    return this.http.get<ResponseBody<P, 'get'>>(
      this.url(path, options),
      this.request(options),
    );
  }

  post<P extends PathsWith<'post'>>(
    path: P,
    body: BodyArg<P, 'post'>,
    ...[options]: OptionsArg<P, 'post'>
  ): Observable<ResponseBody<P, 'post'>> {
    return this.http.post<ResponseBody<P, 'post'>>(
      this.url(path, options),
      body,
      this.request(options),
    );
  }

  put<P extends PathsWith<'put'>>(
    path: P,
    body: BodyArg<P, 'put'>,
    ...[options]: OptionsArg<P, 'put'>
  ): Observable<ResponseBody<P, 'put'>> {
    return this.http.put<ResponseBody<P, 'put'>>(
      this.url(path, options),
      body,
      this.request(options),
    );
  }

  patch<P extends PathsWith<'patch'>>(
    path: P,
    body: BodyArg<P, 'patch'>,
    ...[options]: OptionsArg<P, 'patch'>
  ): Observable<ResponseBody<P, 'patch'>> {
    return this.http.patch<ResponseBody<P, 'patch'>>(
      this.url(path, options),
      body,
      this.request(options),
    );
  }

  delete<P extends PathsWith<'delete'>>(
    path: P,
    ...[options]: OptionsArg<P, 'delete'>
  ): Observable<ResponseBody<P, 'delete'>> {
    return this.http.delete<ResponseBody<P, 'delete'>>(
      this.url(path, options),
      this.request(options),
    );
  }

  /** A multipart/form-data upload of the documented fields (a Blob part keeps its file name). */
  postForm<P extends PathsWith<'post'>>(
    path: P,
    fields: FormFields<MultipartBody<P, 'post'>>,
    ...[options]: OptionsArg<P, 'post'>
  ): Observable<ResponseBody<P, 'post'>> {
    return this.http.post<ResponseBody<P, 'post'>>(
      this.url(path, options),
      formData(fields),
      this.request(options),
    );
  }

  /** As postForm, with the upload's progress events and the answer as the last one. */
  postFormWithProgress<P extends PathsWith<'post'>>(
    path: P,
    fields: FormFields<MultipartBody<P, 'post'>>,
    ...[options]: OptionsArg<P, 'post'>
  ): Observable<HttpEvent<ResponseBody<P, 'post'>>> {
    return this.http.post<ResponseBody<P, 'post'>>(
      this.url(path, options),
      formData(fields),
      { ...this.request(options), reportProgress: true, observe: 'events' },
    );
  }

  /** A documented non-JSON answer as text (e.g. an SVG image). */
  text<P extends PathsWith<'get'>>(
    path: P,
    ...[options]: OptionsArg<P, 'get'>
  ): Observable<string> {
    return this.http.get(this.url(path, options), {
      ...this.request(options),
      responseType: 'text',
    });
  }

  /**
   * A documented file answer, with the name the API gave it in Content-Disposition (else
   * `fallbackName`): through HttpClient, so that the bearer token goes along.
   */
  file<P extends PathsWith<'get'>>(
    path: P,
    fallbackName: string,
    ...[options]: OptionsArg<P, 'get'>
  ): Observable<DownloadedFile> {
    return this.http
      .get(this.url(path, options), {
        ...this.request(options),
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([]),
          fileName: fileNameFromDisposition(
            response.headers.get('Content-Disposition'),
            fallbackName,
          ),
        })),
      );
  }

  /**
   * The content behind a link an answer of the API carries (e.g. an attachment's `url`), with
   * the bearer token. Only the API's own links: anything else fails without a request.
   */
  linkedBlob(url: string): Observable<Blob> {
    if (!url.startsWith('/api/'))
      return throwError(() => new Error(`not a link of the API: ${url}`));
    return this.http.get(url, { responseType: 'blob' });
  }

  private url(
    template: string,
    options?: { path?: Readonly<Record<string, string | number>> },
  ): string {
    return apiUrl(template, options?.path);
  }

  private request(options?: ApiCallOptions & { query?: object }): {
    params?: HttpParams;
    context?: HttpContext;
    headers?: HttpHeaders;
  } {
    const params = queryHttpParams(options?.query);
    return {
      ...(params ? { params } : {}),
      ...(options?.context ? { context: options.context } : {}),
      ...(options?.headers ? { headers: options.headers } : {}),
    };
  }
}

/** A query as HttpParams, as the client sends it (see queryEntries); undefined when empty. */
export function queryHttpParams(query?: object): HttpParams | undefined {
  const entries = queryEntries(query);
  return entries.length
    ? entries.reduce(
        (params, [name, value]) => params.append(name, value),
        new HttpParams(),
      )
    : undefined;
}

function formData(fields: object): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields) as Array<
    [string, unknown]
  >) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob)
      body.append(name, value, value instanceof File ? value.name : name);
    else body.append(name, String(value));
  }
  return body;
}
