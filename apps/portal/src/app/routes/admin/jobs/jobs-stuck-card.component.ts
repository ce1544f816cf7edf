import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import type { StuckOutboxView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { ActionButtonComponent } from '../../../shared/ui/action-button.component';
import { DATA_TABLE } from '../../../shared/ui/data-table.component';
import { stuckColumns } from './jobs-columns';
import { JobIdsComponent } from './job-ids.component';
import { JobsCard } from './jobs-card';

/**
 * 任务监控's card of outbox rows stuck before their queue, with 重新投递 per row. The page runs
 * the action; this card only asks for it.
 */
@Component({
  selector: 'sm-jobs-stuck-card',
  imports: [
    ActionButtonComponent,
    DATA_TABLE,
    JobIdsComponent,
    NzCardModule,
    TranslocoPipe,
  ],
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
  protected readonly columnsOf = stuckColumns;
  protected readonly rowAttrs = (r: StuckOutboxView) => ({ 'data-id': r.id });
}
