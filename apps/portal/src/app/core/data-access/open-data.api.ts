import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { OpenDataDumpList } from '@scenematch/contracts';
import { Observable } from 'rxjs';

/** Typed client for /api/open-data (the page lists the daily files; the feeds are for other systems). */
@Injectable({ providedIn: 'root' })
export class OpenDataApi {
  private readonly http = inject(HttpClient);

  dumps(): Observable<OpenDataDumpList> {
    return this.http.get<OpenDataDumpList>('/api/open-data/dumps');
  }
}
