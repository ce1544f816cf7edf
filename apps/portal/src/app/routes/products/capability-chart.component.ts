import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import type { DomainCount } from '@scenematch/contracts';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { PRODUCT_TEXTS } from '../../core/i18n/zh-cn.products';

// Tree-shaken ECharts, reached only from a @defer block: it stays out of the initial bundle.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** The largest capability counts shown; the rest are in the filter's list. */
export const CHART_ROWS = 12;

/** Listed products per capability for the current search; a click on a bar filters by it. */
@Component({
  selector: 'sm-capability-chart',
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
    data-testid="capability-chart"
  ></div>`,
  styles: `
    .chart {
      width: 100%;
    }
  `,
})
export class CapabilityChartComponent {
  readonly facets = input.required<readonly DomainCount[]>();
  readonly selected = input<readonly string[]>([]);
  readonly capabilityClick = output<string>();

  /** Largest on top: a horizontal bar chart lists its categories bottom-up. */
  private readonly rows = computed(() =>
    [...this.facets()].slice(0, CHART_ROWS).reverse(),
  );
  protected readonly height = computed(() =>
    Math.max(160, this.rows().length * 26 + 32),
  );

  protected readonly options = computed<EChartsCoreOption>(() => {
    const rows = this.rows();
    const selected = new Set(this.selected());
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => r.name) },
      series: [
        {
          name: PRODUCT_TEXTS.catalogue.chartSeries,
          type: 'bar',
          barMaxWidth: 16,
          cursor: 'pointer',
          label: { show: true, position: 'right' },
          data: rows.map((r) => ({
            value: r.count,
            itemStyle: {
              color: !selected.size || selected.has(r.code) ? '#2f54eb' : '#bfbfbf',
              borderRadius: [0, 4, 4, 0],
            },
          })),
        },
      ],
    };
  });

  protected clicked(event: ECElementEvent): void {
    const row = this.rows()[event.dataIndex];
    if (row) this.capabilityClick.emit(row.code);
  }
}
