import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportCategoryRow, SessionReport } from '@scenematch/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { NzTableModule } from 'ng-zorro-antd/table';
import { LanguageService } from '../../../core/i18n/language.service';
import type { Translate } from '../../auth/auth-errors';
import { PARTICIPANT_CATEGORY_KEYS } from '../../sessions/session-keys';
import { StatsChartComponent } from '../stats/stats-chart.component';

/** The measures drawn per kind, with their bar colours. */
const MEASURES: Array<{
  key: keyof Pick<
    ReportCategoryRow,
    'participants' | 'requests' | 'meetings' | 'held' | 'withOutcome'
  >;
  label: string;
  color: string;
}> = [
  {
    key: 'participants',
    label: 'sessionsAdmin.report.participants',
    color: '#91caff',
  },
  { key: 'requests', label: 'sessionsAdmin.report.requests', color: '#ffd666' },
  { key: 'meetings', label: 'sessionsAdmin.report.meetings', color: '#69b1ff' },
  { key: 'held', label: 'sessionsAdmin.report.held', color: '#13a8a8' },
  {
    key: 'withOutcome',
    label: 'sessionsAdmin.report.withOutcome',
    color: '#52c41a',
  },
];

/** Grouped bars: for each kind (AI企业, 政府单位…, 金融机构, 投资机构) participants, requests, meetings, held, with outcome. */
export function byCategoryChartOptions(
  t: Translate,
  report: SessionReport,
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: report.byCategory.map((r) =>
        t(PARTICIPANT_CATEGORY_KEYS[r.category]),
      ),
      axisLabel: { interval: 0, width: 72, overflow: 'break' },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: MEASURES.map((m) => ({
      name: t(m.label),
      type: 'bar',
      barMaxWidth: 18,
      itemStyle: { color: m.color },
      data: report.byCategory.map((r) => r[m.key]),
    })),
  };
}

/** The organiser's report by kind of participant: a bar chart and the same figures as a table. */
@Component({
  selector: 'sm-session-report-kinds',
  imports: [TranslocoPipe, NzTableModule, StatsChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="kinds" data-testid="report-by-kind">
      <h3>{{ 'sessionsAdmin.report.title' | transloco }}</h3>
      @defer {
        <sm-stats-chart
          [options]="options()"
          [height]="300"
          data-testid="report-kind-chart"
        />
      }
      <div class="table-wrap">
        <nz-table
          [nzData]="report().byCategory"
          [nzShowPagination]="false"
          nzSize="small"
          data-testid="report-kind-table"
        >
          <thead>
            <tr>
              <th>{{ 'sessionsAdmin.report.category' | transloco }}</th>
              <th nzAlign="right">
                {{ 'sessionsAdmin.report.participants' | transloco }}
              </th>
              <th nzAlign="right">
                {{ 'sessionsAdmin.report.checkedIn' | transloco }}
              </th>
              <th nzAlign="right">
                {{ 'sessionsAdmin.report.requests' | transloco }}
              </th>
              <th nzAlign="right">
                {{ 'sessionsAdmin.report.meetings' | transloco }}
              </th>
              <th nzAlign="right">
                {{ 'sessionsAdmin.report.held' | transloco }}
              </th>
              <th nzAlign="right">
                {{ 'sessionsAdmin.report.withOutcome' | transloco }}
              </th>
            </tr>
          </thead>
          <tbody>
            @for (r of report().byCategory; track r.category) {
              <tr
                [attr.data-category]="r.category"
                data-testid="report-kind-row"
              >
                <td>{{ categories[r.category] | transloco }}</td>
                <td nzAlign="right">{{ r.participants }}</td>
                <td nzAlign="right">{{ r.checkedIn }}</td>
                <td nzAlign="right">{{ r.requests }}</td>
                <td nzAlign="right">{{ r.meetings }}</td>
                <td nzAlign="right">{{ r.held }}</td>
                <td nzAlign="right">{{ r.withOutcome }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
      </div>
    </div>
  `,
  styles: `
    .kinds {
      margin-top: 16px;
    }
    h3 {
      font-size: 14px;
      margin-bottom: 8px;
    }
    .table-wrap {
      overflow-x: auto;
      margin-top: 8px;
    }
    td,
    th {
      white-space: nowrap;
    }
  `,
})
export class SessionReportKindsComponent {
  readonly report = input.required<SessionReport>();
  private readonly i18n = inject(LanguageService);
  protected readonly categories = PARTICIPANT_CATEGORY_KEYS;
  protected readonly options = computed(() =>
    byCategoryChartOptions(
      (key, params) => this.i18n.t(key, params),
      this.report(),
    ),
  );
}
