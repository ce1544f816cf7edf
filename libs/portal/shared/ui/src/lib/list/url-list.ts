import {
  computed,
  DestroyRef,
  effect,
  inject,
  type Signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import type { ParamMap, Params } from '@angular/router';
import type { Page } from '@scenematch/contracts';
import { merge, Observable, of, Subject, type OperatorFunction } from 'rxjs';
import {
  catchError,
  debounceTime,
  filter,
  map,
  startWith,
  switchMap,
} from 'rxjs/operators';
import type { ApiError } from '@scenematch/contracts';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { UrlFilters } from './url-filters';

/** The longest search the lists send (the API's limit). */
const MAX_QUERY_LENGTH = 50;

/** What every URL-kept list filter has: the paging and, on a search list, the search box and sort. */
export interface UrlListFilters {
  q?: string;
  sort?: string | null;
  page: number;
  pageSize: number;
}

/** A paged list's load: while the next page loads, the previous one stays on screen (dimmed). */
export type ListState<P> =
  | { state: 'loading'; previous: P | null }
  | { state: 'done'; page: P }
  | { state: 'failed'; message: string };

/**
 * Loads the page for each query (a new query cancels the load under way) as {@link ListState}s:
 * first `loading` with the last page loaded, then `done` or `failed` (the API's message, else
 * `loadFailed`). Each call keeps its own last page: use one per list.
 */
export function loadKeepingPrevious<Q, P>(
  load: (query: Q) => Observable<P>,
  loadFailed = '',
  describe: (error: ApiError) => string = (e) => e.message,
): OperatorFunction<Q, ListState<P>> {
  let last: P | null = null;
  return switchMap((query: Q) =>
    load(query).pipe(
      map((page): ListState<P> => {
        last = page;
        return { state: 'done', page };
      }),
      catchError((error: unknown) =>
        of<ListState<P>>({
          state: 'failed',
          message: describe(toApiError(error)) || loadFailed,
        }),
      ),
      startWith<ListState<P>>({ state: 'loading', previous: last }),
    ),
  );
}

/** What a list shows of its {@link ListState}: the page on screen, whether it loads, the failure. */
export function listView<P>(state: Signal<ListState<P>>): {
  page: Signal<P | null>;
  loading: Signal<boolean>;
  failure: Signal<string | null>;
} {
  return {
    page: computed(() => {
      const l = state();
      return l.state === 'done'
        ? l.page
        : l.state === 'loading'
          ? l.previous
          : null;
    }),
    loading: computed(() => state().state === 'loading'),
    failure: computed(() => {
      const l = state();
      return l.state === 'failed' ? l.message : null;
    }),
  };
}

export interface UrlListOptions<
  F extends UrlListFilters,
  P extends Page<unknown>,
> {
  defaults: F;
  fromParams(params: ParamMap): F;
  toParams(filters: F): Params;
  /** The filters after a change (see {@link changeListFilters}). */
  change(current: F, change: Partial<F>): F;
  load(filters: F): Observable<P>;
  /** Shown when the load fails without a message of its own. */
  loadFailed: string;
  /** The message of a failed load (default: the API's). */
  failureMessage?: (error: ApiError) => string;
}

/** Whole number ≥ 1 from a query parameter, else the fallback. */
export function positiveInt(value: string | null, fallback: number): number {
  if (!value || !/^\d{1,6}$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 ? n : fallback;
}

/** Where a paged list stands. */
export interface Paging {
  page: number;
  pageSize: number;
}

/** Page and page size from the URL: a size the list does not offer gives its default. */
export function pagingFromParams(
  params: ParamMap,
  sizes: readonly number[],
  defaultSize: number,
): Paging {
  const one = (name: string) => params.get(name)?.trim() || null;
  const pageSize = positiveInt(one('pageSize'), defaultSize);
  return {
    page: positiveInt(one('page'), 1),
    pageSize: sizes.includes(pageSize) ? pageSize : defaultSize,
  };
}

/** Page and page size as query parameters: the first page and the default size left out. */
export function pagingToParams(paging: Paging, defaultSize: number): Params {
  const params: Params = {};
  if (paging.page > 1) params['page'] = String(paging.page);
  if (paging.pageSize !== defaultSize)
    params['pageSize'] = String(paging.pageSize);
  return params;
}

/**
 * The filters after a change. Any change but moving between pages starts again at page 1: page 3
 * of the old result means nothing for the new one.
 */
export function changeListFilters<F extends { page: number }>(
  current: F,
  change: Partial<F>,
): F {
  const next = { ...current, ...change };
  const pageOnly = Object.keys(change).every((k) => k === 'page');
  if (!pageOnly && change.page === undefined) next.page = 1;
  return next;
}

/**
 * A search list whose search (debounced), filters and paging live in the URL's query parameters,
 * so a link reproduces the list and the back button walks back through searches. While the next
 * page loads the previous one stays on screen; a page past the end moves to the last page.
 * Create it in an injection context (a component's field).
 */
export class UrlList<F extends UrlListFilters, P extends Page<unknown>> {
  private readonly url: UrlFilters<F>;
  private readonly reload$ = new Subject<void>();

  readonly filters: Signal<F>;
  readonly search = new FormControl('', { nonNullable: true });
  readonly state: Signal<ListState<P>>;
  /** The page on screen: while the next one loads, the previous one stays (dimmed). */
  readonly page: Signal<P | null>;
  readonly loading: Signal<boolean>;
  readonly failure: Signal<string | null>;
  /** The page's rows, its total and paging: the list as a table's source. */
  readonly rows = computed(
    () => (this.page()?.items ?? []) as P extends Page<infer T> ? T[] : never,
  );
  readonly total = computed(() => this.page()?.total ?? 0);
  readonly pageIndex = computed(() => this.filters().page);
  readonly pageSize = computed(() => this.filters().pageSize);

  constructor(private readonly options: UrlListOptions<F, P>) {
    this.url = new UrlFilters(options.fromParams, options.defaults);
    const fromUrl$ = this.url.filters$;
    this.filters = this.url.filters;
    this.state = toSignal(
      merge(
        fromUrl$,
        // A retry re-runs the current filters.
        this.reload$.pipe(map(() => this.filters())),
      ).pipe(
        loadKeepingPrevious(
          options.load,
          options.loadFailed,
          options.failureMessage,
        ),
      ),
      {
        initialValue: { state: 'loading', previous: null } as ListState<P>,
      },
    );
    const view = listView(this.state);
    this.page = view.page;
    this.loading = view.loading;
    this.failure = view.failure;

    // The search box follows the URL (back button, links) …
    effect(() => {
      const q = this.filters().q ?? '';
      if (this.search.value.trim() !== q)
        this.search.setValue(q, { emitEvent: false });
    });
    // … and the URL follows the search box once typing pauses.
    this.search.valueChanges
      .pipe(
        debounceTime(350),
        map((v) => v.trim().slice(0, MAX_QUERY_LENGTH)),
        filter((q) => q !== (this.filters().q ?? '')),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((q) => this.apply({ q } as Partial<F>));

    // A page past the end (the list shrank since the link was made): go to the last one.
    effect(() => {
      const l = this.state();
      if (l.state !== 'done') return;
      const { items, total, page, pageSize } = l.page;
      if (!items.length && total > 0 && page > 1)
        this.apply({ page: Math.ceil(total / pageSize) } as Partial<F>, true);
    });
  }

  /** Moves to the list with the changed filters (a new history entry unless `replace`). */
  apply(change: Partial<F>, replace = false): void {
    this.navigate(this.options.change(this.filters(), change), replace);
  }

  searchNow(): void {
    const q = this.search.value.trim().slice(0, MAX_QUERY_LENGTH);
    if (q !== (this.filters().q ?? '')) this.apply({ q } as Partial<F>);
  }

  setPageIndex(page: number): void {
    if (page !== this.filters().page) this.apply({ page } as Partial<F>);
  }

  setPageSize(pageSize: number): void {
    if (pageSize !== this.filters().pageSize)
      this.apply({ pageSize } as Partial<F>);
  }

  /** Clears the search and filters, keeping the sort and page size. */
  reset(): void {
    this.search.setValue('', { emitEvent: false });
    const { sort, pageSize } = this.filters();
    this.navigate({ ...this.options.defaults, sort, pageSize }, false);
  }

  retry(): void {
    this.reload$.next();
  }

  reload(): void {
    this.retry();
  }

  private navigate(filters: F, replace: boolean): void {
    this.url.navigate(this.options.toParams(filters), replace);
  }
}
