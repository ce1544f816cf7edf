import type { ParamMap, Params } from '@angular/router';
import { highlightTermsOf, MATURITIES, type Maturity } from '@scenematch/contracts';
import {
  PRODUCT_SORTS,
  type ProductListQuery,
  type ProductSort,
} from '../../core/data-access/products.api';
import {
  changeListFilters,
  pagingFromParams,
  pagingToParams,
} from '../../shared/list/url-list';
import {
  listParams,
  narrowsList,
  nonEmptyParams,
} from '../../shared/list/url-params';

export const PAGE_SIZES = [12, 24, 48] as const;
export const DEFAULT_PAGE_SIZE = 12;
const MAX_QUERY_LENGTH = 50;
const MAX_CAPABILITIES = 30;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Taxonomy codes and names: letters (Chinese too), digits, a few separators. */
const CODE = /^[\p{L}\p{N}_\-/（）()“”" ]{1,50}$/u;

/**
 * What the capability list shows, kept in the URL's query parameters so that a link (or the back
 * button) returns to the same list. Capabilities, domain and deployment mode are taxonomy codes;
 * the certification is a kind's code or name.
 */
export interface ProductFilters {
  q: string;
  capabilities: string[];
  domain: string | null;
  maturity: Maturity | null;
  deploymentMode: string | null;
  certification: string | null;
  launchEvent: string | null;
  /** null: the API's default (relevance with a search, else newest). */
  sort: ProductSort | null;
  page: number;
  pageSize: number;
}

export const DEFAULT_FILTERS: ProductFilters = {
  q: '',
  capabilities: [],
  domain: null,
  maturity: null,
  deploymentMode: null,
  certification: null,
  launchEvent: null,
  sort: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/**
 * Filters from the URL. Anything malformed (a hand-edited link, an old bookmark) falls back to
 * the default instead of becoming a request the API would refuse.
 */
export function filtersFromParams(params: ParamMap): ProductFilters {
  const read = listParams(params);
  const code = (name: string) => read.matching(name, CODE);
  return {
    q: read.search(MAX_QUERY_LENGTH),
    capabilities: read.list('capability', CODE).slice(0, MAX_CAPABILITIES),
    domain: code('domain'),
    maturity: read.oneOf('maturity', MATURITIES),
    deploymentMode: code('deploymentMode'),
    certification: code('certification'),
    launchEvent: read.matching('launchEvent', ID),
    sort: read.oneOf('sort', PRODUCT_SORTS),
    ...pagingFromParams(params, PAGE_SIZES, DEFAULT_PAGE_SIZE),
  };
}

/**
 * The URL's query parameters for the filters: defaults left out, so the plain list is plain
 * `/products` and each filter has one spelling.
 */
export function filtersToParams(filters: ProductFilters): Params {
  return {
    ...nonEmptyParams({
      q: filters.q,
      capability: filters.capabilities,
      domain: filters.domain,
      maturity: filters.maturity,
      deploymentMode: filters.deploymentMode,
      certification: filters.certification,
      launchEvent: filters.launchEvent,
      sort: filters.sort,
    }),
    ...pagingToParams(filters, DEFAULT_PAGE_SIZE),
  };
}

/** The API query for the filters, with the capability and domain counts. */
export function filtersToQuery(filters: ProductFilters): ProductListQuery {
  return {
    q: filters.q.trim() || undefined,
    capability: filters.capabilities.length ? filters.capabilities : undefined,
    domain: filters.domain ? [filters.domain] : undefined,
    maturity: filters.maturity ? [filters.maturity] : undefined,
    deploymentMode: filters.deploymentMode ? [filters.deploymentMode] : undefined,
    certification: filters.certification ?? undefined,
    launchEvent: filters.launchEvent ?? undefined,
    sort: filters.sort ?? undefined,
    facets: true,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/** The filters after a change: any change but moving between pages starts again at page 1. */
export const changeFilters = changeListFilters<ProductFilters>;

/** Adds a capability to the filter, or takes it out if it is there (facet tags, chart bars). */
export function toggleCapability(
  filters: ProductFilters,
  code: string,
): string[] {
  return filters.capabilities.includes(code)
    ? filters.capabilities.filter((c) => c !== code)
    : [...filters.capabilities, code];
}

/** Whether any filter beyond paging and sort is set (the 清除筛选 button). */
export function hasFilters(filters: ProductFilters): boolean {
  return narrowsList(filtersToParams(filters));
}

/** What to mark in the results: the terms the API matched on (the shared text pipeline's). */
export function highlightTerms(filters: ProductFilters): string[] {
  return highlightTermsOf(filters.q);
}
