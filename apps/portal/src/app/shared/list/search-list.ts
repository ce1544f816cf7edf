import { computed } from '@angular/core';
import type { ParamMap, Params } from '@angular/router';
import type { Page } from '@scenematch/contracts';
import type { ApiError } from '@scenematch/contracts';
import type { Observable } from 'rxjs';
import { UrlList, type UrlListFilters } from './url-list';

/**
 * What a list's filters module exports (see products/product-filters.ts,
 * scenarios/scenario-filters.ts and me/recommendations/recommendation-filters.ts, each built with
 * `listFilters`): the defaults, the URL round trip, the API query, and what the list shows of the
 * filters.
 */
export interface SearchFiltersModule<F extends UrlListFilters, Q> {
  readonly DEFAULT_FILTERS: F;
  filtersFromParams(params: ParamMap): F;
  filtersToParams(filters: F): Params;
  changeFilters(current: F, change: Partial<F>): F;
  filtersToQuery(filters: F): Q;
  /** Whether anything is filtered (the reset button shows). */
  hasFilters(filters: F): boolean;
  /** The words to highlight in the results. */
  highlightTerms(filters: F): string[];
}

/** A {@link UrlList} of a search page (products, scenarios, 为我推荐), built from its filters module. */
export class SearchList<
  F extends UrlListFilters,
  Q,
  P extends Page<unknown>,
> extends UrlList<F, P> {
  /** The words to highlight in the results. */
  readonly terms = computed(() => this.module.highlightTerms(this.filters()));
  /** Whether anything is filtered. */
  readonly filtered = computed(() => this.module.hasFilters(this.filters()));

  constructor(
    private readonly module: SearchFiltersModule<F, Q>,
    load: (query: Q) => Observable<P>,
    loadFailed: string,
    failureMessage?: (error: ApiError) => string,
  ) {
    super({
      defaults: module.DEFAULT_FILTERS,
      fromParams: module.filtersFromParams,
      toParams: module.filtersToParams,
      change: module.changeFilters,
      load: (filters) => load(module.filtersToQuery(filters)),
      loadFailed,
      failureMessage,
    });
  }
}
