import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import {
  MATURITIES,
  MATURITY_LABELS,
  type LaunchEventView,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { merge, Observable, of, Subject } from 'rxjs';
import {
  catchError,
  debounceTime,
  filter,
  map,
  startWith,
  switchMap,
} from 'rxjs/operators';
import { LaunchEventsApi } from '../../core/data-access/launch-events.api';
import { ProductTaxonomyStore } from '../../core/data-access/product-taxonomy.store';
import {
  ProductsApi,
  type ProductPage,
  type ProductSort,
} from '../../core/data-access/products.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { toApiError } from '../../core/http/api-error';
import { TEXTS } from '../../core/i18n/zh-cn';
import { PRODUCT_TEXTS } from '../../core/i18n/zh-cn.products';
import { ProductCardComponent } from '../../shared/product/product-card.component';
import { CapabilityChartComponent } from './capability-chart.component';
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

type ListState =
  | { state: 'loading'; previous: ProductPage | null }
  | { state: 'done'; page: ProductPage }
  | { state: 'failed'; message: string };

/** How many capability facets show as tags above the results (the chart and the select hold all). */
const FACET_TAGS = 16;

/**
 * The public capability list (能力清单): search (debounced), filters and paging live in the URL's
 * query parameters, so a link reproduces the list and the back button walks back through searches.
 */
@Component({
  selector: 'sm-product-list-page',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzPaginationModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    NzTagModule,
    ProductCardComponent,
    CapabilityChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-list.page.html',
  styleUrl: './product-list.page.less',
})
export class ProductListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(ProductsApi);
  protected readonly taxonomy = inject(TaxonomyStore);
  protected readonly productTaxonomy = inject(ProductTaxonomyStore);

  protected readonly t = PRODUCT_TEXTS.catalogue;
  protected readonly common = TEXTS.common;
  protected readonly pageSizes = [...PAGE_SIZES];
  protected readonly sorts = (
    Object.entries(PRODUCT_TEXTS.catalogue.sorts) as Array<[ProductSort, string]>
  ).map(([value, label]) => ({ value, label }));
  protected readonly maturities = MATURITIES.map((value) => ({
    value,
    label: MATURITY_LABELS[value],
  }));

  protected readonly filters = toSignal(
    this.route.queryParamMap.pipe(map(filtersFromParams)),
    { initialValue: DEFAULT_FILTERS },
  );
  protected readonly terms = computed(() => highlightTerms(this.filters()));
  protected readonly filtered = computed(() => hasFilters(this.filters()));

  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly reload$ = new Subject<void>();
  private lastPage: ProductPage | null = null;

  protected readonly list = toSignal(
    merge(
      this.route.queryParamMap.pipe(map(filtersFromParams)),
      // A retry re-runs the current filters.
      this.reload$.pipe(map(() => this.filters())),
    ).pipe(switchMap((filters) => this.load(filters))),
    { initialValue: { state: 'loading', previous: null } as ListState },
  );

  /** The page on screen: while the next one loads, the previous one stays (dimmed). */
  protected readonly page = computed<ProductPage | null>(() => {
    const l = this.list();
    return l.state === 'done' ? l.page : l.state === 'loading' ? l.previous : null;
  });
  protected readonly loading = computed(() => this.list().state === 'loading');
  protected readonly failure = computed(() => {
    const l = this.list();
    return l.state === 'failed' ? l.message : null;
  });
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
    const destroyRef = inject(DestroyRef);

    // The search box follows the URL (back button, links) …
    effect(() => {
      const q = this.filters().q;
      if (this.search.value.trim() !== q)
        this.search.setValue(q, { emitEvent: false });
    });
    // … and the URL follows the search box once typing pauses.
    this.search.valueChanges
      .pipe(
        debounceTime(350),
        map((v) => v.trim().slice(0, 50)),
        filter((q) => q !== this.filters().q),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((q) => this.apply({ q }));

    // A page past the end (the list shrank since the link was made): go to the last one.
    effect(() => {
      const l = this.list();
      if (l.state !== 'done') return;
      const { items, total, page, pageSize } = l.page;
      if (!items.length && total > 0 && page > 1)
        this.apply({ page: Math.ceil(total / pageSize) }, true);
    });
  }

  private load(filters: ProductFilters): Observable<ListState> {
    return this.api.list(filtersToQuery(filters)).pipe(
      map((page): ListState => {
        this.lastPage = page;
        return { state: 'done', page };
      }),
      catchError((error: unknown) =>
        of<ListState>({
          state: 'failed',
          message: toApiError(error).message || this.t.loadFailed,
        }),
      ),
      startWith<ListState>({ state: 'loading', previous: this.lastPage }),
    );
  }

  /** Moves to the list with the changed filters (a new history entry unless `replace`). */
  protected apply(change: Partial<ProductFilters>, replace = false): void {
    const next = changeFilters(this.filters(), change);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(next),
      replaceUrl: replace,
    });
  }

  protected searchNow(): void {
    const q = this.search.value.trim().slice(0, 50);
    if (q !== this.filters().q) this.apply({ q });
  }

  protected toggleCapability(code: string): void {
    this.apply({ capabilities: toggleCapability(this.filters(), code) });
  }

  protected setPageIndex(page: number): void {
    if (page !== this.filters().page) this.apply({ page });
  }

  protected setPageSize(pageSize: number): void {
    if (pageSize !== this.filters().pageSize) this.apply({ pageSize });
  }

  protected reset(): void {
    this.search.setValue('', { emitEvent: false });
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams({
        ...DEFAULT_FILTERS,
        sort: this.filters().sort,
        pageSize: this.filters().pageSize,
      }),
    });
  }

  protected retry(): void {
    this.reload$.next();
  }
}
