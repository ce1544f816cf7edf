import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { type Observable, retry } from 'rxjs';

/**
 * Fetches one language's whole bundle from the API (GET /api/i18n/<lang>): the API merges the
 * catalogue files apps/portal/src/i18n/<lang>/<area>.json into `{ <area>: … }` and serves it with
 * an ETag, so a reload costs a 304.
 */
@Injectable({ providedIn: 'root' })
export class ApiTranslocoLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(language: string): Observable<Translation> {
    // A dropped connection at start would leave the page without texts: try twice more.
    return this.http
      .get<Translation>(`/api/i18n/${encodeURIComponent(language)}`)
      .pipe(retry({ count: 2, delay: 500 }));
  }
}
