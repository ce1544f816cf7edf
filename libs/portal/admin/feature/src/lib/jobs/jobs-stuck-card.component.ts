import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { StuckOutboxView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { DATA_TABLE } from '@scenematch/portal/shared/ui/ui/data-table.component';
import { stuckColumns } from './jobs-columns';
import { JobIdsComponent } from './job-ids.component';
import { JobsCard } from './jobs-card';
import type { Translate } from '../stats/stats-format';

/**
 * 任务监控's card of outbox rows stuck before their queue, with 重新投递 per row. The page runs
 * the action; this card only asks for it.
 */
@Component({
  selector: 'sm-jobs-stuck-card',
  imports: [DATA_TABLE, JobIdsComponent, NzCardModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jobs-stuck-card.component.html',
  styleUrl: './jobs.page.less',
  styles: ':host { display: block; }',
})
export class JobsStuckCardComponent extends JobsCard<StuckOutboxView> {
  /** After how many minutes unrelayed a row counts as stuck. */
  readonly minutes = input.required<number>();
  readonly resend = output<StuckOutboxView>();

  protected readonly totalKey = 'admin.jobs.totalStuck';
  protected readonly columnsOf = (t: Translate) =>
    stuckColumns(t, [
      {
        label: t('admin.jobs.resend'),
        testid: 'stuck-resend',
        question: t('admin.jobs.resendConfirm'),
        busy: (row) => this.busy() === row.id,
        pressed: (row) => this.resend.emit(row),
      },
    ]);
  protected readonly rowAttrs = (r: StuckOutboxView) => ({ 'data-id': r.id });
}
