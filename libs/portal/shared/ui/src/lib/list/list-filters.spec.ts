import { convertToParamMap } from '@angular/router';
import { listFilters, param, type FilterParam } from './list-filters';

interface TestFilters {
  q: string;
  tags: string[];
  kind: string | null;
  sort: 'new' | 'old' | null;
  strict: boolean;
  page: number;
  pageSize: number;
}

/** A filter that is on by default, written only when off, and never narrows the list. */
const strictParam: FilterParam<boolean> = {
  name: 'strict',
  read: (p) => p.value('strict') !== '0',
  write: (strict) => (strict ? null : '0'),
  narrows: () => false,
};

const model = listFilters<TestFilters, { kind?: string }>({
  params: {
    q: param.search(10),
    tags: param.list('tag', /^[a-z]+$/, 2),
    kind: param.match('kind', /^[a-z]{1,8}$/),
    sort: param.oneOf('sort', ['new', 'old'] as const),
    strict: strictParam,
  },
  pageSizes: [10, 20],
  defaultPageSize: 10,
  toQuery: (filters) => ({ kind: filters.kind ?? undefined }),
});
const { DEFAULT_FILTERS, filtersFromParams, filtersToParams } = model;

describe('listFilters', () => {
  it('reads the defaults from an empty URL and writes none back', () => {
    expect(DEFAULT_FILTERS).toEqual({
      q: '',
      tags: [],
      kind: null,
      sort: null,
      strict: true,
      page: 1,
      pageSize: 10,
    });
    expect(filtersToParams(DEFAULT_FILTERS)).toEqual({});
  });

  it('round-trips every filter, in the declared order', () => {
    const filters: TestFilters = {
      q: '巡检',
      tags: ['a', 'b'],
      kind: 'x',
      sort: 'old',
      strict: false,
      page: 2,
      pageSize: 20,
    };
    const params = filtersToParams(filters);
    expect(Object.keys(params)).toEqual([
      'q',
      'tag',
      'kind',
      'sort',
      'strict',
      'page',
      'pageSize',
    ]);
    expect(params['tag']).toBe('a,b');
    expect(filtersFromParams(convertToParamMap(params))).toEqual(filters);
  });

  it('falls back to the defaults for malformed values', () => {
    expect(
      filtersFromParams(
        convertToParamMap({
          q: 'x'.repeat(20),
          tag: ['a', 'B,c,a', 'd'],
          kind: '<script>',
          sort: 'random',
          page: '0',
          pageSize: '7',
        }),
      ),
    ).toEqual({ ...DEFAULT_FILTERS, q: 'x'.repeat(10), tags: ['a', 'c'] });
  });

  it('starts again at page 1 on any change but paging', () => {
    const onPage3 = { ...DEFAULT_FILTERS, q: '巡检', page: 3 };
    expect(model.changeFilters(onPage3, { kind: 'y' }).page).toBe(1);
    expect(model.changeFilters(onPage3, { pageSize: 20 }).page).toBe(1);
    expect(model.changeFilters(onPage3, { page: 4 })).toEqual({
      ...onPage3,
      page: 4,
    });
  });

  it('counts neither the sort, the paging nor a filter that says so as narrowing', () => {
    expect(model.hasFilters(DEFAULT_FILTERS)).toBe(false);
    expect(
      model.hasFilters({
        ...DEFAULT_FILTERS,
        sort: 'new',
        page: 2,
        strict: false,
      }),
    ).toBe(false);
    expect(model.hasFilters({ ...DEFAULT_FILTERS, tags: ['a'] })).toBe(true);
    expect(model.hasFilters({ ...DEFAULT_FILTERS, q: '巡检' })).toBe(true);
  });

  it('gives the API query', () => {
    expect(model.filtersToQuery({ ...DEFAULT_FILTERS, kind: 'x' })).toEqual({
      kind: 'x',
    });
  });

  it('marks the search terms', () => {
    expect(
      model.highlightTerms({ ...DEFAULT_FILTERS, q: '市容，巡查' }),
    ).toEqual(['市容', '巡查']);
  });
});
