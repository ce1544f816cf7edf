import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MATURITIES, type LaunchEventView } from '@scenematch/contracts';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { LaunchEventsApi } from '../../core/data-access/launch-events.api';
import { ProductTaxonomyStore } from '../../core/data-access/product-taxonomy.store';
import {
  ProductsApi,
  type ProductSort,
} from '../../core/data-access/products.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { FacetChartCardComponent } from '../../shared/list/facet-chart-card.component';
import { FacetTagsComponent } from '../../shared/list/facet-tags.component';
import { ListShellComponent } from '../../shared/list/list-shell.component';
import { ListSortComponent } from '../../shared/list/list-sort.component';
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
import { MATURITY_KEYS } from '../../shared/product/product-keys';
import { LanguageService } from '../../core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

/** The one-of filters shown as plain selects, in their order on the page. */
type SelectKey =
  | 'domain'
  | 'maturity'
  | 'deploymentMode'
  | 'certification'
  | 'launchEvent';

interface SelectFilter {
  key: SelectKey;
  placeholder: string;
  label: string;
  testId: string;
  /** Type to search among the options. */
  search: boolean;
  /** The options' names come from the catalogues (the page walker checks them). */
  translated: boolean;
  options: Array<{ value: string; label: string }>;
}

/** The counts of a result's facets by code. */
function countsOf(
  facets: ReadonlyArray<{ code: string; count: number }> | undefined,
): Map<string, number> {
  return new Map((facets ?? []).map((f) => [f.code, f.count]));
}

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
    FormsModule,
    ListShellComponent,
    ListSortComponent,
    NzGridModule,
    NzSelectModule,
    ProductCardComponent,
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

  protected readonly pageSizes = [...PAGE_SIZES];
  protected readonly sorts: Array<{ value: ProductSort; label: string }> = [
    { value: 'relevance', label: 'products.catalogue.sorts.relevance' },
    { value: 'newest', label: 'products.catalogue.sorts.newest' },
    { value: 'name', label: 'products.catalogue.sorts.name' },
  ];
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
  protected readonly terms = computed(() => highlightTerms(this.filters()));
  protected readonly filtered = computed(() => hasFilters(this.filters()));

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
  /** Every capability, with its count in the current result where it has one. */
  protected readonly capabilityOptions = computed(() => {
    const counts = countsOf(this.capabilityFacets());
    return this.taxonomy.capabilities().map((c) => ({
      code: c.code,
      label: `${c.name}（${counts.get(c.code) ?? 0}）`,
    }));
  });
  private readonly events = toSignal(
    inject(LaunchEventsApi)
      .list()
      .pipe(catchError(() => of([] as LaunchEventView[]))),
    { initialValue: [] as LaunchEventView[] },
  );
  protected readonly selects = computed((): SelectFilter[] => {
    const domains = countsOf(this.list.page()?.facets?.domains);
    const t = this.productTaxonomy;
    const named = (items: Array<{ code: string; name: string }>) =>
      items.map((i) => ({ value: i.code, label: i.name }));
    const select = (
      key: SelectKey,
      [placeholder, label]: [string, string],
      testId: string,
      options: SelectFilter['options'],
      search = false,
      translated = false,
    ): SelectFilter => ({
      key,
      placeholder,
      label,
      testId,
      search,
      translated,
      options,
    });
    return [
      select(
        'domain',
        ['products.catalogue.allDomains', 'products.catalogue.domain'],
        'filter-domain',
        this.taxonomy.domains().map((d) => ({
          value: d.code,
          label: `${d.name}（${domains.get(d.code) ?? 0}）`,
        })),
        true,
      ),
      select(
        'maturity',
        ['products.catalogue.anyMaturity', 'products.catalogue.maturity'],
        'filter-maturity',
        MATURITIES.map((m) => ({
          value: m,
          label: this.i18n.t(MATURITY_KEYS[m]),
        })),
        false,
        true,
      ),
      select(
        'deploymentMode',
        [
          'products.catalogue.anyDeploymentMode',
          'products.catalogue.deploymentMode',
        ],
        'filter-deployment',
        named(t.deploymentModes()),
      ),
      select(
        'certification',
        [
          'products.catalogue.anyCertification',
          'products.catalogue.certification',
        ],
        'filter-certification',
        named(t.certifications()),
        true,
      ),
      // Only released events have products in the public list.
      select(
        'launchEvent',
        ['products.catalogue.anyLaunchEvent', 'products.catalogue.launchEvent'],
        'filter-launch-event',
        this.events()
          .filter((e) => e.status === 'released')
          .map((e) => ({ value: e.id, label: e.title })),
      ),
    ];
  });

  constructor() {
    this.taxonomy.load();
    this.productTaxonomy.load();
  }

  protected apply(change: Partial<ProductFilters>): void {
    this.list.apply(change);
  }

  protected setFilter(key: SelectKey, value: string | null): void {
    this.apply({ [key]: value ?? null });
  }

  protected toggleCapability(code: string): void {
    this.apply({ capabilities: toggleCapability(this.filters(), code) });
  }
}
