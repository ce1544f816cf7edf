import { convertToParamMap, type ParamMap, type Params } from '@angular/router';
import { highlightTermsOf } from '@scenematch/contracts';
import {
  changeListFilters,
  pagingFromParams,
  pagingToParams,
  type Paging,
  type UrlListFilters,
  type UrlListOptions,
} from './url-list';
import {
  listParams,
  narrowsList,
  nonEmptyParams,
  type ListParams,
} from './url-params';

/**
 * One filter of a URL-kept list: how it is read from the query parameters (malformed: the
 * default), how it is written back (null or blank: left out of the URL) and whether a value
 * narrows the list (the reset button shows; default: whenever it is written).
 */
export interface FilterParam<T> {
  /** The query parameter's name. */
  readonly name: string;
  read(params: ListParams): T;
  write(value: T): string | readonly string[] | null;
  narrows?(value: T): boolean;
}

/** The common kinds of {@link FilterParam}. */
export const param = {
  /** The search box's text (`q`), cut to the API's limit. */
  search: (maxLength = 50): FilterParam<string> => ({
    name: 'q',
    read: (p) => p.search(maxLength),
    write: (v) => v,
  }),
  /** A single value of the expected form (a taxonomy code, an id, a date). */
  match: (name: string, form: RegExp): FilterParam<string | null> => ({
    name,
    read: (p) => p.matching(name, form),
    write: (v) => v,
  }),
  /** One of a fixed set of values (a sort, a status). */
  oneOf: <T extends string>(
    name: string,
    allowed: readonly T[],
  ): FilterParam<T | null> => ({
    name,
    read: (p) => p.oneOf(name, allowed),
    write: (v) => v,
  }),
  /** The distinct values of a repeated or comma-joined parameter, at most `max` of them. */
  list: (
    name: string,
    form: RegExp,
    max = Infinity,
  ): FilterParam<string[]> => ({
    name,
    read: (p) => p.list(name, form).slice(0, max),
    write: (v) => v,
  }),
};

/** The query parameter of each filter (paging aside), in the URL's order. */
export type FilterParams<F extends Paging> = {
  [K in Exclude<keyof F, keyof Paging>]: FilterParam<F[K]>;
};

/** A list's filters and the URL (see {@link listFilters}). */
export interface ListFilterModel<F extends Paging, Q = unknown> {
  readonly PAGE_SIZES: readonly number[];
  readonly DEFAULT_PAGE_SIZE: number;
  /** What an empty URL gives. */
  readonly DEFAULT_FILTERS: F;
  /** Filters from the URL; anything malformed falls back to the default. */
  filtersFromParams(params: ParamMap): F;
  /** The URL's query parameters: defaults left out, so the plain list has a plain URL. */
  filtersToParams(filters: F): Params;
  /** The filters after a change: any change but moving between pages starts again at page 1. */
  changeFilters(current: F, change: Partial<F>): F;
  /** The API query for the filters. */
  filtersToQuery(filters: F): Q;
  /** Whether the filters narrow the list (the reset button shows). */
  hasFilters(filters: F): boolean;
  /** What to mark in the results: the terms the API matched on (the search's, if any). */
  highlightTerms(filters: F): string[];
}

/**
 * The URL round trip of a list's filters, from each filter's query parameter: products,
 * scenarios, 为我推荐 and the audit log declare their filters (and their API query) and share the
 * reading, writing, paging and what counts as filtered.
 */
export function listFilters<F extends Paging, Q>(options: {
  params: FilterParams<F>;
  pageSizes: readonly number[];
  defaultPageSize: number;
  toQuery: (filters: F) => Q;
}): ListFilterModel<F, Q> {
  const { pageSizes, defaultPageSize } = options;
  const entries = Object.entries(options.params) as Array<
    [keyof F & string, FilterParam<unknown>]
  >;

  const filtersFromParams = (params: ParamMap): F => {
    const read = listParams(params);
    const filters = Object.fromEntries(
      entries.map(([key, filter]) => [key, filter.read(read)]),
    );
    return {
      ...filters,
      ...pagingFromParams(params, pageSizes, defaultPageSize),
    } as F;
  };
  const written = (filters: F) =>
    nonEmptyParams(
      Object.fromEntries(
        entries.map(([key, filter]) => [
          filter.name,
          filter.write(filters[key]),
        ]),
      ),
    );
  const narrows = (filters: F) =>
    entries.some(([key, filter]) =>
      filter.narrows
        ? filter.narrows(filters[key])
        : narrowsList(
            nonEmptyParams({ [filter.name]: filter.write(filters[key]) }),
          ),
    );

  return {
    PAGE_SIZES: pageSizes,
    DEFAULT_PAGE_SIZE: defaultPageSize,
    DEFAULT_FILTERS: filtersFromParams(convertToParamMap({})),
    filtersFromParams,
    filtersToParams: (filters) => ({
      ...written(filters),
      ...pagingToParams(filters, defaultPageSize),
    }),
    changeFilters: changeListFilters<F>,
    filtersToQuery: options.toQuery,
    hasFilters: narrows,
    highlightTerms: (filters) => {
      const q = (filters as { q?: unknown }).q;
      return typeof q === 'string' ? highlightTermsOf(q) : [];
    },
  };
}

/** A {@link UrlList}'s URL round trip from a filter model: its defaults, reading, writing, change. */
export function urlListOptions<F extends Paging>(
  model: ListFilterModel<F, unknown>,
): Pick<
  UrlListOptions<F & UrlListFilters, never>,
  'defaults' | 'fromParams' | 'toParams' | 'change'
> {
  return {
    defaults: model.DEFAULT_FILTERS,
    fromParams: model.filtersFromParams,
    toParams: model.filtersToParams,
    change: model.changeFilters,
  };
}
