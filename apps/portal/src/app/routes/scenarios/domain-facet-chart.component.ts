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
import { SCENARIO_TEXTS } from '../../core/i18n/zh-cn.scenarios';

// Tree-shaken ECharts, reached only from a @defer block: it stays out of the initial bundle.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Scenarios per application domain for the current search; a click on a bar filters by it. */
@Component({
  selector: 'sm-domain-facet-chart',
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
  ></div>`,
  styles: `
    .chart {
      width: 100%;
    }
  `,
})
export class DomainFacetChartComponent {
  readonly facets = input.required<readonly DomainCount[]>();
  readonly selected = input<string | null>(null);
  readonly domainClick = output<string>();

  /** Tall enough for one readable bar per domain. */
  protected readonly height = computed(() =>
    Math.max(160, this.facets().length * 28 + 32),
  );

  protected readonly options = computed<EChartsCoreOption>(() => {
    // Largest on top: a horizontal bar chart lists its categories bottom-up.
    const rows = [...this.facets()].reverse();
    const selected = this.selected();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => r.name) },
      series: [
        {
          name: SCENARIO_TEXTS.scenarios.chartSeries,
          type: 'bar',
          barMaxWidth: 18,
          cursor: 'pointer',
          label: { show: true, position: 'right' },
          data: rows.map((r) => ({
            value: r.count,
            itemStyle: {
              color: !selected || r.code === selected ? '#1677ff' : '#bfbfbf',
              borderRadius: [0, 4, 4, 0],
            },
          })),
        },
      ],
    };
  });

  protected clicked(event: ECElementEvent): void {
    const rows = [...this.facets()].reverse();
    const row = rows[event.dataIndex];
    if (row) this.domainClick.emit(row.code);
  }
}
