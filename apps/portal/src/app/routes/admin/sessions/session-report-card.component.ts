import { PercentPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FOLLOW_UP_ANSWERS,
  formatBeijing,
  MEETING_OUTCOMES,
  type AgendaView,
  type SessionReport,
} from '@scenematch/contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { toApiError } from '../../../core/http/api-error';
import { beijingTime } from '../../../shared/text/beijing-time';
import { PageStateComponent } from '../../../shared/ui/page-state.component';
import {
  FOLLOW_UP_ANSWER_KEYS,
  MEETING_OUTCOME_KEYS,
} from '../../sessions/session-keys';
import { checkinRate } from './session-agenda';
import { bySlotChartOptions, outcomesChartOptions } from './session-report';
import { StatsChartComponent } from '../stats/stats-chart.component';
import { SessionReportKindsComponent } from './session-report-kinds.component';
import { SessionPart } from './session-part';

/** The session's report: figures, outcome and follow-up counts, and two charts (meetings per slot, outcomes). */
@Component({
  selector: 'sm-session-report-card',
  imports: [
    TranslocoPipe,
    PercentPipe,
    NzCardModule,
    NzEmptyModule,
    PageStateComponent,
    StatsChartComponent,
    SessionReportKindsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-report-card.component.html',
  styleUrl: './session-outcomes.component.less',
})
export class SessionReportCardComponent extends SessionPart implements OnInit {
  private readonly translate = (
    key: string,
    params?: Record<string, unknown>,
  ) => this.i18n.t(key, params);

  /** The agenda's slots (the per-slot chart's labels). */
  readonly slotTimes = input<AgendaView['slotTimes']>([]);

  protected readonly followUpAnswers = FOLLOW_UP_ANSWERS;
  protected readonly followUpLabels = FOLLOW_UP_ANSWER_KEYS;
  protected readonly when = formatBeijing;
  protected readonly outcomeOptions = MEETING_OUTCOMES.map((o) => ({
    value: o,
    label: MEETING_OUTCOME_KEYS[o],
  }));
  protected readonly report = signal<SessionReport | null>(null);
  protected readonly reportError = signal<string | null>(null);

  protected readonly registered = computed(() => {
    const r = this.report();
    return r ? r.participants.enterprises + r.participants.agencies : 0;
  });
  protected readonly rate = computed(() => {
    const r = this.report();
    return r ? checkinRate(r) / 100 : 0;
  });
  protected readonly slotChart = computed(() => {
    const r = this.report();
    if (!r) return null;
    const labels = this.slotTimes().map((s) => beijingTime(s.startsAt, 'time'));
    return bySlotChartOptions(this.translate, r, labels);
  });
  protected readonly outcomeChart = computed(() => {
    const r = this.report();
    return r ? outcomesChartOptions(this.translate, r) : null;
  });
  protected readonly hasOutcomes = computed(
    () => (this.report()?.meetings.withOutcome ?? 0) > 0,
  );

  ngOnInit(): void {
    this.reload();
  }

  /** Reads the report (again, after an outcome was saved). */
  reload(): void {
    this.api.report(this.session().id).subscribe({
      next: (report) => {
        this.report.set(report);
        this.reportError.set(null);
      },
      error: (error: unknown) =>
        this.reportError.set(toApiError(error).message),
    });
  }
}
