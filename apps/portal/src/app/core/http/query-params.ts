import { HttpParams } from '@angular/common/http';

/**
 * A query as HTTP parameters: lists comma-joined (the API splits them), `true` as `'true'`,
 * empty values (undefined, null, '', [], false) left out so that the request (and the API's
 * search cache key) carries only what was chosen.
 */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as Array<
    [string, unknown]
  >) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params = params.set(key, value.join(','));
    } else if (typeof value === 'boolean') {
      if (value) params = params.set(key, 'true');
    } else {
      params = params.set(key, String(value));
    }
  }
  return params;
}
