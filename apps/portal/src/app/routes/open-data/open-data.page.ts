import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  OPEN_DATA_DATASETS,
  OPEN_DATA_DATASET_LABELS,
  OPEN_DATA_LICENCE,
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
import { OPEN_DATA_TEXTS } from '../../core/i18n/zh-cn.open-data';
import { PageStateComponent } from '../../shared/ui/page-state.component';

type DumpState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'done'; list: OpenDataDumpList };

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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-data.page.html',
  styleUrl: './open-data.page.less',
})
export class OpenDataPage {
  private readonly api = inject(OpenDataApi);
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly t = OPEN_DATA_TEXTS;
  protected readonly licence = OPEN_DATA_LICENCE;
  protected readonly datasets = OPEN_DATA_DATASETS.map((key) => ({
    key,
    ...OPEN_DATA_TEXTS.datasets[key],
  }));
  protected readonly examples: Example[] = [
    {
      key: 'first',
      label: OPEN_DATA_TEXTS.examples.first,
      text: `curl '${this.origin}/api/open-data/scenarios?updatedSince=2026-12-01T00:00:00%2B08:00&limit=100'`,
    },
    {
      key: 'next',
      label: OPEN_DATA_TEXTS.examples.next,
      text: `curl '${this.origin}/api/open-data/scenarios?cursor=<nextCursor>&limit=100'`,
    },
    {
      key: 'download',
      label: OPEN_DATA_TEXTS.examples.download,
      text: `curl -OJ '${this.origin}/api/open-data/dumps/latest/scenarios.csv'`,
    },
  ];
  protected readonly sampleResponse = JSON.stringify(
    {
      dataset: 'scenarios',
      items: [
        {
          id: '6f1c…',
          updatedAt: '2026-12-05T02:13:44.512306Z',
          withdrawn: false,
          title: '医学影像辅助诊断',
          domain: { code: 'healthcare', name: '智慧医疗' },
          agency: { id: '9a0e…', name: '市卫生健康委' },
          status: 'published',
          '…': '…',
        },
        {
          id: '27b4…',
          updatedAt: '2026-12-05T03:40:01.100000Z',
          withdrawn: true,
        },
      ],
      nextCursor: 'WyIyMDI2LTEyLTA1VDAzOjQwOjAxLjEwMDAwMFoiLCIyN2I0…',
      hasMore: true,
      settledUntil: '2026-12-06T06:00:00.000000Z',
      licence: { name: OPEN_DATA_LICENCE.name, url: '…' },
    },
    null,
    2,
  );
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
                  toApiError(error).message || OPEN_DATA_TEXTS.dumpsError,
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
    return OPEN_DATA_DATASET_LABELS[file.dataset];
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
