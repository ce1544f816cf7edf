import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Page } from '@scenematch/contracts';
import { Subject, throwError } from 'rxjs';
import { pageSource, PagedQuery, type PageRequest } from './paged-query';

interface Filters {
  q: string;
  status: string | null;
}

const page = (items: string[], p = 1): Page<string> => ({
  items,
  total: 42,
  page: p,
  pageSize: 20,
});

describe('PagedQuery', () => {
  let requests: Array<{ query: Filters & PageRequest; answer: Subject<Page<string>> }>;
  let list: PagedQuery<Filters, string>;

  async function settle(): Promise<void> {
    TestBed.tick();
    await Promise.resolve();
    TestBed.tick();
  }

  beforeEach(async () => {
    requests = [];
    list = TestBed.runInInjectionContext(
      () =>
        new PagedQuery<Filters, string>(
          (query) => {
            const answer = new Subject<Page<string>>();
            requests.push({ query, answer });
            return answer;
          },
          { q: '', status: 'pending' },
          20,
        ),
    );
    await settle();
  });

  it('loads page 1 of its filters, and keeps the page on screen while the next loads', async () => {
    expect(requests.map((r) => r.query)).toEqual([
      { q: '', status: 'pending', page: 1, pageSize: 20 },
    ]);
    expect(list.loading()).toBe(true);
    requests[0].answer.next(page(['a', 'b']));
    expect(list.rows()).toEqual(['a', 'b']);
    expect(list.total()).toBe(42);
    expect(list.loading()).toBe(false);

    list.setPageIndex(3);
    await settle();
    expect(requests[1].query).toEqual({ q: '', status: 'pending', page: 3, pageSize: 20 });
    expect(list.loading()).toBe(true);
    expect(list.rows()).toEqual(['a', 'b']);
  });

  it('goes back to page 1 when a filter or the page size changes', async () => {
    list.setPageIndex(2);
    await settle();
    list.set({ q: '张' });
    await settle();
    expect(requests.at(-1)?.query).toEqual({ q: '张', status: 'pending', page: 1, pageSize: 20 });
    list.setPageIndex(2);
    await settle();
    list.setPageSize(50);
    await settle();
    expect(requests.at(-1)?.query).toEqual({ q: '张', status: 'pending', page: 1, pageSize: 50 });
  });

  it('gives the API message of a failed load, and loads the same page again on reload', async () => {
    requests[0].answer.error(
      new HttpErrorResponse({ status: 500, error: { statusCode: 500, message: '服务暂不可用' } }),
    );
    expect(list.failure()).toBe('服务暂不可用');
    expect(list.rows()).toEqual([]);
    list.reload();
    await settle();
    expect(requests).toHaveLength(2);
    expect(requests[1].query).toEqual(requests[0].query);
  });
});

describe('pageSource', () => {
  it('reads a loaded page and moves the page number the component keeps', () => {
    const value = signal<Page<string> | null>(page(['x'], 2));
    const pageIndex = signal(2);
    let reloads = 0;
    const source = pageSource(
      {
        value,
        loading: signal(false),
        failure: signal(null),
        reload: () => reloads++,
      },
      pageIndex,
      20,
    );
    expect(source.rows()).toEqual(['x']);
    expect(source.total?.()).toBe(42);
    expect(source.pageIndex?.()).toBe(2);
    expect(source.pageSize?.()).toBe(20);
    source.setPageIndex?.(5);
    expect(pageIndex()).toBe(5);
    source.reload();
    expect(reloads).toBe(1);
    value.set(null);
    expect(source.rows()).toEqual([]);
    expect(source.total?.()).toBe(0);
  });

  it('does not hide a failure', () => {
    const source = pageSource(
      {
        value: signal(null),
        loading: signal(false),
        failure: signal('加载失败'),
        reload: () => undefined,
      },
      signal(1),
      10,
    );
    expect(source.failure()).toBe('加载失败');
  });
});

// A load that throws at once still reports (no page was ever shown).
it('PagedQuery reports a load that fails at once', async () => {
  const list = TestBed.runInInjectionContext(
    () =>
      new PagedQuery<Filters, string>(
        () => throwError(() => new HttpErrorResponse({ status: 403, error: { statusCode: 403, message: '无权访问' } })),
        { q: '', status: null },
      ),
  );
  TestBed.tick();
  await Promise.resolve();
  TestBed.tick();
  expect(list.failure()).toBe('无权访问');
  expect(list.loading()).toBe(false);
});
