import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { FacetBarChartComponent } from '../charts/facet-bar-chart.component';
import type { DomainCount } from '@scenematch/contracts';

/**
 * The side card of a search list: its result's facets as a bar chart (loaded once the card
 * scrolls into view; a click on a bar emits the facet's code), an empty note once a load found
 * nothing, a skeleton until then.
 */
@Component({
  selector: 'sm-facet-chart-card',
  imports: [
    FacetBarChartComponent,
    NzCardModule,
    NzEmptyModule,
    NzSkeletonModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .hint {
      font-size: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .chart-placeholder {
      height: 240px;
    }
  `,
  template: `
    <nz-card
      [nzTitle]="title()"
      [nzExtra]="hint() ? hintTpl : undefined"
      [attr.data-testid]="cardTestId()"
    >
      @if (facets().length) {
        @defer (on viewport) {
          <sm-facet-bar-chart
            [facets]="facets()"
            [selected]="selected()"
            [seriesName]="seriesName()"
            [maxRows]="maxRows()"
            [color]="color()"
            [rowHeight]="rowHeight()"
            [barMaxWidth]="barMaxWidth()"
            [testId]="chartTestId()"
            (barClick)="barClick.emit($event)"
          />
        } @placeholder {
          <div class="chart-placeholder"></div>
        }
      } @else if (settled()) {
        <!-- Nothing found: nothing to count (a skeleton would promise a chart that never comes). -->
        <nz-empty
          nzNotFoundImage="simple"
          [nzNotFoundContent]="'common.chartEmpty' | transloco"
          data-testid="chart-empty"
        />
      } @else {
        <nz-skeleton [nzActive]="true" [nzTitle]="false" />
      }
    </nz-card>
    <ng-template #hintTpl><span class="hint">{{ hint() }}</span></ng-template>
  `,
})
export class FacetChartCardComponent {
  readonly facets = input.required<readonly DomainCount[]>();
  readonly selected = input<string | readonly string[] | null>(null);
  readonly title = input.required<string>();
  readonly hint = input('');
  readonly seriesName = input.required<string>();
  /** A page has loaded and none is loading: no facets then means nothing found. */
  readonly settled = input(false);
  readonly cardTestId = input<string | null>(null);
  // Handed on to sm-facet-bar-chart (same defaults).
  readonly maxRows = input<number | null>(null);
  readonly color = input('#1677ff');
  readonly rowHeight = input(28);
  readonly barMaxWidth = input(18);
  readonly chartTestId = input<string | null>(null);
  readonly barClick = output<string>();
}
