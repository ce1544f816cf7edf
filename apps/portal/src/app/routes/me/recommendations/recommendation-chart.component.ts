import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { LanguageService } from '../../../core/i18n/language.service';
import type { DomainCountRow } from './recommendation-stats';

// Tree-shaken ECharts, reached only from a @defer block: it stays out of the initial bundle.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Recommended scenarios per domain; a click on a bar filters the list by that domain. */
@Component({
  selector: 'sm-recommendation-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    echarts
    class="chart"
    [style.height.px]="height()"
    [options]="options()"
    [initOpts]="{ renderer: 'canvas', locale: 'ZH' }"
    (chartClick)="clicked($event)"
    data-testid="recommendation-chart"
  ></div>`,
  styles: `
    .chart {
      width: 100%;
    }
  `,
})
export class RecommendationChartComponent {
  private readonly lang = inject(LanguageService);
  readonly rows = input.required<readonly DomainCountRow[]>();
  readonly selected = input<string | null>(null);
  readonly domainClick = output<string>();

  /** Largest on top: a horizontal bar chart lists its categories bottom-up. */
  private readonly bars = computed(() => [...this.rows()].reverse());
  protected readonly height = computed(() =>
    Math.max(140, this.bars().length * 28 + 32),
  );

  protected readonly options = computed<EChartsCoreOption>(() => {
    const bars = this.bars();
    const selected = this.selected();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: bars.map((r) => r.name) },
      series: [
        {
          name: this.lang.t('matching.recommendations.chartSeries'),
          type: 'bar',
          barMaxWidth: 18,
          cursor: 'pointer',
          label: { show: true, position: 'right' },
          data: bars.map((r) => ({
            value: r.count,
            itemStyle: {
              color: !selected || r.code === selected ? '#13a8a8' : '#bfbfbf',
              borderRadius: [0, 4, 4, 0],
            },
          })),
        },
      ],
    };
  });

  protected clicked(event: ECElementEvent): void {
    const row = this.bars()[event.dataIndex];
    if (row) this.domainClick.emit(row.code);
  }
}
