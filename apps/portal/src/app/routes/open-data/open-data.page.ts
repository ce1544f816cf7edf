import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  OPEN_DATA_DEFAULT_LIMIT,
  OPEN_DATA_DUMPS_KEPT,
  OPEN_DATA_LICENCE,
  OPEN_DATA_MAX_LIMIT,
  OPEN_DATA_RATE_LIMIT_PER_MINUTE,
  type OpenDataDataset,
  type OpenDataDumpFile,
  type OpenDataDumpList,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCollapseModule } from 'ng-zorro-antd/collapse';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { OpenDataApi } from '../../core/data-access/open-data.api';
import { toApiError } from '../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { PageStateComponent } from '../../shared/ui/page-state.component';
import { SAMPLE_RESPONSE } from './sample-response';

type DumpState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'done'; list: OpenDataDumpList };

/** The data sets, their feeds and fields (names are the API's, meanings catalogue keys). */
const DATASETS: ReadonlyArray<{
  key: OpenDataDataset;
  path: string;
  title: string;
  scope: string;
  withdrawn: string;
  fields: ReadonlyArray<{ name: string; meaning: string }>;
}> = [
  {
    key: 'scenarios',
    path: '/api/open-data/scenarios',
    title: 'openData.datasets.scenarios.title',
    scope: 'openData.datasets.scenarios.scope',
    withdrawn: 'openData.datasets.scenarios.withdrawn',
    fields: [
      { name: 'id', meaning: 'openData.commonFields.id' },
      { name: 'updatedAt', meaning: 'openData.commonFields.updatedAt' },
      { name: 'withdrawn', meaning: 'openData.commonFields.withdrawn' },
      { name: 'seqNo', meaning: 'openData.datasets.scenarios.fields.seqNo' },
      { name: 'title', meaning: 'openData.datasets.scenarios.fields.title' },
      { name: 'domain', meaning: 'openData.datasets.scenarios.fields.domain' },
      {
        name: 'agency / coAgencies',
        meaning: 'openData.datasets.scenarios.fields.agency_coAgencies',
      },
      {
        name: 'description / painPoints / expectedOutcome',
        meaning:
          'openData.datasets.scenarios.fields.description_painPoints_expectedOutcome',
      },
      {
        name: 'capabilities',
        meaning: 'openData.datasets.scenarios.fields.capabilities',
      },
      {
        name: 'deadline',
        meaning: 'openData.datasets.scenarios.fields.deadline',
      },
      {
        name: 'budgetMin / budgetMax',
        meaning: 'openData.datasets.scenarios.fields.budgetMin_budgetMax',
      },
      { name: 'site', meaning: 'openData.datasets.scenarios.fields.site' },
      { name: 'batch', meaning: 'openData.datasets.scenarios.fields.batch' },
      { name: 'status', meaning: 'openData.datasets.scenarios.fields.status' },
      {
        name: 'publishedAt / url',
        meaning: 'openData.datasets.scenarios.fields.publishedAt_url',
      },
    ],
  },
  {
    key: 'batches',
    path: '/api/open-data/batches',
    title: 'openData.datasets.batches.title',
    scope: 'openData.datasets.batches.scope',
    withdrawn: 'openData.datasets.batches.withdrawn',
    fields: [
      { name: 'id', meaning: 'openData.commonFields.id' },
      { name: 'updatedAt', meaning: 'openData.commonFields.updatedAt' },
      { name: 'withdrawn', meaning: 'openData.commonFields.withdrawn' },
      {
        name: 'number / name / issuer',
        meaning: 'openData.datasets.batches.fields.number_name_issuer',
      },
      {
        name: 'description',
        meaning: 'openData.datasets.batches.fields.description',
      },
      {
        name: 'opensOn / closesOn',
        meaning: 'openData.datasets.batches.fields.opensOn_closesOn',
      },
      { name: 'status', meaning: 'openData.datasets.batches.fields.status' },
      {
        name: 'publishedAt / url',
        meaning: 'openData.datasets.batches.fields.publishedAt_url',
      },
    ],
  },
  {
    key: 'products',
    path: '/api/open-data/products',
    title: 'openData.datasets.products.title',
    scope: 'openData.datasets.products.scope',
    withdrawn: 'openData.datasets.products.withdrawn',
    fields: [
      { name: 'id', meaning: 'openData.commonFields.id' },
      { name: 'updatedAt', meaning: 'openData.commonFields.updatedAt' },
      { name: 'withdrawn', meaning: 'openData.commonFields.withdrawn' },
      {
        name: 'name / description',
        meaning: 'openData.datasets.products.fields.name_description',
      },
      { name: 'company', meaning: 'openData.datasets.products.fields.company' },
      {
        name: 'capabilities / domains',
        meaning: 'openData.datasets.products.fields.capabilities_domains',
      },
      {
        name: 'maturity',
        meaning: 'openData.datasets.products.fields.maturity',
      },
      {
        name: 'deploymentModes / cases',
        meaning: 'openData.datasets.products.fields.deploymentModes_cases',
      },
      {
        name: 'launchEvent',
        meaning: 'openData.datasets.products.fields.launchEvent',
      },
      {
        name: 'listedAt / url',
        meaning: 'openData.datasets.products.fields.listedAt_url',
      },
    ],
  },
  {
    key: 'awards',
    path: '/api/open-data/awards',
    title: 'openData.datasets.awards.title',
    scope: 'openData.datasets.awards.scope',
    withdrawn: 'openData.datasets.awards.withdrawn',
    fields: [
      { name: 'id', meaning: 'openData.commonFields.id' },
      { name: 'updatedAt', meaning: 'openData.commonFields.updatedAt' },
      { name: 'withdrawn', meaning: 'openData.commonFields.withdrawn' },
      { name: 'scenario', meaning: 'openData.datasets.awards.fields.scenario' },
      { name: 'agency', meaning: 'openData.datasets.awards.fields.agency' },
      { name: 'winners', meaning: 'openData.datasets.awards.fields.winners' },
      {
        name: 'noticeStartsAt / noticeEndsAt',
        meaning: 'openData.datasets.awards.fields.noticeStartsAt_noticeEndsAt',
      },
      {
        name: 'confirmedAt / url',
        meaning: 'openData.datasets.awards.fields.confirmedAt_url',
      },
    ],
  },
];

