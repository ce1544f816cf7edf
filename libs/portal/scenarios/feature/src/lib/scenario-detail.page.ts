import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { PUBLIC_SCENARIO_STATUSES } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { combineLatest, from, Subject } from 'rxjs';
import { startWith, switchMap } from 'rxjs/operators';
import { DetailHeadComponent } from '@scenematch/portal/shared/ui/ui/detail-head.component';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { beforeDeadline } from '@scenematch/portal/shared/ui/application/application-format';
import { ScenarioMatchesComponent } from '@scenematch/portal/matching/ui/scenario-matches.component';
import {
  isOwnScenario,
  isStaffUser,
} from '@scenematch/portal/shared/ui/scenario/scenario-actions';
import { StatusTagComponent } from '@scenematch/portal/shared/ui/scenario/status-tag.component';
import { ScenarioApplicationsComponent } from './scenario-applications.component';
import { ScenarioFactsComponent } from './scenario-detail/scenario-facts.component';
import { ScenarioHistoryComponent } from './scenario-detail/scenario-history.component';
import { ScenarioLifecycleActionsComponent } from './scenario-detail/scenario-lifecycle-actions.component';
import {
  loadScenarioDetail,
  type DetailState,
} from './scenario-detail/scenario-detail-state';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';

/** One scenario: all its fields, revision history, lifecycle (its unit and staff) and actions. */
@Component({
  selector: 'sm-scenario-detail-page',
  imports: [
    DetailHeadComponent,
    PageStateComponent,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzGridModule,
    NzIconModule,
    NzTagModule,
    ScenarioApplicationsComponent,
    ScenarioFactsComponent,
    ScenarioHistoryComponent,
    ScenarioLifecycleActionsComponent,
    ScenarioMatchesComponent,
    StatusTagComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-detail.page.html',
  styleUrl: './scenario-detail.page.less',
})
export class ScenarioDetailPage {
  private readonly api = inject(ScenariosApi);
  private readonly auth = inject(AuthStore);
  private readonly taxonomy = inject(TaxonomyStore);

  /** Route parameter (withComponentInputBinding). */
  readonly id = input.required<string>();


  private readonly reload$ = new Subject<void>();

  /**
   * Loaded after the session restore (a reload on an unpublished scenario must send the token),
   * and again when the user signs in or out: contact details and history depend on who asks.
   */
  protected readonly detail = toSignal(
    combineLatest([
      toObservable(this.id),
      toObservable(this.auth.user),
      this.reload$.pipe(startWith(undefined)),
    ]).pipe(
      switchMap(([id]) =>
        from(this.auth.whenReady()).pipe(
          switchMap(() => loadScenarioDetail(this.api, this.auth.user(), id)),
          startWith<DetailState>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as DetailState },
  );

  protected readonly scenario = computed(() => {
    const d = this.detail();
    return d.state === 'done' ? d.scenario : null;
  });

  protected readonly isOwner = computed(() => {
    const s = this.scenario();
    return !!s && isOwnScenario(s, this.auth.user());
  });

  /** 匹配企业: for the owning unit and the service centre (the API refuses everyone else). */
  protected readonly showsMatches = computed(
    () => this.isOwner() || isStaffUser(this.auth.user()),
  );

  /** 邀请揭榜 from 匹配企业: the owning unit and organisers, while the scenario takes applications. */
  protected readonly canInvite = computed(() => {
    const s = this.scenario();
    return (
      !!s &&
      (this.isOwner() || this.auth.user()?.role === 'organiser') &&
      s.status === 'published' &&
      beforeDeadline(s.deadline ?? null)
    );
  });

  /** 我要揭榜: companies, while the scenario takes applications. */
  protected readonly canApply = computed(() => {
    const s = this.scenario();
    return (
      !!s &&
      this.auth.user()?.role === 'enterprise' &&
      s.status === 'published' &&
      beforeDeadline(s.deadline ?? null)
    );
  });
  /** 评审看板: staff, once the scenario is open for applications or beyond. */
  protected readonly showsEvaluation = computed(() => {
    const s = this.scenario();
    return (
      !!s &&
      isStaffUser(this.auth.user()) &&
      PUBLIC_SCENARIO_STATUSES.includes(s.status)
    );
  });
  /** 申报情况: the owning unit, once the scenario has been open for applications. */
  protected readonly showsAgencyApplications = computed(() => {
    const s = this.scenario();
    return !!s && this.isOwner() && PUBLIC_SCENARIO_STATUSES.includes(s.status);
  });

  protected readonly revisions = computed(() => {
    const d = this.detail();
    return d.state === 'done' ? d.revisions : [];
  });

  protected readonly events = computed(() => {
    const d = this.detail();
    return d.state === 'done' ? d.events : null;
  });

  constructor() {
    this.taxonomy.load();
  }

  protected retry(): void {
    this.reload$.next();
  }
}
