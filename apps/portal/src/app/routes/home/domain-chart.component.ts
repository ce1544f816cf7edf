import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { LanguageService } from '../../core/i18n/language.service';
import type { DomainView } from '../../core/data-access/platform.api';

// Tree-shaken ECharts: only the bar chart, its grid and tooltip, drawn on canvas. This file is
// reached only from a @defer block, so ECharts stays out of the initial bundle.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Number of application domains in each domain group, as a horizontal bar chart. */
export function domainsByGroup(
  domains: readonly DomainView[],
  otherGroup: string,
): Array<{ group: string; count: number }> {
  const counts = new Map<string, number>();
  for (const d of domains)
    counts.set(d.group || otherGroup, (counts.get(d.group || otherGroup) ?? 0) + 1);
  return [...counts]
    .map(([group, count]) => ({ group, count }))
    .sort((a, b) => b.count - a.count);
}

@Component({
  selector: 'sm-domain-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    echarts
    class="chart"
    [options]="options()"
    [initOpts]="{ renderer: 'canvas', locale: i18n.language() === 'en' ? 'EN' : 'ZH' }"
  ></div>`,
  styles: `
    .chart {
      height: 320px;
      width: 100%;
    }
  `,
})
export class DomainChartComponent {
  readonly domains = input.required<readonly DomainView[]>();
  protected readonly i18n = inject(LanguageService);

  protected readonly options = computed<EChartsCoreOption>(() => {
    // Largest group on top: a horizontal bar chart lists categories bottom-up.
    const rows = domainsByGroup(
      this.domains(),
      this.i18n.t('home.chartOtherGroup'),
    ).reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => r.group) },
      series: [
        {
          name: this.i18n.t('home.chartSeries'),
          type: 'bar',
          data: rows.map((r) => r.count),
          barMaxWidth: 24,
          itemStyle: { color: '#1677ff', borderRadius: [0, 4, 4, 0] },
          label: { show: true, position: 'right' },
        },
      ],
    };
  });
}
