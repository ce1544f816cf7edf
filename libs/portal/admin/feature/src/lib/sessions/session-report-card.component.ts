import { formatPercent } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
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
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import {
  FOLLOW_UP_ANSWER_KEYS,
  MEETING_OUTCOME_KEYS,
} from '@scenematch/portal/sessions/ui/session-keys';
import { checkinRate } from './session-agenda';
import { bySlotChartOptions, outcomesChartOptions } from './session-report';
import { StatsChartComponent } from '../stats/stats-chart.component';
import { SessionReportKindsComponent } from './session-report-kinds.component';
import { SessionPart } from './session-part';

/** One figure of the report: its catalogue label, its value and an optional line under it. */
interface ReportFigure {
  testId: string;
  label: string;
  value: string;
  sub?: string;
}

/** The session's report: figures, outcome and follow-up counts, and two charts (meetings per slot, outcomes). */
@Component({
  selector: 'sm-session-report-card',
  imports: [
    TranslocoPipe,
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

  private readonly locale = inject(LOCALE_ID);
  /** The figures at the top: each a label, its value and a muted line under it. */
  protected readonly figures = computed((): ReportFigure[] => {
    const r = this.report();
    if (!r) return [];
    const t = this.translate;
    const registered = r.participants.enterprises + r.participants.agencies;
    return [
      {
        testId: 'report-held',
        label: 'sessionsAdmin.outcomes.held',
        value: `${r.meetings.held} / ${r.meetings.scheduled}`,
      },
      {
        testId: 'report-companies',
        label: 'sessionsAdmin.outcomes.companiesServed',
        value: String(r.companiesServed),
        sub: t('sessionsAdmin.outcomes.agenciesServed', {
          n: r.agenciesServed,
        }),
      },
      {
        testId: 'report-checkin',
        label: 'sessionsAdmin.outcomes.checkinRate',
        value: formatPercent(checkinRate(r) / 100, this.locale, '1.0-0'),
        sub: t('sessionsAdmin.outcomes.checkinValue', {
          checkedIn: r.participants.checkedIn,
          registered,
        }),
      },
      {
        testId: 'report-no-shows',
        label: 'sessionsAdmin.outcomes.noShows',
        value: String(r.participants.noShows),
      },
      {
        testId: 'report-placed',
        label: 'sessionsAdmin.outcomes.placed',
        value: String(r.requests.placed),
        sub: t('sessionsAdmin.outcomes.placedValue', {
          total: r.requests.total,
        }),
      },
    ];
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
