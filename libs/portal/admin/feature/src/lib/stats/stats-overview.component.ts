import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import type { StatsOverview } from '@scenematch/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { StatsChartComponent } from './stats-chart.component';
import {
  domainOptions,
  funnelOptions,
  outcomeOptions,
  statsFigures,
  trendOptions,
} from './stats-format';

/** One chart card of the dashboard: catalogue keys of its title and hint, its options (null: no data). */
interface ChartCard {
  key: string;
  title: string;
  hint?: string;
  options: EChartsCoreOption | null;
  height: number;
  /** Across the whole row on wide screens too. */
  wide?: boolean;
}

/** The dashboard's body for one overview: the figure cards, then the trend, domain, funnel and outcome charts. */
@Component({
  selector: 'sm-stats-overview',
  imports: [
    NzCardModule,
    NzGridModule,
    NzIconModule,
    NzTooltipModule,
    StatsChartComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../admin-page.less', './stats.page.less'],
  template: `
    <div nz-row [nzGutter]="[16, 16]" data-testid="stats-figures">
      @for (f of figures(); track f.key) {
        <div nz-col [nzXs]="12" [nzMd]="8" [nzXl]="6">
          <nz-card class="figure" [attr.data-testid]="'figure-' + f.key">
            <div class="label">{{ f.label }}</div>
            <div class="value" data-testid="figure-value">{{ f.value }}</div>
            @if (f.hint) {
              <div class="hint">{{ f.hint }}</div>
            }
          </nz-card>
        </div>
      }
    </div>

    <div nz-row [nzGutter]="[16, 16]" class="charts">
      @for (c of charts(); track c.key) {
        <div nz-col [nzXs]="24" [nzLg]="c.wide ? 24 : 12">
          <nz-card
            [nzTitle]="c.title | transloco"
            [nzExtra]="c.hint ? hint : undefined"
            [attr.data-testid]="'chart-' + c.key"
          >
            @if (c.options) {
              <sm-stats-chart [options]="c.options" [height]="c.height" />
            } @else {
              <div class="empty">
                {{ 'stats.dashboard.charts.empty' | transloco }}
              </div>
            }
          </nz-card>
          <ng-template #hint>
            <span class="muted" [nz-tooltip]="c.hint | transloco"
              ><nz-icon nzType="question-circle"
            /></span>
          </ng-template>
        </div>
      }
    </div>
  `,
})
export class StatsOverviewComponent {
  private readonly i18n = inject(LanguageService);
  private readonly t = (key: string, params?: Record<string, unknown>) =>
    this.i18n.t(key, params);

  readonly overview = input.required<StatsOverview>();

  protected readonly figures = computed(() =>
    statsFigures(this.overview(), this.t),
  );
  /** The chart cards in order; a chart without data shows 暂无数据 in its place. */
  protected readonly charts = computed((): ChartCard[] => {
    const o = this.overview();
    return [
      {
        key: 'trend',
        title: 'stats.dashboard.charts.trend',
        options: trendOptions(o, this.t),
        height: 320,
        wide: true,
      },
      {
        key: 'domains',
        title: 'stats.dashboard.charts.domains',
        options: o.scenarios.byDomain.length ? domainOptions(o, this.t) : null,
        height: Math.max(160, o.scenarios.byDomain.length * 28 + 32),
      },
      {
        key: 'funnel',
        title: 'stats.dashboard.charts.funnel',
        hint: 'stats.dashboard.charts.funnelHint',
        options: funnelOptions(o, this.t),
        height: 300,
      },
      {
        key: 'outcomes',
        title: 'stats.dashboard.charts.outcomes',
        options: o.sessions.meetingsHeld ? outcomeOptions(o, this.t) : null,
        height: 300,
      },
    ];
  });
}
