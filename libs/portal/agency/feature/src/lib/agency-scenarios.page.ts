import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type ScenarioStatus, type ScenarioView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { combineLatest, Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { ScenariosApi, type ScenarioPage } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { SCENARIO_STATUS_KEYS } from '@scenematch/portal/shared/ui/scenario/scenario-status-keys';
import { listView, loadKeepingPrevious, type ListState } from '@scenematch/portal/shared/ui/list/url-list';
import { scenarioActions } from '@scenematch/portal/shared/ui/scenario/scenario-actions';
import { StatusTagComponent } from '@scenematch/portal/shared/ui/scenario/status-tag.component';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import { DATA_TABLE, type TableColumn, type TableSource } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

/** The tabs of 我的场景: every state an agency's scenario can be in that it acts on. */
export const AGENCY_TABS: ReadonlyArray<ScenarioStatus | null> = [
  null,
  'draft',
  'submitted',
  'returned',
  'approved',
  'published',
  'closed',
  'cancelled',
];

const PAGE_SIZE = 10;

/** 我的场景: the unit's own scenarios in every state, with what to do next on each. */
@Component({
  selector: 'sm-agency-scenarios-page',
  imports: [
    PageHeadComponent,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTabsModule,
    ...DATA_TABLE,
    StatusTagComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agency-scenarios.page.html',
  styleUrl: './agency-scenarios.page.less',
})
export class AgencyScenariosPage {
  private readonly api = inject(ScenariosApi);
  private readonly auth = inject(AuthStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  private readonly lang = inject(LanguageService);
  protected readonly tabs = AGENCY_TABS.map((status) => ({
    status,
    key: status ? SCENARIO_STATUS_KEYS[status] : 'agency.all',
  }));

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly status = computed<ScenarioStatus | null>(() => {
    const value = this.params().get('status');
    return AGENCY_TABS.includes(value as ScenarioStatus) ? (value as ScenarioStatus) : null;
  });
  protected readonly tabIndex = computed(() => Math.max(0, AGENCY_TABS.indexOf(this.status())));
  protected readonly pageIndex = computed(() => {
    const n = Number(this.params().get('page'));
    return Number.isInteger(n) && n > 0 ? n : 1;
  });

  private readonly reload$ = new Subject<void>();
  /** The submit and cancel calls; `busy()` names the scenario whose call is under way. */
  private readonly actions = new ApiActions();
  protected readonly busy = this.actions.busy;

  protected readonly list = toSignal(
    combineLatest([
      toObservable(this.status),
      toObservable(this.pageIndex),
      this.reload$.pipe(startWith(undefined)),
    ]).pipe(
      loadKeepingPrevious(([status, page]) =>
        this.api.list({
          mine: true,
          status: status ? [status] : undefined,
          sort: 'newest',
          page,
          pageSize: PAGE_SIZE,
        }),
      ),
    ),
    { initialValue: { state: 'loading', previous: null } as ListState<ScenarioPage> },
  );
  private readonly view = listView(this.list);
  /** The list as the table reads it: the page's rows, paged on the server through the URL. */
  protected readonly source: TableSource<ScenarioView> = {
    rows: computed(() => this.view.page()?.items ?? []),
    loading: this.view.loading,
    failure: this.view.failure,
    reload: () => this.reload$.next(),
    total: computed(() => this.view.page()?.total ?? 0),
    pageIndex: this.pageIndex,
    pageSize: () => PAGE_SIZE,
    setPageIndex: (page) => this.setPage(page),
  };
  protected readonly rowAttrs = (row: ScenarioView) => ({ 'data-id': row.id, 'data-status': row.status });
  protected readonly columns = computed<TableColumn<ScenarioView>[]>(() => {
    const t = (key: string, params?: Record<string, unknown>) => this.lang.t(key, params);
    return [
      { key: 'title', title: t('agency.fields.title') },
      { key: 'domain', title: t('scenarios.domain'), width: '110px', value: (row) => row.domain.name, data: true, hideOnPhone: true },
      {
        key: 'batch',
        title: t('scenarios.batch'),
        value: (row) => (row.batch ? t('scenarios.batchValue', { n: row.batch.number, name: row.batch.name }) : t('common.none')),
        data: true,
        hideOnPhone: true,
      },
      { key: 'status', title: t('scenarios.status'), width: '120px' },
      { key: 'updatedAt', title: t('agency.updatedAt'), width: '150px', value: (row) => beijingTime(row.updatedAt), hideOnPhone: true },
      { key: 'actions', title: t('common.actions'), width: '220px' },
    ];
  });

  /** How many wait for the unit's rework: said above the list whatever tab is open. */
  protected readonly returnedCount = toSignal(
    this.reload$.pipe(
      startWith(undefined),
      switchMap(() =>
        this.api.list({ mine: true, status: ['returned'], pageSize: 1 }).pipe(
          map((p) => p.total),
          catchError(() => of(0)),
        ),
      ),
    ),
    { initialValue: 0 },
  );

  protected selectTab(index: number): void {
    const status = AGENCY_TABS[index] ?? null;
    if (status === this.status()) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: status ? { status } : {},
    });
  }

  private setPage(page: number): void {
    if (page === this.pageIndex()) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
  }

  protected can(scenario: ScenarioView, action: 'edit' | 'submit' | 'cancel'): boolean {
    return scenarioActions(scenario, this.auth.user()).includes(action);
  }

  protected submit(scenario: ScenarioView): void {
    this.act(scenario, this.api.submit(scenario.id), 'scenarios.done.submit');
  }

  protected cancel(scenario: ScenarioView): void {
    this.act(scenario, this.api.cancel(scenario.id), 'scenarios.done.cancel');
  }

  private act(scenario: ScenarioView, call: Observable<unknown>, doneKey: string): void {
    this.actions.run(scenario.id, call, {
      done: this.lang.t(doneKey),
      settled: () => this.reload$.next(),
    });
  }
}
