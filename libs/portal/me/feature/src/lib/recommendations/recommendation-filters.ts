import { RECOMMENDATION_DEFAULT_MIN_SCORE } from '@scenematch/contracts';
import type { RecommendationQuery } from '@scenematch/portal/matching/data-access/matching.api';
import { toIsoDate } from '@scenematch/portal/shared/ui/forms/dates';
import {
  listFilters,
  param,
  type FilterParam,
} from '@scenematch/portal/shared/ui/list/list-filters';

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

/** A score from the URL: an integer 0–100 snapped down to the slider's step; else 0. */
export function normaliseMinScore(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n <= 0) return 0;
  return Math.min(100, Math.floor(n / MIN_SCORE_STEP) * MIN_SCORE_STEP);
}

/** Only open scenarios unless `open=0` (or `false`); showing closed ones too narrows nothing. */
const openOnlyParam: FilterParam<boolean> = {
  name: 'open',
  read: (p) => !['0', 'false'].includes(p.value('open') ?? ''),
  write: (openOnly) => (openOnly ? null : '0'),
  narrows: () => false,
};

/**
 * The minimum score: an integer 0–100 snapped to the slider's step, the default left out of the
 * URL; only a minimum above the default narrows the list (below it, 显示更多, widens it).
 */
const minScoreParam: FilterParam<number> = {
  name: 'minScore',
  read: (p) => {
    const value = p.matching('minScore', /^\d{1,3}$/);
    return value ? normaliseMinScore(value) : RECOMMENDATION_DEFAULT_MIN_SCORE;
  },
  write: (minScore) => {
    const n = normaliseMinScore(minScore);
    return n === RECOMMENDATION_DEFAULT_MIN_SCORE ? null : String(n);
  },
  narrows: (minScore) =>
    normaliseMinScore(minScore) > RECOMMENDATION_DEFAULT_MIN_SCORE,
};

/**
 * The URL round trip: anything malformed falls back to the default, and defaults are left out,
 * so the plain page is plain /me/recommendations. The list is narrowed (an empty one is the
 * filters' doing) by a domain or a minimum above the default.
 */
export const recommendationFilterModel = listFilters<
  RecommendationFilters,
  RecommendationQuery
>({
  params: {
    domain: param.match('domain', CODE),
    openOnly: openOnlyParam,
    minScore: minScoreParam,
  },
  pageSizes: PAGE_SIZES,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  toQuery: filtersToQuery,
});

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
