import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import type { LaunchEventView } from '@scenematch/contracts';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { LaunchEventsApi } from '@scenematch/portal/products/data-access/launch-events.api';
import { ProductTaxonomyStore } from '@scenematch/portal/products/data-access/product-taxonomy.store';
import {
  ProductsApi,
  type ProductSort,
} from '@scenematch/portal/products/data-access/products.api';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { FacetChartCardComponent } from '@scenematch/portal/shared/ui/list/facet-chart-card.component';
import { FacetTagsComponent } from '@scenematch/portal/shared/ui/list/facet-tags.component';
import { ListShellComponent } from '@scenematch/portal/shared/ui/list/list-shell.component';
import type { ListShellKeys } from '@scenematch/portal/shared/ui/list/list-shell.component';
import { SearchFiltersComponent } from '@scenematch/portal/shared/ui/list/search-filters.component';
import { SearchList } from '@scenematch/portal/shared/ui/list/search-list';
import { softSignal } from '@scenematch/portal/shared/ui/ui/soft-signal';
import { ProductCardComponent } from '@scenematch/portal/shared/ui/product/product-card.component';
import { productFilterModel, toggleCapability } from './product-filters';
import { countsOf, selectFilters } from './product-list-selects';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
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
    FacetChartCardComponent,
    FacetTagsComponent,
    ListShellComponent,
    NzGridModule,
    ProductCardComponent,
    SearchFiltersComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-list.page.html',
})
export class ProductListPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ProductsApi);
  protected readonly taxonomy = inject(TaxonomyStore);
  protected readonly productTaxonomy = inject(ProductTaxonomyStore);

  protected readonly sorts: Array<{ value: ProductSort; label: string }> = [
    { value: 'relevance', label: 'products.catalogue.sorts.relevance' },
    { value: 'newest', label: 'products.catalogue.sorts.newest' },
    { value: 'name', label: 'products.catalogue.sorts.name' },
  ];

  /** The list's texts (catalogue keys). */
  protected readonly keys: ListShellKeys = {
    title: 'products.catalogue.title',
    lead: 'products.catalogue.lead',
    searchPlaceholder: 'products.catalogue.searchPlaceholder',
    resetFilters: 'products.catalogue.resetFilters',
    resultCount: 'products.catalogue.resultCount',
    loadFailed: 'products.catalogue.loadFailed',
    empty: 'products.catalogue.empty',
    emptyHint: 'products.catalogue.emptyHint',
  };

  protected readonly list = new SearchList(
    productFilterModel,
    (query) => this.api.list(query),
    this.i18n.t('products.catalogue.loadFailed'),
  );
  protected readonly filters = this.list.filters;

  protected readonly capabilityFacets = computed(
    () => this.list.page()?.facets?.capabilities ?? [],
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
  private readonly events = softSignal(
    inject(LaunchEventsApi).list(),
    [] as LaunchEventView[],
  );
  protected readonly selects = computed(() =>
    selectFilters({
      capabilities: this.taxonomy.capabilities(),
      capabilityCounts: countsOf(this.capabilityFacets()),
      domains: this.taxonomy.domains(),
      domainCounts: countsOf(this.list.page()?.facets?.domains),
      maturityName: (key) => this.i18n.t(key),
      deploymentModes: this.productTaxonomy.deploymentModes(),
      certifications: this.productTaxonomy.certifications(),
      events: this.events(),
    }),
  );

  constructor() {
    this.taxonomy.load();
    this.productTaxonomy.load();
  }

  protected toggleCapability(code: string): void {
    this.list.apply({ capabilities: toggleCapability(this.filters(), code) });
  }
}
