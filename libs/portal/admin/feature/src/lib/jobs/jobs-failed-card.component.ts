import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import type { FailedJobView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';
import { DATA_TABLE } from '@scenematch/portal/shared/ui/ui/data-table.component';
import {
  type FilterChange,
  filterSelect,
  FilterSelectsComponent,
} from '@scenematch/portal/shared/ui/list/filter-selects.component';
import { JOB_KEYS, jobLabel, queueLabel } from './job-keys';
import { failedColumns } from './jobs-columns';
import { JobIdsComponent } from './job-ids.component';
import { JobsCard } from './jobs-card';
import type { Translate } from '../stats/stats-format';

/**
 * 任务监控's card of jobs that failed for good: filtered by kind, with 重试 and 丢弃 per job and
 * 全部重试 for the chosen kind. The page runs the actions; this card only asks for them.
 */
@Component({
  selector: 'sm-jobs-failed-card',
  imports: [
    ActionButtonComponent,
    DATA_TABLE,
    FilterSelectsComponent,
    JobIdsComponent,
    NzCardModule,
    NzTagModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jobs-failed-card.component.html',
  styleUrl: './jobs.page.less',
  styles: ':host { display: block; }',
})
export class JobsFailedCardComponent extends JobsCard<FailedJobView> {
  /** The job kind the list is filtered by, or null for all kinds. */
  readonly kind = input<string | null>(null);
  /** How many failed jobs the filter matches. */
  readonly total = input(0);
  readonly kindChange = output<string | null>();
  readonly retry = output<FailedJobView>();
  readonly discard = output<FailedJobView>();
  readonly retryKind = output<void>();

  /** The filter by kind: one select, its options in the reader's language. */
  protected readonly kindSelect = computed(() => [
    filterSelect(
      'kind',
      ['admin.jobs.kindPlaceholder', 'admin.jobs.kind'],
      'failed-kind',
      JOB_KEYS.map(([value, key]) => ({ value, label: this.t(key) })),
      { translated: true },
    ),
  ]);
  protected readonly totalKey = 'admin.jobs.totalFailed';
  protected readonly columnsOf = (t: Translate) =>
    failedColumns(t, [
      {
        label: t('admin.jobs.retry'),
        testid: 'failed-retry',
        type: 'primary',
        question: t('admin.jobs.retryConfirm'),
        busy: (job) => this.busy() === job.id,
        pressed: (job) => this.retry.emit(job),
      },
      {
        label: t('admin.jobs.discard'),
        testid: 'failed-discard',
        danger: true,
        pressed: (job) => this.discard.emit(job),
      },
    ]);
  protected readonly rowAttrs = (j: FailedJobView) => ({
    'data-id': j.id,
    'data-job': j.job,
  });
  protected readonly rowKey = (j: FailedJobView) => j.queue + j.id;
  protected readonly kindLabel = computed(() => {
    const k = this.kind();
    return k ? jobLabel(k, this.t) : '';
  });

  protected pickKind(change: FilterChange): void {
    this.kindChange.emit(
      typeof change.value === 'string' ? change.value : null,
    );
  }

  protected queueLabel(queue: string): string {
    return queueLabel(queue, this.t);
  }

  protected jobLabel(job: string): string {
    return jobLabel(job, this.t);
  }
}
