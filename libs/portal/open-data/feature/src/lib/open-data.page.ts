import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  OPEN_DATA_DEFAULT_LIMIT,
  OPEN_DATA_DUMPS_KEPT,
  OPEN_DATA_LICENCE,
  OPEN_DATA_MAX_LIMIT,
  OPEN_DATA_RATE_LIMIT_PER_MINUTE,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCollapseModule } from 'ng-zorro-antd/collapse';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { DATASETS } from './open-data-datasets';
import { OpenDataDumpsComponent } from './open-data-dumps.component';
import { SAMPLE_RESPONSE } from './sample-response';

/** One copyable example request (or response). */
interface Example {
  key: string;
  label: string;
  text: string;
}

/**
 * 开放数据: what the public feeds and the daily files hold, how to page them with updatedSince
 * and the cursor, the licence and the rate limit, copyable example requests, and the latest
 * files to download. Public; linked from the footer.
 */
@Component({
  selector: 'sm-open-data-page',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCollapseModule,
    NzIconModule,
    OpenDataDumpsComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-data.page.html',
  styleUrl: './open-data.page.less',
})
export class OpenDataPage {
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly licence = OPEN_DATA_LICENCE;
  protected readonly datasets = DATASETS;
  /** The numbers the texts quote (page sizes, rate limit, days kept). */
  protected readonly limits = {
    defaultLimit: OPEN_DATA_DEFAULT_LIMIT,
    maxLimit: OPEN_DATA_MAX_LIMIT,
    perMinute: OPEN_DATA_RATE_LIMIT_PER_MINUTE,
    days: OPEN_DATA_DUMPS_KEPT,
  };
  protected readonly paging = [
    'openData.paging.p1',
    'openData.paging.p2',
    'openData.paging.p3',
    'openData.paging.p4',
    'openData.paging.p5',
    'openData.paging.p6',
  ];
  protected readonly params = [
    { name: 'updatedSince', meaning: 'openData.params.updatedSince' },
    { name: 'cursor', meaning: 'openData.params.cursor' },
    { name: 'limit', meaning: 'openData.params.limit' },
  ];
  protected readonly terms = [
    'openData.terms.t1',
    'openData.terms.t2',
    'openData.terms.t3',
    'openData.terms.t4',
  ];
  protected readonly examples: Example[] = [
    {
      key: 'first',
      label: 'openData.examples.first',
      text: `curl '${this.origin}/api/open-data/scenarios?updatedSince=2026-12-01T00:00:00%2B08:00&limit=100'`,
    },
    {
      key: 'next',
      label: 'openData.examples.next',
      text: `curl '${this.origin}/api/open-data/scenarios?cursor=<nextCursor>&limit=100'`,
    },
    {
      key: 'download',
      label: 'openData.examples.download',
      text: `curl -OJ '${this.origin}/api/open-data/dumps/latest/scenarios.csv'`,
    },
  ];
  protected readonly sampleResponse = SAMPLE_RESPONSE;
  protected readonly copied = signal<string | null>(null);
  protected readonly copyFailed = signal<string | null>(null);

  protected async copy(key: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyFailed.set(null);
      this.copied.set(key);
    } catch {
      this.copied.set(null);
      this.copyFailed.set(key);
    }
  }
}
