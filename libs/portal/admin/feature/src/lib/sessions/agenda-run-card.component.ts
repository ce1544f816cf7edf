import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AgendaRunView, AgendaView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { RUN_STATUS_KEYS } from './session-admin-keys';
import { gapPercent, idleGapsText, runPercent, runSummary } from './session-agenda';

const RUN_PROGRESS_STATUS: Record<AgendaRunView['status'], 'active' | 'success' | 'exception' | 'normal'> = {
  queued: 'normal',
  running: 'active',
  completed: 'success',
  failed: 'exception',
};

/** The last agenda run: its progress while it runs, then its figures (and the solver's, folded away). */
@Component({
  selector: 'sm-agenda-run-card',
  imports: [TranslocoPipe, BeijingTimePipe, NzAlertModule, NzCardModule, NzProgressModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda-run-card.component.html',
  styles: `
    .muted { color: rgba(0, 0, 0, 0.45); }
    .block { margin-bottom: 16px; }
    .stats { display: flex; flex-wrap: wrap; gap: 16px 40px; margin-top: 12px; }
    .stat-value { font-size: 22px; font-weight: 600; }
    .stat-value.small { font-size: 14px; line-height: 33px; }
    .run-details { margin-top: 8px; font-size: 12px; }
    .run-details span { margin-right: 16px; }
  `,
})
export class AgendaRunCardComponent {
  private readonly i18n = inject(LanguageService);
  private readonly translate = (key: string, params?: Record<string, unknown>) => this.i18n.t(key, params);

  readonly run = input<AgendaRunView | null>(null);
  /** The agenda the run made (its requests placed). */
  readonly agenda = input<AgendaView | null>(null);
  /** The run is still going on. */
  readonly live = input(false);

  protected readonly runStatuses = RUN_STATUS_KEYS;
  protected readonly progressStatus = RUN_PROGRESS_STATUS;
  protected readonly percent = runPercent;
  protected readonly gapPercent = gapPercent;

  protected idleGapsText(run: AgendaRunView): string {
    return idleGapsText(this.translate, run);
  }

  protected summary(run: AgendaRunView) {
    return runSummary(this.translate, run, this.agenda());
  }
}
