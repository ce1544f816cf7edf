import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import type { StatsOverview } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { LanguageService } from '../../../core/i18n/language.service';
import { StatsChartComponent } from './stats-chart.component';
import {
  domainOptions,
  funnelOptions,
  outcomeOptions,
  statsFigures,
  trendOptions,
} from './stats-format';

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
      <div nz-col [nzXs]="24">
        <nz-card
          [nzTitle]="'stats.dashboard.charts.trend' | transloco"
          data-testid="chart-trend"
        >
          <sm-stats-chart [options]="trend()" [height]="320" />
        </nz-card>
      </div>
      <div nz-col [nzXs]="24" [nzLg]="12">
        <nz-card
          [nzTitle]="'stats.dashboard.charts.domains' | transloco"
          data-testid="chart-domains"
        >
          @if (overview().scenarios.byDomain.length) {
            <sm-stats-chart
              [options]="domainChart()"
              [height]="domainHeight()"
            />
          } @else {
            <div class="empty">
              {{ 'stats.dashboard.charts.empty' | transloco }}
            </div>
          }
        </nz-card>
      </div>
      <div nz-col [nzXs]="24" [nzLg]="12">
        <nz-card
          [nzTitle]="'stats.dashboard.charts.funnel' | transloco"
          [nzExtra]="funnelHint"
          data-testid="chart-funnel"
        >
          <sm-stats-chart [options]="funnel()" [height]="300" />
        </nz-card>
        <ng-template #funnelHint>
          <span
            class="muted"
            [nz-tooltip]="'stats.dashboard.charts.funnelHint' | transloco"
            ><nz-icon nzType="question-circle"
          /></span>
        </ng-template>
      </div>
      <div nz-col [nzXs]="24" [nzLg]="12">
        <nz-card
          [nzTitle]="'stats.dashboard.charts.outcomes' | transloco"
          data-testid="chart-outcomes"
        >
          @if (overview().sessions.meetingsHeld) {
            <sm-stats-chart [options]="outcomes()" [height]="300" />
          } @else {
            <div class="empty">
              {{ 'stats.dashboard.charts.empty' | transloco }}
            </div>
          }
        </nz-card>
      </div>
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
  protected readonly trend = computed(() =>
    trendOptions(this.overview(), this.t),
  );
  protected readonly domainChart = computed(() =>
    domainOptions(this.overview(), this.t),
  );
  protected readonly funnel = computed(() =>
    funnelOptions(this.overview(), this.t),
  );
  protected readonly outcomes = computed(() =>
    outcomeOptions(this.overview(), this.t),
  );
  protected readonly domainHeight = computed(() =>
    Math.max(160, this.overview().scenarios.byDomain.length * 28 + 32),
  );
}
