import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import type { StuckOutboxView } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { LanguageService } from '../../../core/i18n/language.service';
import { ActionButtonComponent } from '../../../shared/ui/action-button.component';
import { DATA_TABLE } from '../../../shared/ui/data-table.component';
import type { TableSource } from '../../../shared/ui/data-table.model';
import { stuckColumns } from './jobs-columns';
import { JobIdsComponent } from './job-ids.component';

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
export class JobsStuckCardComponent {
  readonly source = input.required<TableSource<StuckOutboxView>>();
  /** After how many minutes unrelayed a row counts as stuck. */
  readonly minutes = input.required<number>();
  /** The row an action is under way for. */
  readonly busy = input<string | null>(null);
  readonly resend = output<StuckOutboxView>();

  private readonly i18n = inject(LanguageService);
  private readonly t = (key: string, params?: Record<string, unknown>) =>
    this.i18n.t(key, params);
  protected readonly totalText = (n: number) =>
    this.i18n.t('admin.jobs.totalStuck', { n });
  protected readonly columns = computed(() => stuckColumns(this.t));
  protected readonly rowAttrs = (r: StuckOutboxView) => ({ 'data-id': r.id });
}
