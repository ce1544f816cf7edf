import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  type WritableSignal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type ApplicationView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { combineLatest, Observable, Subject } from 'rxjs';
import { startWith, switchMap } from 'rxjs/operators';
import { ApplicationsApi } from '@scenematch/portal/applications/data-access/applications.api';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { formCheckBlocked } from '@scenematch/portal/shared/ui/application/application-format';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import { apiErrorText } from '@scenematch/portal/shared/ui/ui/api-actions';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { EvaluationAssignComponent } from './evaluation-assign.component';
import { type BoardState, loadBoard } from './evaluation-board';
import { EvaluationHeadComponent } from './evaluation-head.component';
import { EvaluationTableComponent } from './evaluation-table.component';

const REPORT_MIN = 10;
const REPORT_MAX = 20_000;

/**
 * 评审看板 of one scenario (organiser): form check of the submitted applications after the
 * deadline, expert assignment, review progress with aggregate scores, trimming and outlier flags,
 * 拟揭榜 for the chosen application, then 开始试点 and 验收 of the awarded scenario.
 */
@Component({
  selector: 'sm-evaluation-page',
  imports: [
    TranslocoPipe,
    NzCardModule,
    EvaluationAssignComponent,
    EvaluationHeadComponent,
    EvaluationTableComponent,
    PageStateComponent,
    ReasonModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evaluation.page.html',
  styleUrl: './evaluation.page.less',
})
export class EvaluationPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);
  private readonly scenarios = inject(ScenariosApi);
  private readonly message = inject(NzMessageService);

  readonly scenarioId = input.required<string>();

  protected readonly busy = signal<string | null>(null);
  protected readonly rejecting = signal<ApplicationView | null>(null);
  protected readonly rejectError = signal<string | null>(null);
  protected readonly accepting = signal(false);
  protected readonly acceptError = signal<string | null>(null);
  protected readonly reportMin = REPORT_MIN;
  protected readonly reportMax = REPORT_MAX;
  private readonly reload$ = new Subject<void>();

  protected readonly board = toSignal(
    combineLatest([
      toObservable(this.scenarioId),
      this.reload$.pipe(startWith(undefined)),
    ]).pipe(switchMap(([id]) => loadBoard(this.api, this.scenarios, id))),
    { initialValue: { state: 'loading' } as BoardState },
  );
  protected readonly data = computed(() => {
    const b = this.board();
    return b.state === 'done' ? b : null;
  });
  /** Why 通过/不通过 are off (before the deadline), or null. */
  protected readonly checkBlocked = computed(() => {
    const d = this.data();
    return d
      ? formCheckBlocked(d.scenario, (key, params) => this.i18n.t(key, params))
      : null;
  });
  /** One award per scenario: 拟揭榜 is offered until one is proposed. */
  protected readonly awarded = computed(
    () =>
      this.data()?.evaluation?.applications.some(
        (a) => a.status === 'selected',
      ) ?? false,
  );

  protected shortlist(row: ApplicationView): void {
    this.run(
      row.id,
      this.api.shortlist(row.id),
      this.i18n.t('applications.evaluation.done.shortlist'),
    );
  }

  protected confirmReject(reason: string): void {
    const row = this.rejecting();
    if (!row) return;
    this.run(
      row.id,
      this.api.reject(row.id, reason),
      this.i18n.t('applications.evaluation.done.reject'),
      { field: 'reason', error: this.rejectError },
    );
  }

  protected assign(ids: string[]): void {
    this.run(
      'assign',
      this.api.assignReviewers(this.scenarioId(), ids),
      this.i18n.t('applications.evaluation.assigned'),
    );
  }

  protected startPilot(): void {
    this.run(
      'pilot',
      this.api.startPilot(this.scenarioId()),
      this.i18n.t('applications.evaluation.piloted'),
    );
  }

  protected askAccept(): void {
    this.acceptError.set(null);
    this.accepting.set(true);
  }

  protected confirmAccept(report: string): void {
    this.run(
      'accept',
      this.api.accept(this.scenarioId(), report),
      this.i18n.t('applications.evaluation.accepted'),
      { field: 'report', error: this.acceptError },
    );
  }

  protected award(applicationId: string): void {
    this.run(
      applicationId,
      this.api.award(this.scenarioId(), [applicationId]),
      this.i18n.t('applications.evaluation.awarded'),
    );
  }

  /** Runs an action; a modal's field error stays in its modal, anything else closes it. */
  private run(
    key: string,
    call: Observable<unknown>,
    done: string,
    modal?: { field: string; error: WritableSignal<string | null> },
  ): void {
    if (this.busy()) return;
    this.busy.set(key);
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.closeModals();
        this.message.success(done);
        this.reload$.next();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const problem = modal && e.errors?.find((f) => f.field === modal.field);
        if (modal && problem) {
          modal.error.set(problem.message);
          return;
        }
        this.closeModals();
        this.message.error(apiErrorText(e));
        this.reload$.next();
      },
    });
  }

  private closeModals(): void {
    this.rejecting.set(null);
    this.accepting.set(false);
  }

  protected askReject(row: ApplicationView): void {
    this.rejectError.set(null);
    this.rejecting.set(row);
  }

  protected retry(): void {
    this.reload$.next();
  }
}