/** Catalogue keys of the data sets' names (the daily files list). */
const DATASET_KEYS: Record<OpenDataDataset, string> = {
  scenarios: 'openData.datasets.scenarios.title',
  batches: 'openData.datasets.batches.title',
  products: 'openData.datasets.products.title',
  awards: 'openData.datasets.awards.title',
};

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
    NzTagModule,
    PageStateComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-data.page.html',
  styleUrl: './open-data.page.less',
})
export class OpenDataPage {
  private readonly api = inject(OpenDataApi);
  private readonly origin = inject(DOCUMENT).location.origin;

  private readonly lang = inject(LanguageService);
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

  private readonly reload$ = new Subject<void>();
  protected readonly dumps = toSignal(
    this.reload$.pipe(
      startWith(undefined),
      switchMap(
        (): Observable<DumpState> =>
          this.api.dumps().pipe(
            map((list): DumpState => ({ state: 'done', list })),
            catchError((error: unknown) =>
              of<DumpState>({
                state: 'failed',
                message:
                  toApiError(error).message ||
                  this.lang.t('openData.dumpsError'),
              }),
            ),
            startWith<DumpState>({ state: 'loading' }),
          ),
      ),
    ),
    { initialValue: { state: 'loading' } as DumpState },
  );

  protected retry(): void {
    this.reload$.next();
  }

  protected failure(state: DumpState): string | null {
    return state.state === 'failed' ? state.message : null;
  }

  protected datasetLabel(file: OpenDataDumpFile): string {
    return this.lang.t(DATASET_KEYS[file.dataset]);
  }

  protected sizeText(bytes: number): string {
    return bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

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
