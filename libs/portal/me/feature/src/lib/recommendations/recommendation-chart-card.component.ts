import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { merge, of, Subject } from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  map,
  switchMap,
} from 'rxjs/operators';
import {
  MatchingApi,
  MAX_PAGE_SIZE,
  type RecommendationView,
} from '@scenematch/portal/matching/data-access/matching.api';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { FacetBarChartComponent } from '@scenematch/portal/shared/ui/charts/facet-bar-chart.component';
import {
  chartQuery,
  type RecommendationFilters,
} from './recommendation-filters';
import { countByDomain } from './recommendation-stats';

/**
 * The domain spread of the recommendations under the current filters: the chart counts every
 * domain (the domain filter only picks the highlighted bar); a click on a bar emits its code.
 */
@Component({
  selector: 'sm-recommendation-chart-card',
  imports: [
    NzCardModule,
    NzSkeletonModule,
    FacetBarChartComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .small {
      font-size: 12px;
    }
    .chart-placeholder {
      height: 200px;
    }
  `,
  template: `
    <nz-card
      [nzTitle]="'matching.recommendations.chartTitle' | transloco"
      data-testid="recommendation-chart-card"
    >
      @if (chartRows(); as rows) {
        @if (rows.length) {
          <p class="muted small">
            {{
              'matching.recommendations.chartHint' | transloco: { n: chartSize }
            }}
          </p>
          @defer (on viewport) {
            <sm-facet-bar-chart
              [facets]="rows"
              [selected]="filters().domain"
              [seriesName]="'matching.recommendations.chartSeries' | transloco"
              color="#13a8a8"
              testId="recommendation-chart"
              (barClick)="domainClick.emit($event)"
            />
          } @placeholder {
            <div class="chart-placeholder"></div>
          }
        } @else {
          <span class="muted">{{
            'matching.recommendations.chartEmpty' | transloco
          }}</span>
        }
      } @else {
        <nz-skeleton [nzActive]="true" [nzTitle]="false" />
      }
    </nz-card>
  `,
})
export class RecommendationChartCardComponent {
  private readonly api = inject(MatchingApi);
  private readonly taxonomy = inject(TaxonomyStore);

  readonly filters = input.required<RecommendationFilters>();
  readonly domainClick = output<string>();

  protected readonly chartSize = MAX_PAGE_SIZE;
  private readonly reload$ = new Subject<void>();

  private readonly items = toSignal(
    merge(
      toObservable(this.filters).pipe(
        map((filters) => chartQuery(filters, MAX_PAGE_SIZE)),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      ),
      this.reload$.pipe(map(() => chartQuery(this.filters(), MAX_PAGE_SIZE))),
    ).pipe(
      switchMap((query) =>
        this.api.recommendations(query).pipe(
          map((p): RecommendationView[] | null => p.items),
          catchError(() => of([] as RecommendationView[])),
        ),
      ),
    ),
    { initialValue: null as RecommendationView[] | null },
  );
  protected readonly chartRows = computed(() => {
    const items = this.items();
    if (!items) return null;
    const codes = new Map(this.taxonomy.domains().map((d) => [d.name, d.code]));
    return countByDomain(items, (name) => codes.get(name));
  });

  constructor() {
    this.taxonomy.load();
  }

  reload(): void {
    this.reload$.next();
  }
}
