import {
  SCENARIO_SORTS,
  type ScenarioListQuery,
  type ScenarioSort,
} from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { listFilters, param } from '@scenematch/portal/shared/ui/list/list-filters';

export const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 10;
const MAX_QUERY_LENGTH = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f-]{36}$/i;
const CODE = /^[\p{L}\p{N}_\- ]{1,50}$/u;

/**
 * What the public list shows, as kept in the URL's query parameters (so that a link or the back
 * button returns to the same list). Domain and capabilities are taxonomy codes.
 */
export interface ScenarioFilters {
  q: string;
  domain: string | null;
  capabilities: string[];
  batch: string | null;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  /** null: the API's default (relevance with a search, else list order). */
  sort: ScenarioSort | null;
  page: number;
  pageSize: number;
}

/**
 * The URL round trip (each filter's query parameter, in the URL's order). Anything malformed
 * (hand-edited links, old bookmarks) falls back to the default instead of producing a request the
 * API would refuse; defaults are left out, so the plain list is plain `/scenarios`.
 */
export const scenarioFilterModel = listFilters<
  ScenarioFilters,
  ScenarioListQuery
>({
  params: {
    q: param.search(MAX_QUERY_LENGTH),
    domain: param.match('domain', CODE),
    capabilities: param.list('capability', CODE),
    batch: param.match('batch', ID),
    deadlineFrom: param.match('deadlineFrom', DATE),
    deadlineTo: param.match('deadlineTo', DATE),
    sort: param.oneOf('sort', SCENARIO_SORTS),
  },
  pageSizes: PAGE_SIZES,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  toQuery: filtersToQuery,
});

/** The API query for the filters, with the domain counts. */
export function filtersToQuery(filters: ScenarioFilters): ScenarioListQuery {
  return {
    q: filters.q.trim() || undefined,
    domain: filters.domain ? [filters.domain] : undefined,
    capability: filters.capabilities.length ? filters.capabilities : undefined,
    batch: filters.batch ?? undefined,
    deadlineFrom: filters.deadlineFrom ?? undefined,
    deadlineTo: filters.deadlineTo ?? undefined,
    sort: filters.sort ?? undefined,
    facets: true,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}
