import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BarChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

// Tree-shaken ECharts with the two kinds the report draws, reached only from a @defer block of
// the lazily loaded session page: it stays out of the initial bundle.
echarts.use([
  BarChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** One chart of the session report, drawn from ready-made options (see session-report.ts). */
@Component({
  selector: 'sm-session-report-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    echarts
    class="chart"
    [style.height.px]="height()"
    [options]="options()"
    [initOpts]="{ renderer: 'canvas', locale: 'ZH' }"
  ></div>`,
  styles: `
    .chart {
      width: 100%;
    }
  `,
})
export class SessionReportChartComponent {
  readonly options = input.required<EChartsCoreOption>();
  readonly height = input(280);
}
