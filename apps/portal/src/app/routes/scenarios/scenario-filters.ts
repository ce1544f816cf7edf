import type { ParamMap, Params } from '@angular/router';
import { highlightTermsOf } from '@scenematch/contracts';
import {
  SCENARIO_SORTS,
  type ScenarioListQuery,
  type ScenarioSort,
} from '../../core/data-access/scenarios.api';
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

export const DEFAULT_FILTERS: ScenarioFilters = {
  q: '',
  domain: null,
  capabilities: [],
  batch: null,
  deadlineFrom: null,
  deadlineTo: null,
  sort: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/**
 * Filters from the URL. Anything malformed (hand-edited links, old bookmarks) falls back to the
 * default instead of producing a request the API would refuse.
 */
export function filtersFromParams(params: ParamMap): ScenarioFilters {
  const read = listParams(params);
  return {
    q: read.search(MAX_QUERY_LENGTH),
    domain: read.matching('domain', CODE),
    capabilities: read.list('capability', CODE),
    batch: read.matching('batch', ID),
    deadlineFrom: read.matching('deadlineFrom', DATE),
    deadlineTo: read.matching('deadlineTo', DATE),
    sort: read.oneOf('sort', SCENARIO_SORTS),
    ...pagingFromParams(params, PAGE_SIZES, DEFAULT_PAGE_SIZE),
  };
}

/**
 * The URL's query parameters for the filters: defaults left out, so the plain list is plain
 * `/scenarios` and each filter has one spelling.
 */
export function filtersToParams(filters: ScenarioFilters): Params {
  return {
    ...nonEmptyParams({
      q: filters.q,
      domain: filters.domain,
      capability: filters.capabilities,
      batch: filters.batch,
      deadlineFrom: filters.deadlineFrom,
      deadlineTo: filters.deadlineTo,
      sort: filters.sort,
    }),
    ...pagingToParams(filters, DEFAULT_PAGE_SIZE),
  };
}

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

/** The filters after a change: any change but moving between pages starts again at page 1. */
export const changeFilters = changeListFilters<ScenarioFilters>;

/** Whether any filter beyond paging and sort is set (the 清除筛选 button). */
export function hasFilters(filters: ScenarioFilters): boolean {
  return narrowsList(filtersToParams(filters));
}

/** What to mark in the results: the terms the API matched on (the shared text pipeline's). */
export function highlightTerms(filters: ScenarioFilters): string[] {
  return highlightTermsOf(filters.q);
}
