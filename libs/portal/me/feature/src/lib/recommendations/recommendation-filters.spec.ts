import { RECOMMENDATION_DEFAULT_MIN_SCORE } from '@scenematch/contracts';
import { convertToParamMap } from '@angular/router';
import type { RecommendationView } from '@scenematch/portal/matching/data-access/matching.api';
import {
  chartQuery,
  filtersToQuery,
  normaliseMinScore,
  recommendationFilterModel,
  type RecommendationFilters,
} from './recommendation-filters';
import { countByDomain } from './recommendation-stats';

const DEFAULTS = recommendationFilterModel.DEFAULT_FILTERS;

const TODAY = new Date(2025, 8, 15, 23, 30); // local time: the user's calendar day

describe('recommendation filters and the URL', () => {
  it('reads the defaults from an empty URL and writes none back', () => {
    const filters = recommendationFilterModel.filtersFromParams(
      convertToParamMap({}),
    );
    expect(filters).toEqual(DEFAULTS);
    expect(filters.openOnly).toBe(true);
    expect(recommendationFilterModel.filtersToParams(filters)).toEqual({});
  });

  it('round-trips every filter', () => {
    const filters: RecommendationFilters = {
      domain: 'smart-healthcare',
      openOnly: false,
      minScore: 60,
      page: 3,
      pageSize: 20,
    };
    const params = recommendationFilterModel.filtersToParams(filters);
    expect(params).toEqual({
      domain: 'smart-healthcare',
      open: '0',
      minScore: '60',
      page: '3',
      pageSize: '20',
    });
    expect(
      recommendationFilterModel.filtersFromParams(convertToParamMap(params)),
    ).toEqual(filters);
  });

  it('falls back to the defaults for malformed values', () => {
    const filters = recommendationFilterModel.filtersFromParams(
      convertToParamMap({
        domain: '<script>',
        open: 'maybe',
        minScore: '-10',
        page: '0',
        pageSize: '7',
      }),
    );
    expect(filters).toEqual(DEFAULTS);
    expect(
      recommendationFilterModel.filtersFromParams(
        convertToParamMap({ minScore: 'abc' }),
      ).minScore,
    ).toBe(RECOMMENDATION_DEFAULT_MIN_SCORE);
  });

  it('opens at the default minimum and keeps 显示更多 (minimum 0) in the URL', () => {
    expect(DEFAULTS.minScore).toBe(RECOMMENDATION_DEFAULT_MIN_SCORE);
    const all = { ...DEFAULTS, minScore: 0 };
    expect(recommendationFilterModel.filtersToParams(all)).toEqual({
      minScore: '0',
    });
    expect(
      recommendationFilterModel.filtersFromParams(
        convertToParamMap({ minScore: '0' }),
      ),
    ).toEqual(all);
    expect(filtersToQuery(all, TODAY).minScore).toBe(0);
  });

  it('accepts open=false as well as open=0, and a domain given by its name', () => {
    const filters = recommendationFilterModel.filtersFromParams(
      convertToParamMap({ open: 'false', domain: '智慧医疗' }),
    );
    expect(filters.openOnly).toBe(false);
    expect(filters.domain).toBe('智慧医疗');
  });

  it('snaps the minimum score to the slider’s step and caps it at 100', () => {
    expect(normaliseMinScore(63)).toBe(60);
    expect(normaliseMinScore('999')).toBe(100);
    expect(normaliseMinScore(0)).toBe(0);
    expect(normaliseMinScore(Number.NaN)).toBe(0);
    expect(
      recommendationFilterModel.filtersFromParams(
        convertToParamMap({ minScore: '87' }),
      ).minScore,
    ).toBe(85);
  });
});

describe('the API query', () => {
  it('asks for scenarios open today unless turned off', () => {
    expect(filtersToQuery(DEFAULTS, TODAY)).toEqual({
      domain: undefined,
      deadlineFrom: '2025-09-15',
      minScore: RECOMMENDATION_DEFAULT_MIN_SCORE,
      page: 1,
      pageSize: 10,
    });
    expect(
      filtersToQuery({ ...DEFAULTS, openOnly: false }, TODAY).deadlineFrom,
    ).toBeUndefined();
  });

  it('passes the domain and a minimum score above 0', () => {
    const query = filtersToQuery(
      { ...DEFAULTS, domain: 'smart-healthcare', minScore: 70, page: 2 },
      TODAY,
    );
    expect(query).toMatchObject({
      domain: 'smart-healthcare',
      minScore: 70,
      page: 2,
    });
  });

  it('counts the chart over every domain, on one large first page', () => {
    const query = chartQuery(
      { ...DEFAULTS, domain: 'smart-healthcare', minScore: 50, page: 4 },
      100,
      TODAY,
    );
    expect(query).toEqual({
      domain: undefined,
      deadlineFrom: '2025-09-15',
      minScore: 50,
      page: 1,
      pageSize: 100,
    });
  });
});

describe('changing filters', () => {
  const current: RecommendationFilters = { ...DEFAULTS, page: 4 };

  it('goes back to page 1 when anything but the page changes', () => {
    expect(
      recommendationFilterModel.changeFilters(current, { minScore: 60 }).page,
    ).toBe(1);
    expect(
      recommendationFilterModel.changeFilters(current, { openOnly: false })
        .page,
    ).toBe(1);
    expect(
      recommendationFilterModel.changeFilters(current, { pageSize: 50 }).page,
    ).toBe(1);
    expect(
      recommendationFilterModel.changeFilters(current, { page: 5 }).page,
    ).toBe(5);
  });

  it('counts only domain and a score above the default minimum as narrowing the list', () => {
    expect(recommendationFilterModel.hasFilters(DEFAULTS)).toBe(false);
    expect(
      recommendationFilterModel.hasFilters({ ...DEFAULTS, openOnly: false }),
    ).toBe(false);
    expect(
      recommendationFilterModel.hasFilters({ ...DEFAULTS, minScore: 0 }),
    ).toBe(false);
    expect(
      recommendationFilterModel.hasFilters({ ...DEFAULTS, minScore: 60 }),
    ).toBe(true);
    expect(
      recommendationFilterModel.hasFilters({ ...DEFAULTS, domain: 'x' }),
    ).toBe(true);
  });
});

describe('countByDomain', () => {
  const rec = (domain: string): RecommendationView => ({
    scenario: {
      id: domain,
      title: domain,
      domain,
      agency: '市卫生健康委',
      deadline: null,
      batch: null,
      status: 'published',
    },
    score: 50,
    reasons: [],
  });

  it('counts per domain, most first, with the taxonomy code for the filter', () => {
    const codes = new Map([
      ['智慧医疗', 'smart-healthcare'],
      ['城市治理', 'city-governance'],
    ]);
    const rows = countByDomain(
      [rec('城市治理'), rec('智慧医疗'), rec('智慧医疗'), rec('未知领域')],
      (name) => codes.get(name),
    );
    expect(rows).toEqual([
      { code: 'smart-healthcare', name: '智慧医疗', count: 2 },
      { code: 'city-governance', name: '城市治理', count: 1 },
      { code: '未知领域', name: '未知领域', count: 1 },
    ]);
  });
});
