import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import type { FailedJobView, StuckOutboxView } from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import {
  JobsApi,
  type FailedJobQuery,
} from '@scenematch/portal/admin/data-access/jobs.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { jobLabel, queueLabel } from './job-keys';
import { JobsFailedCardComponent } from './jobs-failed-card.component';
import { JobsStuckCardComponent } from './jobs-stuck-card.component';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import { pageSource } from '@scenematch/portal/shared/ui/list/paged-query';
import { Reloadable } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import { RowActions } from '@scenematch/portal/shared/ui/ui/row-actions';
import { StatsChartComponent } from '../stats/stats-chart.component';
import { queueCountsOptions } from './jobs-chart';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';

const PAGE_SIZE = 20;
/** An outbox row not relayed after this long counts as stuck. */
const STUCK_MINUTES = 10;

/**
 * 任务监控 (admin only): job counts per queue, jobs that failed for good with their reason and
 * ids (重试, 丢弃 with a reason, 全部重试 for one kind), and outbox rows stuck before their queue
 * (重新投递). Every action is audited by the API.
 */
@Component({
  selector: 'sm-jobs-page',
  imports: [
    JobsFailedCardComponent,
    JobsStuckCardComponent,
    PageHeadComponent,
    PageStateComponent,
    NzCardModule,
    ReasonModalComponent,
    StatsChartComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jobs.page.html',
  styleUrl: './jobs.page.less',
})
export class JobsPage {
  private readonly api = inject(JobsApi);
  private readonly message = inject(NzMessageService);

  private readonly i18n = inject(LanguageService);
  private readonly t = (key: string, params?: Record<string, unknown>) =>
    this.i18n.t(key, params);
  protected readonly stuckMinutes = STUCK_MINUTES;

  protected readonly kind = signal<string | null>(null);
  protected readonly failedPage = signal(1);
  protected readonly stuckPage = signal(1);
  /** 重试 / 丢弃 (with its reason) / 重新投递, one at a time; each reloads the page's lists. */
  protected readonly actions = new RowActions<FailedJobView>(() =>
    this.refresh(),
  );

  private readonly failedQuery = computed<FailedJobQuery>(() => ({
    job: this.kind(),
    page: this.failedPage(),
    pageSize: PAGE_SIZE,
  }));
  private readonly overviewList = new Reloadable(() =>
    this.api.overview(STUCK_MINUTES),
  );
  private readonly failedList = new Reloadable(
    (query: FailedJobQuery) => this.api.failed(query),
    toObservable(this.failedQuery),
  );
  private readonly stuckList = new Reloadable(
    (page: number) =>
      this.api.stuck({ minutes: STUCK_MINUTES, page, pageSize: PAGE_SIZE }),
    toObservable(this.stuckPage),
  );

  protected readonly overview = this.overviewList.value;
  protected readonly overviewFailure = this.overviewList.failure;
  protected readonly chart = computed(() => {
    const o = this.overview();
    return o ? queueCountsOptions(o.queues, this.t) : null;
  });
  protected readonly failed = this.failedList.value;
  protected readonly failedSource = pageSource(
    this.failedList,
    this.failedPage,
    PAGE_SIZE,
  );
  protected readonly stuck = this.stuckList.value;
  protected readonly stuckSource = pageSource(
    this.stuckList,
    this.stuckPage,
    PAGE_SIZE,
  );
  protected queueLabel(queue: string): string {
    return queueLabel(queue, this.t);
  }

  protected jobLabel(job: string): string {
    return jobLabel(job, this.t);
  }

  protected setKind(kind: string | null): void {
    this.kind.set(kind);
    this.failedPage.set(1);
  }

  protected refresh(): void {
    this.overviewList.reload();
    this.failedList.reload();
    this.stuckList.reload();
  }

  protected retry(job: FailedJobView): void {
    this.actions.run(job.id, this.api.retry(job), this.t('admin.jobs.retried'));
  }

  protected retryKind(): void {
    const kind = this.kind();
    if (!kind || this.actions.busy()) return;
    this.actions.busy.set(`kind:${kind}`);
    this.api.retryKind(kind).subscribe({
      next: (result) => {
        this.actions.busy.set(null);
        this.message.success(
          this.t('admin.jobs.retriedKind', { n: result.retried }),
        );
        this.refresh();
      },
      error: (error: unknown) => {
        this.actions.busy.set(null);
        this.message.error(toApiError(error).message);
        this.refresh();
      },
    });
  }

  protected confirmDiscard(reason: string): void {
    this.actions.confirm(
      (job, text) => this.api.discard(job, text),
      reason,
      this.t('admin.jobs.discarded'),
    );
  }

  protected resend(row: StuckOutboxView): void {
    this.actions.run(row.id, this.api.resend(row), this.t('admin.jobs.resent'));
  }
}
