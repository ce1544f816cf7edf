import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, ReactiveFormsModule } from '@angular/forms';
import {
  MATURITIES,
  type LaunchEventView,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { LaunchEventsApi } from '../../core/data-access/launch-events.api';
import { ProductTaxonomyStore } from '../../core/data-access/product-taxonomy.store';
import {
  ProductsApi,
  type ProductSort,
} from '../../core/data-access/products.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { FacetBarChartComponent } from '../../shared/charts/facet-bar-chart.component';
import { UrlList } from '../../shared/list/url-list';
import { ProductCardComponent } from '../../shared/product/product-card.component';
import {
  changeFilters,
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  filtersToQuery,
  hasFilters,
  highlightTerms,
  PAGE_SIZES,
  toggleCapability,
  type ProductFilters,
} from './product-filters';
import { ListResultsComponent } from '../../shared/list/list-results.component';
import { MATURITY_KEYS } from '../../shared/product/product-keys';
import { LanguageService } from '../../core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

/** How many capability facets show as tags above the results (the chart and the select hold all). */
const FACET_TAGS = 16;

/**
 * The public capability list (能力清单): search (debounced), filters and paging live in the URL's
 * query parameters, so a link reproduces the list and the back button walks back through searches.
 */
@Component({
  selector: 'sm-product-list-page',
  imports: [
    TranslocoPipe,
    ListResultsComponent,
    FormsModule,
    ReactiveFormsModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzSkeletonModule,
    NzTagModule,
    ProductCardComponent,
    FacetBarChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-list.page.html',
  styleUrl: './product-list.page.less',
})
export class ProductListPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ProductsApi);
  protected readonly taxonomy = inject(TaxonomyStore);
  protected readonly productTaxonomy = inject(ProductTaxonomyStore);

  protected readonly pageSizes = [...PAGE_SIZES];
  protected readonly sorts: Array<{ value: ProductSort; label: string }> = [
    { value: 'relevance', label: 'products.catalogue.sorts.relevance' },
    { value: 'newest', label: 'products.catalogue.sorts.newest' },
    { value: 'name', label: 'products.catalogue.sorts.name' },
  ];
  protected readonly maturities = MATURITIES.map((value) => ({
    value,
    label: MATURITY_KEYS[value],
  }));
  protected readonly countText = (n: number) =>
    this.i18n.t('products.catalogue.resultCount', { n });

  protected readonly list = new UrlList({
    defaults: DEFAULT_FILTERS,
    fromParams: filtersFromParams,
    toParams: filtersToParams,
    change: changeFilters,
    load: (filters: ProductFilters) => this.api.list(filtersToQuery(filters)),
    loadFailed: this.i18n.t('products.catalogue.loadFailed'),
  });
  protected readonly filters = this.list.filters;
  protected readonly search = this.list.search;
  /** The page on screen: while the next one loads, the previous one stays (dimmed). */
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
  protected readonly terms = computed(() => highlightTerms(this.filters()));
  protected readonly filtered = computed(() => hasFilters(this.filters()));

  protected readonly capabilityFacets = computed(
    () => this.page()?.facets?.capabilities ?? [],
  );
  protected readonly facetTags = computed(() => {
    const selected = this.filters().capabilities;
    const facets = this.capabilityFacets();
    // The chosen ones stay visible even when they fall out of the top counts.
    const top = facets.slice(0, FACET_TAGS);
    const rest = facets.filter(
      (f, i) => i >= FACET_TAGS && selected.includes(f.code),
    );
    return [...top, ...rest];
  });
  /** Every capability, with its count in the current result where it has one. */
  protected readonly capabilityOptions = computed(() => {
    const counts = new Map(this.capabilityFacets().map((f) => [f.code, f.count]));
    return this.taxonomy.capabilities().map((c) => ({
      code: c.code,
      label: `${c.name}（${counts.get(c.code) ?? 0}）`,
    }));
  });
  protected readonly domainOptions = computed(() => {
    const counts = new Map(
      (this.page()?.facets?.domains ?? []).map((f) => [f.code, f.count]),
    );
    return this.taxonomy.domains().map((d) => ({
      code: d.code,
      label: `${d.name}（${counts.get(d.code) ?? 0}）`,
    }));
  });
  protected readonly events = toSignal(
    inject(LaunchEventsApi)
      .list()
      .pipe(catchError(() => of([] as LaunchEventView[]))),
    { initialValue: [] as LaunchEventView[] },
  );
  /** Only released events have products in the public list. */
  protected readonly eventOptions = computed(() =>
    this.events().filter((e) => e.status === 'released'),
  );

  constructor() {
    this.taxonomy.load();
    this.productTaxonomy.load();
  }

  protected apply(change: Partial<ProductFilters>): void {
    this.list.apply(change);
  }

  protected toggleCapability(code: string): void {
    this.apply({ capabilities: toggleCapability(this.filters(), code) });
  }
}
