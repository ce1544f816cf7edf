import { inject, Injectable } from '@angular/core';
import type { OpenDataDumpList } from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/** Typed client for /api/open-data (the page lists the daily files; the feeds are for other systems). */
@Injectable({ providedIn: 'root' })
export class OpenDataApi {
  private readonly api = inject(ApiClient);

  dumps(): Observable<OpenDataDumpList> {
    return this.api.get('/api/open-data/dumps');
  }
}
