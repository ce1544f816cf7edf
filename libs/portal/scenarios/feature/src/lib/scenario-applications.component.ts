import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ApplicationView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { Observable, of } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { ApplicationsApi } from '@scenematch/portal/applications/data-access/applications.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { openingText } from '@scenematch/portal/shared/ui/application/application-format';
import { ApplicationStatusTagComponent } from '@scenematch/portal/shared/ui/application/application-status-tag.component';
import { toWan } from '@scenematch/portal/shared/ui/scenario/scenario-format';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { ScenarioApplicationDrawerComponent } from './scenario-application-drawer.component';

type ListState =
  | { state: 'loading' }
  /** Before the opening: how many sealed bids there are and when they open (or the API's refusal). */
  | { state: 'sealed'; count: number; opensAt: string | null }
  | { state: 'sealed'; message: string }
  | { state: 'failed'; message: string }
  | { state: 'done'; items: ApplicationView[] };

/**
 * 申报情况 for the owning agency: before the opening only how many sealed bids there are and
 * when they open; after it the applications, each readable in a drawer with its attachments.
 */
@Component({
  selector: 'sm-scenario-applications',
  imports: [
    TranslocoPipe,
    DATA_TABLE,
    NzAlertModule,
    NzCardModule,
    NzSkeletonModule,
    ApplicationStatusTagComponent,
    ScenarioApplicationDrawerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card
      [nzTitle]="'applications.agencyView.title' | transloco"
      data-testid="agency-applications"
    >
      @switch (list().state) {
        @case ('loading') {
          <nz-skeleton [nzActive]="true" />
        }
        @case ('sealed') {
          <nz-alert
            nzType="info"
            nzShowIcon
            [nzMessage]="
              sealedMessage() ||
              ('applications.agencyView.beforeDeadline' | transloco)
            "
            [nzDescription]="'applications.agencyView.sealedHint' | transloco"
            data-testid="agency-applications-sealed"
          />
        }
        @case ('failed') {
          <nz-alert
            nzType="error"
            nzShowIcon
            [nzMessage]="failedMessage()"
            data-testid="agency-applications-error"
          />
        }
        @case ('done') {
          <sm-data-table
            [rows]="items()"
            [columns]="columns()"
            [paged]="false"
            tableSize="small"
            [emptyText]="'applications.agencyView.empty' | transloco"
            rowTestId="agency-application-row"
            [rowAttrs]="rowAttrs"
            [trackBy]="byId"
          >
            <ng-template smCell="status" [smCellOf]="items()" let-row>
              <sm-application-status-tag [status]="row.status" />
            </ng-template>
            <ng-template smCell="view" [smCellOf]="items()" let-row>
              <a
                role="button"
                tabindex="0"
                (click)="open.set(row)"
                (keydown.enter)="open.set(row)"
                data-testid="agency-application-view"
                >{{ 'applications.agencyView.view' | transloco }}</a
              >
            </ng-template>
          </sm-data-table>
        }
      }
    </nz-card>

    <sm-scenario-application-drawer
      [application]="open()"
      (closed)="open.set(null)"
    />
  `,
})
export class ScenarioApplicationsComponent {
  private readonly api = inject(ApplicationsApi);

  readonly scenarioId = input.required<string>();

  private readonly i18n = inject(LanguageService);
  protected readonly open = signal<ApplicationView | null>(null);

  protected readonly list = toSignal(
    toObservable(this.scenarioId).pipe(switchMap((id) => this.load(id))),
    { initialValue: { state: 'loading' } as ListState },
  );
  protected readonly items = computed(() => {
    const l = this.list();
    return l.state === 'done' ? l.items : [];
  });
  protected readonly sealedMessage = computed(() => {
    const l = this.list();
    if (l.state !== 'sealed') return '';
    if ('message' in l) return l.message;
    return l.opensAt
      ? this.i18n.t('applications.agencyView.sealed', {
          count: l.count,
          opensAt: openingText(l.opensAt, this.i18n.language()),
        })
      : this.i18n.t('applications.agencyView.sealedNoDate', { count: l.count });
  });
  protected readonly failedMessage = computed(() => {
    const l = this.list();
    return l.state === 'failed' ? l.message : '';
  });

  private load(id: string): Observable<ListState> {
    return this.api.forScenario(id).pipe(
      map(
        (page): ListState =>
          page.sealed
            ? {
                state: 'sealed',
                count: page.sealed.count,
                opensAt: page.sealed.opensAt,
              }
            : { state: 'done', items: page.items },
      ),
      catchError((error: unknown) => {
        const e = toApiError(error);
        return of<ListState>(
          e.statusCode === 403
            ? {
                state: 'sealed',
                message:
                  e.message ||
                  this.i18n.t('applications.agencyView.beforeDeadline'),
              }
            : {
                state: 'failed',
                message:
                  e.message ||
                  this.i18n.t('applications.agencyView.loadFailed'),
              },
        );
      }),
      startWith<ListState>({ state: 'loading' }),
    );
  }

  protected readonly columns = computed((): TableColumn<ApplicationView>[] => {
    const t = (key: string) => this.i18n.t(key);
    return [
      {
        key: 'company',
        title: t('applications.agencyView.company'),
        value: (a) => a.company.name,
        testId: 'agency-application-company',
        data: true,
      },
      {
        key: 'status',
        title: t('applications.agencyView.status'),
        width: '110px',
      },
      {
        key: 'quote',
        title: t('applications.agencyView.quote'),
        width: '120px',
        value: (a) => toWan(a.quote),
        testId: 'agency-application-quote',
      },
      {
        key: 'duration',
        title: t('applications.agencyView.duration'),
        width: '100px',
        value: (a) =>
          this.i18n.t('applications.agencyView.days', { n: a.durationDays }),
      },
      {
        key: 'submittedAt',
        title: t('applications.agencyView.submittedAt'),
        width: '150px',
        value: (a) => beijingTime(a.submittedAt),
      },
      { key: 'view', title: '', width: '100px' },
    ];
  });
  protected readonly rowAttrs = (a: ApplicationView) => ({ 'data-id': a.id });
  protected readonly byId = (a: ApplicationView) => a.id;
}
