import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { formatOpening, type ApplicationView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Observable, of } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import {
  ApplicationsApi,
} from '../../core/data-access/applications.api';
import { toApiError } from '../../core/http/api-error';
import { APPLICATION_TEXTS } from '../../core/i18n/zh-cn.applications';
import { ApplicationFilesComponent } from '../../shared/application/application-files.component';
import { ApplicationStatusTagComponent } from '../../shared/application/application-status-tag.component';
import { toWan } from '../../shared/scenario/scenario-format';
import { BeijingTimePipe } from '../../shared/text/beijing-time';

type ListState =
  | { state: 'loading' }
  /** Before the opening: how many sealed bids there are and when they open. */
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
    BeijingTimePipe,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzDrawerModule,
    NzSkeletonModule,
    NzTableModule,
    NzTagModule,
    ApplicationFilesComponent,
    ApplicationStatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="t.title" data-testid="agency-applications">
      @switch (list().state) {
        @case ('loading') {
          <nz-skeleton [nzActive]="true" />
        }
        @case ('sealed') {
          <nz-alert
            nzType="info"
            nzShowIcon
            [nzMessage]="sealedMessage() || t.beforeDeadline"
            [nzDescription]="t.sealedHint"
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
            [nzNoResult]="t.empty"
          >
            <thead>
              <tr>
                <th>{{ t.company }}</th>
                <th nzWidth="110px">{{ t.status }}</th>
                <th nzWidth="120px">{{ t.quote }}</th>
                <th nzWidth="100px">{{ t.duration }}</th>
                <th nzWidth="150px">{{ t.submittedAt }}</th>
                <th nzWidth="100px"></th>
              </tr>
            </thead>
            <tbody>
              @for (row of table.data; track row.id) {
                <tr
                  data-testid="agency-application-row"
                  [attr.data-id]="row.id"
                >
                  <td data-testid="agency-application-company">
                    {{ row.company.name }}
                  </td>
                  <td><sm-application-status-tag [status]="row.status" /></td>
                  <td data-testid="agency-application-quote">
                    {{ wan(row.quote) }}
                  </td>
                  <td>{{ t.days(row.durationDays) }}</td>
                  <td>{{ row.submittedAt | bjTime }}</td>
                  <td>
                    <a
                      role="button"
                      tabindex="0"
                      (click)="open.set(row)"
                      (keydown.enter)="open.set(row)"
                      data-testid="agency-application-view"
                      >{{ t.view }}</a
                    >
                  </td>
                </tr>
              }
            </tbody>
          </nz-table>
        }
      }
    </nz-card>

    <nz-drawer
      [nzVisible]="open() !== null"
      [nzTitle]="drawerTitle()"
      [nzWidth]="640"
      (nzOnClose)="open.set(null)"
    >
      <ng-container *nzDrawerContent>
        @if (open(); as a) {
          <div data-testid="agency-application-drawer">
            <nz-descriptions nzBordered [nzColumn]="1" nzSize="small">
              <nz-descriptions-item [nzTitle]="t.status">
                <sm-application-status-tag [status]="a.status" />
              </nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="t.quote">{{
                wan(a.quote)
              }}</nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="t.duration">{{
                t.days(a.durationDays)
              }}</nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="t.members">
                @for (m of a.members; track m.id) {
                  <nz-tag>{{ m.name }}</nz-tag>
                } @empty {
                  {{ t.none }}
                }
              </nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="t.products">
                @for (p of a.products; track p.id) {
                  <nz-tag>{{ p.name }}</nz-tag>
                } @empty {
                  {{ t.none }}
                }
              </nz-descriptions-item>
            </nz-descriptions>
            <h3>{{ t.proposal }}</h3>
            <p class="text" data-testid="agency-application-proposal">
              {{ a.proposal }}
            </p>
            <h3>{{ t.team }}</h3>
            <p class="text">{{ a.team || t.none }}</p>
            <h3>{{ t.files }}</h3>
            <sm-application-files [files]="a.files" [showEmpty]="true" />
          </div>
        }
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    h3 {
      margin: 16px 0 8px;
      font-size: 15px;
    }
    .text {
      white-space: pre-wrap;
    }
  `,
})
export class ScenarioApplicationsComponent {
  private readonly api = inject(ApplicationsApi);

  readonly scenarioId = input.required<string>();

  protected readonly t = APPLICATION_TEXTS.agencyView;
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
    return l.state === 'sealed' ? l.message : '';
  });
  protected readonly drawerTitle = computed(() => {
    const a = this.open();
    return a ? this.t.drawerTitle(a.company.name) : '';
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
                message: this.t.sealed(page.sealed.count, formatOpening(page.sealed.opensAt)),
              }
            : { state: 'done', items: page.items },
      ),
      catchError((error: unknown) => {
        const e = toApiError(error);
        return of<ListState>(
          e.statusCode === 403
            ? { state: 'sealed', message: e.message || this.t.beforeDeadline }
            : { state: 'failed', message: e.message || this.t.loadFailed },
        );
      }),
      startWith<ListState>({ state: 'loading' }),
    );
  }

  protected wan(yuan: number): string {
    return toWan(yuan);
  }
}
