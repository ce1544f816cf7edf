import { formatBeijing } from '@scenematch/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import {
  PUBLIC_SCENARIO_STATUSES,
  type Role,
  type ScenarioBatchView,
  type ScenarioEventView,
  type ScenarioRevisionView,
  type ScenarioStatus,
  type ScenarioView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { combineLatest, forkJoin, from, Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import { AuthStore } from '../../core/auth/auth.store';
import { BatchesApi } from '../../core/data-access/batches.api';
import { ScenariosApi } from '../../core/data-access/scenarios.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { toApiError } from '../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { ROLE_LABEL_KEYS } from '../../core/i18n/role-labels';
import { SCENARIO_STATUS_KEYS } from '../../shared/scenario/scenario-status-keys';
import { beforeDeadline } from '../../shared/application/application-format';
import { ScenarioMatchesComponent } from '../../shared/matching/scenario-matches.component';
import { ReasonModalComponent } from '../../shared/reason-modal.component';
import {
  isOwnScenario,
  isStaffUser,
  scenarioActions,
  type ScenarioUiAction,
} from '../../shared/scenario/scenario-actions';
import {
  formatBudget,
  revisionChanges,
  SCENARIO_STATUS_COLORS,
} from '../../shared/scenario/scenario-format';
import { StatusTagComponent } from '../../shared/scenario/status-tag.component';
import { ScenarioApplicationsComponent } from './scenario-applications.component';
import { BeijingTimePipe } from '../../shared/text/beijing-time';
import { PageStateComponent } from '../../shared/ui/page-state.component';

type DetailState =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'failed'; message: string }
  | {
      state: 'done';
      scenario: ScenarioView;
      revisions: ScenarioRevisionView[];
      events: ScenarioEventView[] | null;
    };

type ReasonAction = 'return' | 'cancel';

