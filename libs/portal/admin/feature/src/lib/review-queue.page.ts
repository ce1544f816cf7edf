import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ScenarioBatchView, ScenarioView } from '@scenematch/contracts';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { BatchesApi } from '@scenematch/portal/scenarios/data-access/batches.api';
import { ScenariosApi } from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { ReviewQueueActions } from './review-queue-actions';
import { ReviewQueueFiltersComponent } from './review-queue-filters.component';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import { scenarioActions } from '@scenematch/portal/shared/ui/scenario/scenario-actions';
import { StatusTagComponent } from '@scenematch/portal/shared/ui/scenario/status-tag.component';
import { Reloadable } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import { DATA_TABLE } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { pageSource } from '@scenematch/portal/shared/ui/list/paged-query';
import {
  RowSelection,
  type QueueFilter,
  type QueueArgs,
  queueArgs,
  queueQuery,
  reviewQueueColumns,
} from './review-queue-table';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

const PAGE_SIZE = 20;
type BatchStatus = ScenarioBatchView['status'];

/**
 * 场景审核: what units submitted (and what waits for its batch), with 发布 and 退回 per row or for
 * the rows ticked; a keyword, the unit and the domain narrow the queue.
 */
@Component({
  selector: 'sm-review-queue-page',
  imports: [
    PageHeadComponent,
    ActionButtonComponent,
    DATA_TABLE,
    TranslocoPipe,
    NzTagModule,
    NzTooltipModule,
    ReasonModalComponent,
    ReviewQueueFiltersComponent,
    StatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue.page.html',
  styleUrl: './admin-page.less',
})
export class ReviewQueuePage {
  private readonly api = inject(ScenariosApi);
  private readonly auth = inject(AuthStore);
  private readonly lang = inject(LanguageService);

  protected readonly columns = computed(() =>
    reviewQueueColumns((key, params) => this.lang.t(key, params)),
  );
  protected readonly rowAttrs = (r: ScenarioView) => ({ 'data-id': r.id });

  protected readonly filter = signal<QueueFilter>('pending');
  protected readonly pageIndex = signal(1);
  protected readonly q = signal('');
  protected readonly agency = signal<string | null>(null);
  protected readonly domain = signal<string | null>(null);

  /** Each batch's status, by its id. */
  private readonly batchStatuses = toSignal(
    inject(BatchesApi)
      .list()
      .pipe(
        map((all) => new Map(all.map((b) => [b.id, b.status] as const))),
        catchError(() => of(new Map<string, BatchStatus>())),
      ),
    { initialValue: new Map<string, BatchStatus>() },
  );

  private readonly list = new Reloadable(
    (args: QueueArgs) => this.api.list(queueQuery(args, PAGE_SIZE)),
    queueArgs(this.filter, this.pageIndex, this.q, this.agency, this.domain),
  );
  protected readonly page = this.list.value;
  protected readonly actions = new ReviewQueueActions(
    () => this.list.reload(),
    () => this.selection.clear(),
  );
  protected readonly source = pageSource(this.list, this.pageIndex, PAGE_SIZE);

  private batchStatus(scenario: ScenarioView): BatchStatus | null {
    return this.batchStatuses().get(scenario.batch?.id ?? '') ?? null;
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
  protected readonly selection = new RowSelection<ScenarioView>(
    () => this.page()?.items ?? [],
  );

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
    this.selection.clear();
  }

  protected bulkPublish(): void {
    this.actions.publishAll(
      this.selection.selected().filter((r) => this.can(r, 'publish')),
    );
  }

  protected askBulkReturn(): void {
    this.actions.askReturnAll(
      this.selection.selected().filter((r) => this.can(r, 'return')),
    );
  }
}
