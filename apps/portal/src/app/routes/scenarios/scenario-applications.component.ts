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
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { Observable, of } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { ApplicationsApi } from '../../core/data-access/applications.api';
import { toApiError } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { openingText } from '../../shared/application/application-format';
import { ApplicationStatusTagComponent } from '../../shared/application/application-status-tag.component';
import { toWan } from '../../shared/scenario/scenario-format';
import { BeijingTimePipe } from '../../shared/text/beijing-time';
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
    BeijingTimePipe,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzSkeletonModule,
    NzTableModule,
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
          <nz-table
            #table
            [nzData]="items()"
            [nzShowPagination]="false"
            [nzFrontPagination]="false"
            nzSize="small"
            [nzNoResult]="'applications.agencyView.empty' | transloco"
          >
            <thead>
              <tr>
                <th>{{ 'applications.agencyView.company' | transloco }}</th>
                <th nzWidth="110px">
                  {{ 'applications.agencyView.status' | transloco }}
                </th>
                <th nzWidth="120px">
                  {{ 'applications.agencyView.quote' | transloco }}
                </th>
                <th nzWidth="100px">
                  {{ 'applications.agencyView.duration' | transloco }}
                </th>
                <th nzWidth="150px">
                  {{ 'applications.agencyView.submittedAt' | transloco }}
                </th>
                <th nzWidth="100px"></th>
              </tr>
            </thead>
            <tbody>
              @for (row of table.data; track row.id) {
                <tr
                  data-testid="agency-application-row"
                  [attr.data-id]="row.id"
                >
                  <td data-testid="agency-application-company" data-i18n-skip>
                    {{ row.company.name }}
                  </td>
                  <td><sm-application-status-tag [status]="row.status" /></td>
                  <td data-testid="agency-application-quote">
                    {{ wan(row.quote) }}
                  </td>
                  <td>
                    {{
                      'applications.agencyView.days'
                        | transloco: { n: row.durationDays }
                    }}
                  </td>
                  <td>{{ row.submittedAt | bjTime }}</td>
                  <td>
                    <a
                      role="button"
                      tabindex="0"
                      (click)="open.set(row)"
                      (keydown.enter)="open.set(row)"
                      data-testid="agency-application-view"
                      >{{ 'applications.agencyView.view' | transloco }}</a
                    >
                  </td>
                </tr>
              }
            </tbody>
          </nz-table>
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

  protected wan(yuan: number): string {
    return toWan(yuan);
  }
}
