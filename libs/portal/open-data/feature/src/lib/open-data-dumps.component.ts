import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OpenDataDumpFile, OpenDataDumpList } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { OpenDataApi } from '@scenematch/portal/open-data/data-access/open-data.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { DATASET_KEYS } from './open-data-datasets';

type DumpState = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'done'; list: OpenDataDumpList };

/** 1.2 MB, 35 KB. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The latest daily files to download (or why there are none). */
@Component({
  selector: 'sm-open-data-dumps',
  imports: [NzAlertModule, NzCardModule, NzIconModule, NzTagModule, PageStateComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'openData.dumpsTitle' | transloco" data-testid="open-data-dumps">
      <p>{{ 'openData.dumpsIntro' | transloco: limits() }}</p>
      @let d = dumps();
      <sm-page-state [state]="d.state" [failure]="d.state === 'failed' ? d.message : null" [card]="false" [rows]="3" [errorTitle]="'openData.dumpsError' | transloco" (retry)="retry()">
        @if (d.state === 'done') {
          @if (d.list.latest; as latest) {
            <p class="muted">{{ 'openData.dumpsLatest' | transloco: { day: latest.day } }}</p>
            <ul class="files" data-testid="open-data-files">
              @for (file of latest.files; track file.url) {
                <li>
                  <a [href]="file.url" download [attr.data-file]="file.dataset + '.' + file.format">
                    <nz-icon [nzType]="file.format === 'csv' ? 'file-text' : 'file-excel'" />
                    {{ datasetLabel(file) }}
                    <nz-tag>{{ file.format.toUpperCase() }}</nz-tag>
                  </a>
                  <span class="muted">{{ 'openData.dumpsRows' | transloco: { n: file.rows } }} · {{ sizeText(file.size) }}</span>
                </li>
              }
            </ul>
            @if (d.list.items.length > 1) {
              <p class="muted">{{ 'openData.dumpsOlder' | transloco: { n: d.list.items.length - 1 } }}</p>
            }
          } @else {
            <nz-alert nzType="warning" nzShowIcon [nzMessage]="'openData.dumpsNone' | transloco" data-testid="open-data-no-dump" />
          }
        }
      </sm-page-state>
    </nz-card>
  `,
  styles: `
    p, li { line-height: 1.8; }
    .muted { color: rgba(0, 0, 0, 0.45); }
    .files { list-style: none; padding: 0; margin: 0 0 8px; display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px 16px; }
    .files li { display: flex; flex-direction: column; }
  `,
})
export class OpenDataDumpsComponent {
  private readonly api = inject(OpenDataApi);
  private readonly lang = inject(LanguageService);

  /** The numbers the texts quote (days kept). */
  readonly limits = input<Record<string, unknown>>({});

  protected readonly sizeText = sizeText;
  private readonly reload$ = new Subject<void>();
  protected readonly dumps = toSignal(
    this.reload$.pipe(
      startWith(undefined),
      switchMap(
        (): Observable<DumpState> =>
          this.api.dumps().pipe(
            map((list): DumpState => ({ state: 'done', list })),
            catchError((error: unknown) =>
              of<DumpState>({ state: 'failed', message: toApiError(error).message || this.lang.t('openData.dumpsError') }),
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

  protected datasetLabel(file: OpenDataDumpFile): string {
    return this.lang.t(DATASET_KEYS[file.dataset]);
  }
}
