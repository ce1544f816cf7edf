import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type {
  ScenarioBatchView,
  ScenarioStatus,
  ScenarioView,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { combineLatest, from, Observable, of } from 'rxjs';
import {
  catchError,
  concatMap,
  debounceTime,
  distinctUntilChanged,
  map,
  toArray,
} from 'rxjs/operators';
import { AuthStore } from '../../core/auth/auth.store';
import { BatchesApi } from '../../core/data-access/batches.api';
import { OrganisationsApi } from '../../core/data-access/organisations.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { ScenariosApi } from '../../core/data-access/scenarios.api';
import { toApiError } from '../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { ReasonModalComponent } from '../../shared/reason-modal.component';
import { scenarioActions } from '../../shared/scenario/scenario-actions';
import { StatusTagComponent } from '../../shared/scenario/status-tag.component';
import { Reloadable } from '../../shared/ui/reloadable-list';
import { beijingTime } from '../../shared/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '../../shared/ui/data-table.component';
import { pageSource } from '../../shared/list/paged-query';

type QueueFilter = 'pending' | 'submitted' | 'approved';

const QUEUE_STATUSES: Record<QueueFilter, ScenarioStatus[]> = {
  pending: ['submitted', 'approved'],
  submitted: ['submitted'],
  approved: ['approved'],
};

const PAGE_SIZE = 20;

/**
 * 场景审核: what units submitted (and what waits for its batch), with 发布 and 退回 per row or for
 * the rows ticked; a keyword, the unit and the domain narrow the queue.
 */
@Component({
  selector: 'sm-review-queue-page',
  imports: [
    DATA_TABLE,
    TranslocoPipe,
    FormsModule,
    NzButtonModule,
    NzInputModule,
    NzPopconfirmModule,
    NzRadioModule,
    NzSelectModule,
    NzTagModule,
    NzTooltipModule,
    ReasonModalComponent,
    StatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue.page.html',
  styleUrl: './admin-page.less',
})
export class ReviewQueuePage {
  private readonly api = inject(ScenariosApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);

  private readonly lang = inject(LanguageService);
  protected readonly filters: ReadonlyArray<{
    value: QueueFilter;
    label: string;
  }> = [
    { value: 'pending', label: 'scenarios.admin.queueFilters.pending' },
    { value: 'submitted', label: 'scenarios.admin.queueFilters.submitted' },
    { value: 'approved', label: 'scenarios.admin.queueFilters.approved' },
  ];

  protected readonly columns = computed((): TableColumn<ScenarioView>[] => [
    {
      key: 'title',
      title: this.lang.t('agency.fields.title'),
      value: (r) => r.title,
      link: (r) => ['/scenarios', r.id],
      testId: 'queue-title',
      data: true,
    },
    {
      key: 'agency',
      title: this.lang.t('scenarios.agency'),
      value: (r) => r.agency.name,
      data: true,
    },
    {
      key: 'domain',
      title: this.lang.t('scenarios.domain'),
      width: '110px',
      value: (r) => r.domain.name,
      data: true,
    },
    {
      key: 'batch',
      title: this.lang.t('scenarios.batch'),
      value: (r) =>
        r.batch
          ? this.lang.t('scenarios.batchValue', {
              n: r.batch.number,
              name: r.batch.name,
            })
          : this.lang.t('common.none'),
      data: true,
    },
    { key: 'status', title: this.lang.t('scenarios.status'), width: '130px' },
    {
      key: 'submittedAt',
      title: this.lang.t('scenarios.admin.submittedAt'),
      width: '150px',
      value: (r) => beijingTime(r.submittedAt),
    },
    { key: 'actions', title: this.lang.t('common.actions'), width: '170px' },
  ]);
  protected readonly rowAttrs = (r: ScenarioView) => ({ 'data-id': r.id });
  protected readonly isSelected = (r: ScenarioView) =>
    this.selected().has(r.id);

  protected readonly filter = signal<QueueFilter>('pending');
  protected readonly pageIndex = signal(1);
  protected readonly q = signal('');
  protected readonly agency = signal<string | null>(null);
  protected readonly domain = signal<string | null>(null);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  /** The rows 批量退回 is asking a reason for. */
  protected readonly returningMany = signal<ScenarioView[] | null>(null);
  protected readonly taxonomy = inject(TaxonomyStore);
  protected readonly agencies = toSignal(
    inject(OrganisationsApi)
      .search('agency', '', 100)
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
  protected readonly busy = signal<string | null>(null);
  protected readonly returning = signal<ScenarioView | null>(null);
  protected readonly reasonError = signal<string | null>(null);

  private readonly batches = toSignal(
    inject(BatchesApi)
      .list()
      .pipe(catchError(() => of([] as ScenarioBatchView[]))),
    { initialValue: [] as ScenarioBatchView[] },
  );

  private readonly list = new Reloadable(
    ([filter, page, q, agency, domain]: [
      QueueFilter,
      number,
      string,
      string | null,
      string | null,
    ]) =>
      this.api.list({
        status: QUEUE_STATUSES[filter],
        sort: 'newest',
        page,
        pageSize: PAGE_SIZE,
        ...(q ? { q } : {}),
        ...(agency ? { agency } : {}),
        ...(domain ? { domain: [domain] } : {}),
      }),
    combineLatest([
      toObservable(this.filter),
      toObservable(this.pageIndex),
      toObservable(this.q).pipe(
        debounceTime(300),
        map((q) => q.trim()),
        distinctUntilChanged(),
      ),
      toObservable(this.agency),
      toObservable(this.domain),
    ]),
  );
  protected readonly page = this.list.value;
  protected readonly source = pageSource(this.list, this.pageIndex, PAGE_SIZE);

  private batchStatus(
    scenario: ScenarioView,
  ): ScenarioBatchView['status'] | null {
    return scenario.batch
      ? (this.batches().find((b) => b.id === scenario.batch?.id)?.status ??
          null)
      : null;
  }

  protected can(scenario: ScenarioView, action: 'publish' | 'return'): boolean {
    return scenarioActions(
      scenario,
      this.auth.user(),
      this.batchStatus(scenario),
    ).includes(action);
  }

  /** 发布 of a scenario whose batch is not released yet only approves it (it goes live with the batch). */
  protected approvesOnly(scenario: ScenarioView): boolean {
    return this.batchStatus(scenario) === 'draft';
  }

  protected waitsForBatch(scenario: ScenarioView): boolean {
    return (
      scenario.status === 'approved' && this.batchStatus(scenario) === 'draft'
    );
  }

  /** Ticked rows still on the page (a reload drops the ones that moved on). */
  protected readonly selectedRows = computed(() => {
    const ids = this.selected();
    return (this.page()?.items ?? []).filter((r) => ids.has(r.id));
  });
  protected readonly allSelected = computed(() => {
    const rows = this.page()?.items ?? [];
    return rows.length > 0 && this.selectedRows().length === rows.length;
  });
  protected readonly someSelected = computed(
    () => this.selectedRows().length > 0 && !this.allSelected(),
  );

  constructor() {
    this.taxonomy.load();
  }

  protected setFilter(filter: QueueFilter): void {
    this.filter.set(filter);
    this.pageIndex.set(1);
  }

  protected narrow(change: {
    q?: string;
    agency?: string | null;
    domain?: string | null;
  }): void {
    if (change.q !== undefined) this.q.set(change.q);
    if (change.agency !== undefined) this.agency.set(change.agency);
    if (change.domain !== undefined) this.domain.set(change.domain);
    this.pageIndex.set(1);
    this.selected.set(new Set());
  }

  protected toggle(id: string, on: boolean): void {
    const next = new Set(this.selected());
    if (on) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected toggleAll(on: boolean): void {
    this.selected.set(
      new Set(on ? (this.page()?.items ?? []).map((r) => r.id) : []),
    );
  }

  protected bulkPublish(): void {
    const rows = this.selectedRows().filter((r) => this.can(r, 'publish'));
    this.runBulk(rows, (r) => this.api.publish(r.id));
  }

  protected askBulkReturn(): void {
    this.reasonError.set(null);
    this.returningMany.set(
      this.selectedRows().filter((r) => this.can(r, 'return')),
    );
  }

  /** One row after the other (each is its own audited transition); failures are counted, not fatal. */
  private runBulk(
    rows: ScenarioView[],
    act: (row: ScenarioView) => Observable<unknown>,
    done?: () => void,
  ): void {
    if (this.busy() || !rows.length) return;
    this.busy.set('bulk');
    from(rows)
      .pipe(
        concatMap((row) =>
          act(row).pipe(
            map(() => true),
            catchError(() => of(false)),
          ),
        ),
        toArray(),
      )
      .subscribe((results) => {
        const ok = results.filter(Boolean).length;
        this.busy.set(null);
        this.selected.set(new Set());
        done?.();
        (ok === results.length
          ? this.message.success
          : this.message.warning
        ).call(
          this.message,
          ok === results.length
            ? this.lang.t('scenarios.admin.bulkDone', { ok })
            : this.lang.t('scenarios.admin.bulkDoneWithFailures', {
                ok,
                failed: results.length - ok,
              }),
        );
        this.list.reload();
      });
  }

  protected publish(scenario: ScenarioView): void {
    if (this.busy()) return;
    this.busy.set(scenario.id);
    this.api.publish(scenario.id).subscribe({
      next: (result) => {
        this.busy.set(null);
        this.message.success(
          result.status === 'published'
            ? this.lang.t('scenarios.done.published')
            : this.lang.t('scenarios.done.approved'),
        );
        this.list.reload();
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected askReturn(scenario: ScenarioView): void {
    this.reasonError.set(null);
    this.returning.set(scenario);
  }

  protected confirmReturn(reason: string): void {
    const many = this.returningMany();
    if (many) {
      this.runBulk(
        many,
        (r) => this.api.returnToAgency(r.id, reason),
        () => this.returningMany.set(null),
      );
      return;
    }
    const scenario = this.returning();
    if (!scenario || this.busy()) return;
    this.busy.set(scenario.id);
    this.api.returnToAgency(scenario.id, reason).subscribe({
      next: () => {
        this.busy.set(null);
        this.returning.set(null);
        this.message.success(this.lang.t('scenarios.done.return'));
        this.list.reload();
      },
      error: (error: unknown) => {
        const e = toApiError(error);
        const problem = e.errors?.find((f) => f.field === 'reason');
        if (problem) {
          this.busy.set(null);
          this.reasonError.set(problem.message);
          return;
        }
        this.returning.set(null);
        this.failed(error);
      },
    });
  }

  private failed(error: unknown): void {
    this.busy.set(null);
    this.message.error(toApiError(error).message);
    this.list.reload();
  }
}
