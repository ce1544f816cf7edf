import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type ApplicationView, type ScenarioView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { combineLatest, forkJoin, Observable, of, Subject } from 'rxjs';
import { catchError, map, startWith, switchMap } from 'rxjs/operators';
import {
  type ApplicationFileView,
  ApplicationsApi,
  type EvaluationView,
  type ExpertOption,
} from '../../../core/data-access/applications.api';
import { ScenariosApi } from '../../../core/data-access/scenarios.api';
import { toApiError } from '../../../core/http/api-error';
import { ApplicationFilesComponent } from '../../../shared/application/application-files.component';
import {
  formatQuote,
  formCheckBlocked,
  openingText,
} from '../../../shared/application/application-format';
import { ApplicationStatusTagComponent } from '../../../shared/application/application-status-tag.component';
import { ReasonModalComponent } from '../../../shared/reason-modal.component';
import { StatusTagComponent } from '../../../shared/scenario/status-tag.component';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';
import { LanguageService } from '../../../core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

type BoardState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | {
      state: 'done';
      scenario: ScenarioView;
      /** Before the opening (开标): how many sealed bids, and when they open; nothing else is known. */
      sealed: { count: number; opensAt: string | null } | null;
      submitted: ApplicationView[];
      evaluation: EvaluationView | null;
      /** Attachments by application id. */
      files: ReadonlyMap<string, ApplicationFileView[]>;
    };

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
    BeijingTimePipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
    ApplicationFilesComponent,
    ApplicationStatusTagComponent,
    ReasonModalComponent,
    StatusTagComponent,
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

  protected opening(at: string | null): string {
    return openingText(at, this.i18n.language());
  }
  protected formatQuote(yuan: number): string {
    return formatQuote(yuan, (key, params) => this.i18n.t(key, params));
  }

  protected readonly busy = signal<string | null>(null);
  protected readonly rejecting = signal<ApplicationView | null>(null);
  protected readonly rejectError = signal<string | null>(null);
  protected expertIds: string[] = [];
  protected readonly accepting = signal(false);
  protected readonly acceptError = signal<string | null>(null);
  protected readonly reportMin = REPORT_MIN;
  protected readonly reportMax = REPORT_MAX;
  protected readonly expertOptions = toSignal(
    this.api.experts().pipe(
      map((experts: ExpertOption[]) =>
        experts.map((e) => ({
          label: `${e.displayName}（${e.organisation}）`,
          value: e.id,
        })),
      ),
      catchError(() => of([] as Array<{ label: string; value: string }>)),
    ),
    { initialValue: [] as Array<{ label: string; value: string }> },
  );
  private readonly reload$ = new Subject<void>();

  protected readonly board = toSignal(
    combineLatest([
      toObservable(this.scenarioId),
      this.reload$.pipe(startWith(undefined)),
    ]).pipe(switchMap(([id]) => this.load(id))),
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

  private load(id: string): Observable<BoardState> {
    return forkJoin([
      this.scenarios.get(id),
      this.api.forScenario(id).pipe(catchError(() => of(null))),
      this.api
        .evaluation(id)
        .pipe(catchError(() => of(null as EvaluationView | null))),
    ]).pipe(
      map(
        ([scenario, page, evaluation]): BoardState => ({
          state: 'done',
          scenario,
          sealed: page?.sealed
            ? {
                count: page.sealed.count,
                opensAt: page.sealed.opensAt,
              }
            : null,
          submitted: (page?.items ?? []).filter(
            (a) => a.status === 'submitted',
          ),
          evaluation,
          files: new Map((page?.items ?? []).map((a) => [a.id, a.files])),
        }),
      ),
      catchError((error: unknown) =>
        of<BoardState>({ state: 'failed', message: toApiError(error).message }),
      ),
      startWith<BoardState>({ state: 'loading' }),
    );
  }

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
      true,
    );
  }

  protected filesOf(applicationId: string): ApplicationFileView[] {
    return this.data()?.files.get(applicationId) ?? [];
  }

  protected assign(): void {
    const ids = [...this.expertIds];
    if (!ids.length) {
      this.message.error(this.i18n.t('applications.evaluation.assignEmpty'));
      return;
    }
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
    if (this.busy()) return;
    this.busy.set('accept');
    this.api.accept(this.scenarioId(), report).subscribe({
      next: () => {
        this.busy.set(null);
        this.accepting.set(false);
        this.message.success(this.i18n.t('applications.evaluation.accepted'));
        this.reload$.next();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const problem = e.errors?.find((f) => f.field === 'report');
        if (problem) {
          this.acceptError.set(problem.message);
          return;
        }
        this.accepting.set(false);
        this.message.error(e.message);
        this.reload$.next();
      },
    });
  }

  protected award(applicationId: string): void {
    this.run(
      applicationId,
      this.api.award(this.scenarioId(), [applicationId]),
      this.i18n.t('applications.evaluation.awarded'),
    );
  }

  private run(
    key: string,
    call: Observable<unknown>,
    done: string,
    viaModal = false,
  ): void {
    if (this.busy()) return;
    this.busy.set(key);
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.rejecting.set(null);
        this.message.success(done);
        this.reload$.next();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const reason = e.errors?.find((f) => f.field === 'reason');
        if (viaModal && reason) {
          this.rejectError.set(reason.message);
          return;
        }
        this.rejecting.set(null);
        const details = e.errors?.map((f) => f.message).join('；');
        this.message.error(details ? `${e.message}：${details}` : e.message);
        this.reload$.next();
      },
    });
  }

  protected askReject(row: ApplicationView): void {
    this.rejectError.set(null);
    this.rejecting.set(row);
  }

  protected retry(): void {
    this.reload$.next();
  }
}
