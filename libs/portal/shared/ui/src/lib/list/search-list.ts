import { computed } from '@angular/core';
import type { ApiError, Page } from '@scenematch/contracts';
import type { Observable } from 'rxjs';
import { urlListOptions, type ListFilterModel } from './list-filters';
import { UrlList, type UrlListFilters } from './url-list';

/**
 * A {@link UrlList} of a search page (products, scenarios, 为我推荐), built from its filter model
 * (see `listFilters`) and the API query of its filters.
 */
export class SearchList<
  F extends UrlListFilters,
  Q,
  P extends Page<unknown>,
> extends UrlList<F, P> {
  /** The words to highlight in the results. */
  readonly terms = computed(() => this.model.highlightTerms(this.filters()));
  /** Whether anything is filtered. */
  readonly filtered = computed(() => this.model.hasFilters(this.filters()));

  /** The page sizes the pager offers. */
  readonly pageSizes: number[];

  constructor(
    private readonly model: ListFilterModel<F, Q>,
    load: (query: Q) => Observable<P>,
    loadFailed: string,
    failureMessage?: (error: ApiError) => string,
  ) {
    super({
      ...urlListOptions(model),
      load: (filters) => load(model.filtersToQuery(filters)),
      loadFailed,
      failureMessage,
    });
    this.pageSizes = [...model.PAGE_SIZES];
  }
}
