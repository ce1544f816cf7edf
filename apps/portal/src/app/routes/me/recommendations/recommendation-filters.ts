import type { ParamMap, Params } from '@angular/router';
import { RECOMMENDATION_DEFAULT_MIN_SCORE } from '@scenematch/contracts';
import type { RecommendationQuery } from '../../../core/data-access/matching.api';
import { toIsoDate } from '../../../shared/forms/dates';
import {
  pagingFromParams,
  pagingToParams,
} from '../../../shared/list/url-list';

export const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 10;
/** The slider's step: scores are rough, finer steps only add noise to URLs. */
export const MIN_SCORE_STEP = 5;
const CODE = /^[\p{L}\p{N}_\- ]{1,50}$/u;

/**
 * What 为我推荐 shows, as kept in the URL's query parameters (a link or the back button returns to
 * the same list). `domain` is a taxonomy code. Only scenarios still open today are shown unless
 * the user turns that off (`open=0`): a passed deadline is no use to a company.
 */
export interface RecommendationFilters {
  domain: string | null;
  openOnly: boolean;
  /** 0–100, a multiple of MIN_SCORE_STEP; 0: any (显示更多). */
  minScore: number;
  page: number;
  pageSize: number;
}

export const DEFAULT_FILTERS: RecommendationFilters = {
  domain: null,
  openOnly: true,
  minScore: RECOMMENDATION_DEFAULT_MIN_SCORE,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/** A score from the URL: an integer 0–100 snapped down to the slider's step; else 0. */
export function normaliseMinScore(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n <= 0) return 0;
  return Math.min(100, Math.floor(n / MIN_SCORE_STEP) * MIN_SCORE_STEP);
}

/** Filters from the URL; anything malformed falls back to the default. */
export function filtersFromParams(params: ParamMap): RecommendationFilters {
  const one = (name: string) => params.get(name)?.trim() || null;
  const domain = one('domain');
  const open = one('open');
  const minScore = one('minScore');
  return {
    domain: domain && CODE.test(domain) ? domain : null,
    openOnly: open !== '0' && open !== 'false',
    minScore:
      minScore && /^\d{1,3}$/.test(minScore)
        ? normaliseMinScore(minScore)
        : RECOMMENDATION_DEFAULT_MIN_SCORE,
    ...pagingFromParams(params, PAGE_SIZES, DEFAULT_PAGE_SIZE),
  };
}

/** The URL's query parameters: defaults left out, so the plain page is plain /me/recommendations. */
export function filtersToParams(filters: RecommendationFilters): Params {
  const params: Params = {};
  if (filters.domain) params['domain'] = filters.domain;
  if (!filters.openOnly) params['open'] = '0';
  const minScore = normaliseMinScore(filters.minScore);
  if (minScore !== RECOMMENDATION_DEFAULT_MIN_SCORE)
    params['minScore'] = String(minScore);
  return { ...params, ...pagingToParams(filters, DEFAULT_PAGE_SIZE) };
}

/**
 * The API query; "open" means a deadline today or later (`today` is the user's calendar day).
 * The minimum is always sent, 0 included (显示更多), so the list is the one the URL names.
 */
export function filtersToQuery(
  filters: RecommendationFilters,
  today: Date = new Date(),
): RecommendationQuery {
  const minScore = normaliseMinScore(filters.minScore);
  return {
    domain: filters.domain ?? undefined,
    deadlineFrom: filters.openOnly ? toIsoDate(today) : undefined,
    minScore,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/** The query of the domain chart: the current filters but every domain, as many as one page holds. */
export function chartQuery(
  filters: RecommendationFilters,
  pageSize: number,
  today: Date = new Date(),
): RecommendationQuery {
  return filtersToQuery({ ...filters, domain: null, page: 1, pageSize }, today);
}

/** The filters after a change: any change but paging starts again at page 1. */
export function changeFilters(
  current: RecommendationFilters,
  change: Partial<RecommendationFilters>,
): RecommendationFilters {
  const next = { ...current, ...change };
  const pagingOnly = Object.keys(change).every((k) => k === 'page');
  if (!pagingOnly && change.page === undefined) next.page = 1;
  return next;
}

/** Whether the list is narrowed beyond the defaults (then an empty list is the filters' doing). */
export function hasFilters(filters: RecommendationFilters): boolean {
  return (
    !!filters.domain ||
    normaliseMinScore(filters.minScore) > RECOMMENDATION_DEFAULT_MIN_SCORE
  );
}
