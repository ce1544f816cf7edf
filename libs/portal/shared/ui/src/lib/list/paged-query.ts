import {
  computed,
  signal,
  type Signal,
  type WritableSignal,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import type { Page } from '@scenematch/contracts';
import type { Observable } from 'rxjs';
import type { TableSource } from '../ui/data-table.component';
import { Reloadable } from '../ui/reloadable-list';

/** The paging a {@link PagedQuery} adds to its filters in each request. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * A server-paged list kept in the component (not the URL): its filters, the page on screen, the
 * load (the previous page stays while the next loads; a failure gives the API's message) and a
 * reload. Any change of filters starts again at page 1. A {@link TableSource} for sm-data-table.
 * Create it in an injection context (a component's field).
 */
export class PagedQuery<F extends object, T> implements TableSource<T> {
  readonly filters;
  readonly pageIndex = signal(1);
  readonly pageSize;
  private readonly list: Reloadable<Page<T>, F & PageRequest>;

  readonly page: Signal<Page<T> | null>;
  readonly loading: Signal<boolean>;
  readonly failure: Signal<string | null>;
  readonly rows = computed(() => this.page()?.items ?? []);
  readonly total = computed(() => this.page()?.total ?? 0);

  constructor(
    load: (query: F & PageRequest) => Observable<Page<T>>,
    filters: F,
    pageSize = 20,
  ) {
    this.filters = signal<F>(filters);
    this.pageSize = signal(pageSize);
    const query = computed(() => ({
      ...this.filters(),
      page: this.pageIndex(),
      pageSize: this.pageSize(),
    }));
    this.list = new Reloadable(load, toObservable(query));
    this.page = this.list.value;
    this.loading = this.list.loading;
    this.failure = this.list.failure;
  }

  /** Changes filters and goes back to page 1. */
  set(change: Partial<F>): void {
    this.filters.update((f) => ({ ...f, ...change }));
    this.pageIndex.set(1);
  }

  setPageIndex(page: number): void {
    this.pageIndex.set(page);
  }

  setPageSize(pageSize: number): void {
    this.pageSize.set(pageSize);
    this.pageIndex.set(1);
  }

  reload(): void {
    this.list.reload();
  }
}

/**
 * A {@link TableSource} of a loaded page (a Reloadable's value, loading, failure and reload) and
 * the page number the component keeps: for lists whose query is built otherwise than by
 * {@link PagedQuery} (a debounced search, several inputs combined).
 */
export function pageSource<T>(
  list: {
    value: Signal<Page<T> | null>;
    loading: Signal<boolean>;
    failure: Signal<string | null>;
    reload(): void;
  },
  pageIndex: WritableSignal<number>,
  pageSize: number,
): TableSource<T> {
  return {
    rows: () => list.value()?.items ?? [],
    total: () => list.value()?.total ?? 0,
    loading: list.loading,
    failure: list.failure,
    reload: () => list.reload(),
    pageIndex,
    pageSize: () => pageSize,
    setPageIndex: (page) => pageIndex.set(page),
  };
}
