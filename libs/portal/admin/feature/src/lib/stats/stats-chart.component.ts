import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';

// Tree-shaken ECharts with the kinds the dashboard and the session report draw, reached only from
// lazily loaded routes (and @defer blocks there), so it stays out of the initial bundle.
echarts.use([
  LineChart,
  BarChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** One chart drawn from ready-made options: the dashboard's (stats-format.ts), a session report's (session-report.ts). */
@Component({
  selector: 'sm-stats-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    echarts
    class="chart"
    [style.height.px]="height()"
    [options]="options()"
    [initOpts]="{ renderer: 'canvas', locale: locale }"
  ></div>`,
  styles: `
    .chart {
      width: 100%;
    }
  `,
})
export class StatsChartComponent {
  readonly options = input.required<EChartsCoreOption>();
  readonly height = input(300);
  /** ECharts' own texts (none shown today; set at the chart's start) in the reader's language. */
  protected readonly locale =
    inject(LanguageService).language() === 'en' ? 'EN' : 'ZH';
}
