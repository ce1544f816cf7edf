import { convertToParamMap } from '@angular/router';
import {
  filtersToQuery,
  scenarioFilterModel,
  type ScenarioFilters,
} from './scenario-filters';

const DEFAULTS = scenarioFilterModel.DEFAULT_FILTERS;

const BATCH = '6f1c1b2e-9d7a-4c1e-8a55-0b7d3c2e9f10';

describe('scenario filters ↔ query parameters', () => {
  it('reads an empty URL as the default list', () => {
    expect(scenarioFilterModel.filtersFromParams(convertToParamMap({}))).toEqual(DEFAULTS);
    expect(scenarioFilterModel.filtersToParams(DEFAULTS)).toEqual({});
  });

  it('round-trips every filter through the URL', () => {
    const filters: ScenarioFilters = {
      q: '影像 诊断',
      domain: 'health',
      capabilities: ['cv', 'llm'],
      batch: BATCH,
      deadlineFrom: '2026-01-01',
      deadlineTo: '2026-06-30',
      sort: 'deadline',
      page: 3,
      pageSize: 20,
    };
    const params = scenarioFilterModel.filtersToParams(filters);
    expect(params).toEqual({
      q: '影像 诊断',
      domain: 'health',
      capability: 'cv,llm',
      batch: BATCH,
      deadlineFrom: '2026-01-01',
      deadlineTo: '2026-06-30',
      sort: 'deadline',
      page: '3',
      pageSize: '20',
    });
    expect(scenarioFilterModel.filtersFromParams(convertToParamMap(params))).toEqual(filters);
  });

  it('accepts capabilities as repeated parameters too, without duplicates', () => {
    const filters = scenarioFilterModel.filtersFromParams(
      convertToParamMap({ capability: ['cv', 'llm,cv'] }),
    );
    expect(filters.capabilities).toEqual(['cv', 'llm']);
  });

  it('falls back to defaults for malformed values instead of sending them to the API', () => {
    const filters = scenarioFilterModel.filtersFromParams(
      convertToParamMap({
        page: '-2',
        pageSize: '1000',
        sort: 'popularity',
        batch: 'not-a-uuid',
        deadlineFrom: '2026/01/01',
        domain: "x' OR 1=1 --",
        q: '   ',
      }),
    );
    expect(filters).toEqual(DEFAULTS);
  });

  it('caps the search text at the API limit of 50 characters', () => {
    const q = '巡'.repeat(80);
    expect(scenarioFilterModel.filtersFromParams(convertToParamMap({ q })).q).toHaveLength(50);
  });
});

describe('narrowing', () => {
  it('knows when something is filtered', () => {
    expect(scenarioFilterModel.hasFilters(DEFAULTS)).toBe(false);
    expect(scenarioFilterModel.hasFilters({ ...DEFAULTS, sort: 'newest', page: 2 })).toBe(
      false,
    );
    expect(scenarioFilterModel.hasFilters({ ...DEFAULTS, capabilities: ['cv'] })).toBe(true);
  });
});

describe('filters → API query', () => {
  it('asks for domain counts and leaves out what is not chosen', () => {
    expect(filtersToQuery({ ...DEFAULTS, q: ' 巡查 ' })).toEqual({
      q: '巡查',
      domain: undefined,
      capability: undefined,
      batch: undefined,
      deadlineFrom: undefined,
      deadlineTo: undefined,
      sort: undefined,
      facets: true,
      page: 1,
      pageSize: 10,
    });
  });

  it('splits the search box into the words to highlight as the API does', () => {
    expect(
      scenarioFilterModel.highlightTerms({ ...DEFAULTS, q: '市容，巡查  “影像”' }),
    ).toEqual(['市容', '巡查', '影像']);
  });

  it('marks the terms of a mixed-script search, full width folded', () => {
    expect(
      scenarioFilterModel.highlightTerms({ ...DEFAULTS, q: '３D数字人 ＡＩ' }),
    ).toEqual(['数字', '字人', '3d', 'ai']);
  });
});
