import { TestBed } from '@angular/core/testing';
import {
  ActivatedRoute,
  convertToParamMap,
  Router,
  type ParamMap,
  type Params,
} from '@angular/router';
import type { Page } from '@scenematch/contracts';
import { BehaviorSubject, Observable, of, Subject, throwError } from 'rxjs';
import { changeListFilters, positiveInt, UrlList } from './url-list';

interface Filters {
  q: string;
  sort: string | null;
  domain: string | null;
  page: number;
  pageSize: number;
}

const DEFAULTS: Filters = {
  q: '',
  sort: null,
  domain: null,
  page: 1,
  pageSize: 10,
};

function fromParams(params: ParamMap): Filters {
  return {
    q: params.get('q') ?? '',
    sort: params.get('sort'),
    domain: params.get('domain'),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), 10),
  };
}

function toParams(f: Filters): Params {
  const params: Params = {};
  if (f.q) params['q'] = f.q;
  if (f.sort) params['sort'] = f.sort;
  if (f.domain) params['domain'] = f.domain;
  if (f.page > 1) params['page'] = String(f.page);
  if (f.pageSize !== 10) params['pageSize'] = String(f.pageSize);
  return params;
}

function setUp(load: (f: Filters) => Observable<Page<string>>) {
  const params = new BehaviorSubject(convertToParamMap({}));
  const navigate = jest.fn().mockResolvedValue(true);
  TestBed.configureTestingModule({
    providers: [
      { provide: ActivatedRoute, useValue: { queryParamMap: params } },
      { provide: Router, useValue: { navigate } },
    ],
  });
  const list = TestBed.runInInjectionContext(
    () =>
      new UrlList<Filters, Page<string>>({
        defaults: DEFAULTS,
        fromParams,
        toParams,
        change: changeListFilters,
        load,
        loadFailed: '加载失败',
      }),
  );
  const lastParams = () => navigate.mock.calls.at(-1)?.[1]?.queryParams;
  return { list, params, navigate, lastParams };
}

describe('list filters kept in the URL', () => {
  it('reads whole numbers ≥ 1 from parameters, else the fallback', () => {
    expect(positiveInt('3', 1)).toBe(3);
    expect(positiveInt('0', 1)).toBe(1);
    expect(positiveInt('-2', 1)).toBe(1);
    expect(positiveInt('1e3', 1)).toBe(1);
    expect(positiveInt(null, 12)).toBe(12);
  });

  it('goes back to page 1 on any change but paging', () => {
    const onPage3 = { ...DEFAULTS, page: 3 };
    expect(changeListFilters(onPage3, { domain: 'city' }).page).toBe(1);
    expect(changeListFilters(onPage3, { pageSize: 20 }).page).toBe(1);
    expect(changeListFilters(onPage3, { page: 4 })).toEqual({
      ...onPage3,
      page: 4,
    });
    expect(changeListFilters(onPage3, { domain: 'city', page: 2 }).page).toBe(
      2,
    );
  });

  it('loads the filters of the URL, keeping the previous page while the next one loads', () => {
    const answers = new Subject<Page<string>>();
    const { list, params } = setUp(() => answers);
    TestBed.tick();
    expect(list.loading()).toBe(true);
    expect(list.page()).toBeNull();

    const first = { items: ['a'], total: 1, page: 1, pageSize: 10 };
    answers.next(first);
    expect(list.loading()).toBe(false);
    expect(list.page()).toEqual(first);

    params.next(convertToParamMap({ q: '影像' }));
    expect(list.filters().q).toBe('影像');
    expect(list.loading()).toBe(true);
    expect(list.page()).toEqual(first);
  });

  it('shows a failure, and a retry loads the same filters again', () => {
    let calls = 0;
    const { list } = setUp(() =>
      ++calls === 1
        ? throwError(() => new Error('boom'))
        : of({ items: [], total: 0, page: 1, pageSize: 10 }),
    );
    expect(list.failure()).toBeTruthy();
    list.retry();
    expect(calls).toBe(2);
    expect(list.failure()).toBeNull();
  });

  it('moves past-the-end pages to the last one, replacing the history entry', () => {
    const { navigate, lastParams, params } = setUp((f) =>
      of({ items: [], total: 25, page: f.page, pageSize: f.pageSize }),
    );
    params.next(convertToParamMap({ page: '9' }));
    TestBed.tick();
    expect(lastParams()).toEqual({ page: '3' });
    expect(navigate.mock.calls.at(-1)?.[1]?.replaceUrl).toBe(true);
  });

  it('pages, and clears the filters but keeps the sort and page size', () => {
    const { list, params, lastParams } = setUp(() =>
      of({ items: ['a'], total: 40, page: 1, pageSize: 20 }),
    );
    params.next(
      convertToParamMap({
        q: '巡查',
        domain: 'city',
        sort: 'newest',
        pageSize: '20',
      }),
    );
    list.setPageIndex(2);
    expect(lastParams()).toEqual({
      q: '巡查',
      domain: 'city',
      sort: 'newest',
      page: '2',
      pageSize: '20',
    });
    list.reset();
    expect(lastParams()).toEqual({ sort: 'newest', pageSize: '20' });
    expect(list.search.value).toBe('');
  });
});
