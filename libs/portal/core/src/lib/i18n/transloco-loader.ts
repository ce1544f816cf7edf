import { inject, Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { type Observable, retry } from 'rxjs';
import type { PathParams } from '@scenematch/api-client';
import { ApiClient } from '../http/api-client';

/**
 * Fetches one language's whole bundle from the API (GET /api/i18n/<lang>): the API merges the
 * catalogue files apps/portal/src/i18n/<lang>/<area>.json into `{ <area>: … }` and serves it with
 * an ETag, so a reload costs a 304.
 */
@Injectable({ providedIn: 'root' })
export class ApiTranslocoLoader implements TranslocoLoader {
  private readonly api = inject(ApiClient);

  getTranslation(language: string): Observable<Translation> {
    // A dropped connection at start would leave the page without texts: try twice more.
    return this.api
      .get('/api/i18n/{language}', {
        // Transloco asks only for the languages it is configured with, the API's own.
        path: {
          language: language as PathParams<
            '/api/i18n/{language}',
            'get'
          >['language'],
        },
      })
      .pipe(retry({ count: 2, delay: 500 }));
  }
}