/** One scenario: all its fields, revision history, lifecycle (its unit and staff) and actions. */
@Component({
  selector: 'sm-scenario-detail-page',
  imports: [
    PageStateComponent,
    BeijingTimePipe,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzGridModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTagModule,
    NzTimelineModule,
    ReasonModalComponent,
    ScenarioApplicationsComponent,
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
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly taxonomy = inject(TaxonomyStore);
  private readonly batchesApi = inject(BatchesApi);
  private readonly lang = inject(LanguageService);

  /** Route parameter (withComponentInputBinding). */
  readonly id = input.required<string>();

  /** Deadlines as Beijing wall time: 2026-12-20 17:00. */
  protected readonly formatBeijing = formatBeijing;
  protected readonly statusColors = SCENARIO_STATUS_COLORS;
  protected readonly signedIn = this.auth.isSignedIn;

  private readonly reload$ = new Subject<void>();
  protected readonly busy = signal<ScenarioUiAction | null>(null);
  protected readonly reasonAction = signal<ReasonAction | null>(null);
  protected readonly reasonError = signal<string | null>(null);

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
          switchMap(() => this.load(id)),
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

  /** Staff need the batch's state to know whether 发布 or the batch release publishes. */
  private readonly batches = toSignal(
    toObservable(this.auth.user).pipe(
      switchMap((user) =>
        isStaffUser(user)
          ? this.batchesApi
              .list()
              .pipe(catchError(() => of([] as ScenarioBatchView[])))
          : of([] as ScenarioBatchView[]),
      ),
    ),
    { initialValue: [] as ScenarioBatchView[] },
  );

  protected readonly actions = computed<ScenarioUiAction[]>(() => {
    const s = this.scenario();
    if (!s) return [];
    const batchStatus = s.batch
      ? this.batches().find((b) => b.id === s.batch?.id)?.status
      : null;
    return scenarioActions(s, this.auth.user(), batchStatus);
  });
  /** 发布 in a batch not released yet only approves: the batch release publishes. */
  protected readonly approvesOnly = computed(() => {
    const s = this.scenario();
    return (
      !!s?.batch &&
      this.batches().find((b) => b.id === s.batch?.id)?.status === 'draft'
    );
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

  protected readonly coAgencyNames = computed(
    () =>
      this.scenario()
        ?.coAgencies.map((c) => c.name)
        .join(this.lang.t('scenarios.listSeparator')) ?? '',
  );

  protected readonly budget = computed(() => {
    const s = this.scenario();
    return s
      ? formatBudget(s.budgetMin, s.budgetMax, (key, params) =>
          this.lang.t(key, params),
        )
      : '';
  });

  protected readonly revisions = computed(() => {
    const d = this.detail();
    if (d.state !== 'done') return [];
    const names = {
      domainName: (code: string) => this.taxonomy.domainName(code),
      capabilityName: (code: string) => this.taxonomy.capabilityName(code),
    };
    return d.revisions.map((r) => ({
      ...r,
      items: revisionChanges(r.changes, names, (key, params) =>
        this.lang.t(key, params),
      ),
    }));
  });

  protected readonly events = computed(() => {
    const d = this.detail();
    return d.state === 'done' ? d.events : null;
  });

  constructor() {
    this.taxonomy.load();
  }

  private load(id: string): Observable<DetailState> {
    return this.api.get(id).pipe(
      switchMap((scenario) => {
        const user = this.auth.user();
        const seesEvents = isOwnScenario(scenario, user) || isStaffUser(user);
        return forkJoin([
          this.api
            .revisions(id)
            .pipe(catchError(() => of([] as ScenarioRevisionView[]))),
          seesEvents
            ? this.api
                .events(id)
                .pipe(catchError(() => of(null as ScenarioEventView[] | null)))
            : of(null),
        ]).pipe(
          map(
            ([revisions, events]): DetailState => ({
              state: 'done',
              scenario,
              revisions,
              events,
            }),
          ),
        );
      }),
      catchError((error: unknown) => {
        const e = toApiError(error);
        return of<DetailState>(
          e.statusCode === 404 || e.statusCode === 403
            ? { state: 'notFound' }
            : { state: 'failed', message: e.message },
        );
      }),
    );
  }

  protected statusLabel(status: ScenarioStatus | null): string {
    return status ? this.lang.t(SCENARIO_STATUS_KEYS[status]) : '';
  }

  protected roleLabel(role: string | null): string {
    const key = ROLE_LABEL_KEYS[role as Role] as string | undefined;
    return role ? (key ? this.lang.t(key) : role) : '';
  }

  protected retry(): void {
    this.reload$.next();
  }

  protected edit(): void {
    const s = this.scenario();
    if (s) void this.router.navigate(['/agency/scenarios', s.id, 'edit']);
  }

  protected submit(): void {
    this.run(
      'submit',
      (id) => this.api.submit(id),
      () => this.lang.t('scenarios.done.submit'),
    );
  }

  protected publish(): void {
    this.run(
      'publish',
      (id) => this.api.publish(id),
      (s) =>
        this.lang.t(
          s.status === 'published'
            ? 'scenarios.done.published'
            : 'scenarios.done.approved',
        ),
    );
  }

  protected close(): void {
    this.run(
      'close',
      (id) => this.api.close(id),
      () => this.lang.t('scenarios.done.close'),
    );
  }

  protected askReason(action: ReasonAction): void {
    this.reasonError.set(null);
    this.reasonAction.set(action);
  }

  protected reasonGiven(reason: string): void {
    const action = this.reasonAction();
    if (action === 'return') {
      this.run(
        'return',
        (id) => this.api.returnToAgency(id, reason),
        () => this.lang.t('scenarios.done.return'),
        true,
      );
    } else if (action === 'cancel') {
      this.run(
        'cancel',
        (id) => this.api.cancel(id, reason || undefined),
        () => this.lang.t('scenarios.done.cancel'),
        true,
      );
    }
  }

  /** Performs an action, tells the result and reloads; a refusal is shown as the API words it. */
  private run(
    action: ScenarioUiAction,
    call: (id: string) => Observable<ScenarioView>,
    done: (result: ScenarioView) => string,
    viaModal = false,
  ): void {
    const s = this.scenario();
    if (!s || this.busy()) return;
    this.busy.set(action);
    call(s.id).subscribe({
      next: (result) => {
        this.busy.set(null);
        this.reasonAction.set(null);
        this.message.success(done(result));
        this.reload$.next();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const reasonProblem = e.errors?.find((f) => f.field === 'reason');
        if (viaModal && reasonProblem) {
          this.reasonError.set(reasonProblem.message);
          return;
        }
        this.reasonAction.set(null);
        const details = e.errors?.map((f) => f.message).join('；');
        this.message.error(details ? `${e.message}：${details}` : e.message);
        if (e.statusCode === 409) this.reload$.next();
      },
    });
  }
}
