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
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  DataTableComponent,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import type { Translate } from '@scenematch/portal/auth/ui/auth-errors';
import { PARTICIPANT_CATEGORY_KEYS } from '@scenematch/portal/sessions/ui/session-keys';
import { StatsChartComponent } from '../stats/stats-chart.component';
import { groupedBarsOptions } from './session-report';

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
  return groupedBarsOptions(
    report.byCategory.map((r) => t(PARTICIPANT_CATEGORY_KEYS[r.category])),
    MEASURES.map((m) => ({
      name: t(m.label),
      color: m.color,
      data: report.byCategory.map((r) => r[m.key]),
    })),
    {
      top: 56,
      barMaxWidth: 18,
      axisLabel: { interval: 0, width: 72, overflow: 'break' },
    },
  );
}

/** The organiser's report by kind of participant: a bar chart and the same figures as a table. */
@Component({
  selector: 'sm-session-report-kinds',
  imports: [TranslocoPipe, DataTableComponent, StatsChartComponent],
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
        <sm-data-table
          [rows]="report().byCategory"
          [columns]="columns()"
          [paged]="false"
          tableSize="small"
          testId="report-kind-table"
          rowTestId="report-kind-row"
          [rowAttrs]="rowAttrs"
        />
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
    .table-wrap ::ng-deep td,
    .table-wrap ::ng-deep th {
      white-space: nowrap;
    }
  `,
})
export class SessionReportKindsComponent {
  readonly report = input.required<SessionReport>();
  private readonly i18n = inject(LanguageService);
  protected readonly rowAttrs = (r: ReportCategoryRow) => ({
    'data-category': r.category,
  });
  protected readonly options = computed(() =>
    byCategoryChartOptions(
      (key, params) => this.i18n.t(key, params),
      this.report(),
    ),
  );
  /** The kind, then each measure of the chart with 已签到 after the participants, right-aligned. */
  protected readonly columns = computed<TableColumn<ReportCategoryRow>[]>(
    () => {
      const t = (key: string) => this.i18n.t(key);
      const figures: Array<{
        key: Exclude<keyof ReportCategoryRow, 'category' | 'label'>;
        label: string;
      }> = [
        MEASURES[0],
        { key: 'checkedIn', label: 'sessionsAdmin.report.checkedIn' },
        ...MEASURES.slice(1),
      ];
      return [
        {
          key: 'category',
          title: t('sessionsAdmin.report.category'),
          value: (r) => t(PARTICIPANT_CATEGORY_KEYS[r.category]),
        },
        ...figures.map(
          (f): TableColumn<ReportCategoryRow> => ({
            key: f.key,
            title: t(f.label),
            align: 'right',
            value: (r) => r[f.key],
          }),
        ),
      ];
    },
  );
}
