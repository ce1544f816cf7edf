import { MATURITIES, type Maturity } from '@scenematch/contracts';
import {
  PRODUCT_SORTS,
  type ProductListQuery,
  type ProductSort,
} from '@scenematch/portal/products/data-access/products.api';
import { listFilters, param } from '@scenematch/portal/shared/ui/list/list-filters';

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

/**
 * The URL round trip (each filter's query parameter, in the URL's order). Anything malformed (a
 * hand-edited link, an old bookmark) falls back to the default instead of becoming a request the
 * API would refuse; defaults are left out, so the plain list is plain `/products`.
 */
export const productFilterModel = listFilters<ProductFilters, ProductListQuery>(
  {
    params: {
      q: param.search(MAX_QUERY_LENGTH),
      capabilities: param.list('capability', CODE, MAX_CAPABILITIES),
      domain: param.match('domain', CODE),
      maturity: param.oneOf('maturity', MATURITIES),
      deploymentMode: param.match('deploymentMode', CODE),
      certification: param.match('certification', CODE),
      launchEvent: param.match('launchEvent', ID),
      sort: param.oneOf('sort', PRODUCT_SORTS),
    },
    pageSizes: PAGE_SIZES,
    defaultPageSize: DEFAULT_PAGE_SIZE,
    toQuery: filtersToQuery,
  },
);

/** The API query for the filters, with the capability and domain counts. */
export function filtersToQuery(filters: ProductFilters): ProductListQuery {
  return {
    q: filters.q.trim() || undefined,
    capability: filters.capabilities.length ? filters.capabilities : undefined,
    domain: filters.domain ? [filters.domain] : undefined,
    maturity: filters.maturity ? [filters.maturity] : undefined,
    deploymentMode: filters.deploymentMode
      ? [filters.deploymentMode]
      : undefined,
    certification: filters.certification ?? undefined,
    launchEvent: filters.launchEvent ?? undefined,
    sort: filters.sort ?? undefined,
    facets: true,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/** Adds a capability to the filter, or takes it out if it is there (facet tags, chart bars). */
export function toggleCapability(
  filters: ProductFilters,
  code: string,
): string[] {
  return filters.capabilities.includes(code)
    ? filters.capabilities.filter((c) => c !== code)
    : [...filters.capabilities, code];
}
