import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
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
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';

// Tree-shaken ECharts, reached only from @defer blocks: it stays out of the initial bundle.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/**
 * The counts of a search's facets (domains, capabilities) as horizontal bars, largest on top; a
 * click on a bar emits its code (the lists filter by it). Chosen bars keep the colour, the others
 * turn grey.
 */
@Component({
  selector: 'sm-facet-bar-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    echarts
    class="chart"
    [style.height.px]="height()"
    [options]="options()"
    [initOpts]="{
      renderer: 'canvas',
      locale: i18n.language() === 'en' ? 'EN' : 'ZH',
    }"
    (chartClick)="clicked($event)"
    [attr.data-testid]="testId()"
  ></div>`,
  styles: `
    .chart {
      width: 100%;
    }
  `,
})
export class FacetBarChartComponent {
  /** Largest first, as the API counts them. */
  readonly facets = input.required<readonly DomainCount[]>();
  /** The chosen code(s); none chosen: every bar in colour. */
  readonly selected = input<string | readonly string[] | null>(null);
  readonly seriesName = input.required<string>();
  /** Only the largest this many (the rest are in the filter's list). */
  readonly maxRows = input<number | null>(null);
  readonly color = input('#1677ff');
  readonly rowHeight = input(28);
  readonly minHeight = input(160);
  readonly barMaxWidth = input(18);
  readonly testId = input<string | null>(null);
  /** Bars filter the list (a pointer on them); false: a chart only to read. */
  readonly clickable = input(true);
  readonly barClick = output<string>();
  protected readonly i18n = inject(LanguageService);

  /** Largest on top: a horizontal bar chart lists its categories bottom-up. */
  private readonly rows = computed(() => {
    const max = this.maxRows();
    const facets = max === null ? this.facets() : this.facets().slice(0, max);
    return [...facets].reverse();
  });
  protected readonly height = computed(() =>
    Math.max(this.minHeight(), this.rows().length * this.rowHeight() + 32),
  );

  protected readonly options = computed<EChartsCoreOption>(() => {
    const rows = this.rows();
    const chosen = this.selected();
    const selected = new Set(
      !chosen ? [] : typeof chosen === 'string' ? [chosen] : chosen,
    );
    const color = this.color();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => r.name) },
      series: [
        {
          name: this.seriesName(),
          type: 'bar',
          barMaxWidth: this.barMaxWidth(),
          cursor: this.clickable() ? 'pointer' : 'default',
          label: { show: true, position: 'right' },
          data: rows.map((r) => ({
            value: r.count,
            itemStyle: {
              color: !selected.size || selected.has(r.code) ? color : '#bfbfbf',
              borderRadius: [0, 4, 4, 0],
            },
          })),
        },
      ],
    };
  });

  protected clicked(event: ECElementEvent): void {
    const row = this.rows()[event.dataIndex];
    if (row) this.barClick.emit(row.code);
  }
}
