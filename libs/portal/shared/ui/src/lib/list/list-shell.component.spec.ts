import { Component, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import type { Page } from '@scenematch/contracts';
import { ListEmptyDirective } from './list-results.component';
import {
  ListShellComponent,
  type ListShellKeys,
  type ListShellSource,
} from './list-shell.component';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';

class FakeList implements ListShellSource {
  readonly pageSignal = signal<Page<string> | null>(null);
  readonly search = new FormControl('', { nonNullable: true });
  searches = 0;
  page = () => this.pageSignal();
  loading = () => false;
  failure = () => null;
  filters = () => ({ page: 1, pageSize: 10 });
  retry = () => undefined;
  setPageIndex = () => undefined;
  setPageSize = () => undefined;
  searchNow = () => void this.searches++;
}

@Component({
  imports: [ListShellComponent, ListEmptyDirective],
  template: `
    <sm-list-shell
      [list]="list"
      title="场景清单"
      lead="全部场景"
      filtersTestId="my-filters"
      [searchTestId]="searchId()"
      searchPlaceholder="搜索"
      [filtered]="filtered()"
      resetText="重置"
      (resetFilters)="resets = resets + 1"
      [countText]="count()"
      countKey="scenarios.resultCount"
    >
      <button listActions data-testid="action">导出</button>
      <ng-container ngProjectAs="[listFilters]"
        ><span data-testid="filter">筛选</span></ng-container
      >
      <div listFacets data-testid="facets">分面</div>
      @for (item of list.page()?.items ?? []; track item) {
        <p class="item">{{ item }}</p>
      }
      <ng-template smListEmpty let-p
        ><b data-testid="custom-empty">{{ p.total }} 条</b></ng-template
      >
      <div listFooter data-testid="footer">更多</div>
      <div listSide data-testid="side">图表</div>
    </sm-list-shell>
  `,
})
class HostComponent {
  readonly list = new FakeList();
  readonly count = signal<((n: number) => string) | null>(
    (n) => `共 ${n} 个`,
  );
  readonly searchId = signal<string | null>('the-search');
  readonly filtered = signal(false);
  resets = 0;
}

@Component({
  imports: [ListShellComponent],
  template: `
    <sm-list-shell
      [list]="list"
      [keys]="keys"
      searchTestId="the-search"
      [filtered]="true"
    />
  `,
})
class KeyedHostComponent {
  readonly list = new FakeList();
  readonly keys: ListShellKeys = {
    title: 'scenarios.listTitle',
    lead: 'scenarios.listLead',
    searchPlaceholder: 'scenarios.searchPlaceholder',
    resetFilters: 'scenarios.resetFilters',
    resultCount: 'scenarios.resultCount',
    loadFailed: 'scenarios.loadFailed',
    empty: 'scenarios.empty',
    emptyHint: 'scenarios.emptyHint',
  };
}

describe('ListShellComponent', () => {
  async function render() {
    const { fixture } = startPortalComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const host = fixture.componentInstance;
    const q = (id: string) => el.querySelector(`[data-testid="${id}"]`);
    return { fixture, el, host, q };
  }

  it('frames the page: title, actions, filters, facets, results and the side column', async () => {
    const { fixture, el, host, q } = await render();
    expect(el.querySelector('h1')?.textContent).toBe('场景清单');
    expect(q('action')).not.toBeNull();
    expect(q('my-filters')?.contains(q('filter'))).toBe(true);
    expect(q('my-filters')?.contains(q('facets'))).toBe(true);
    expect(q('side')).not.toBeNull();

    host.list.pageSignal.set({ items: ['甲'], total: 1, page: 1, pageSize: 10 });
    await fixture.whenStable();
    expect(q('results')?.textContent).toContain('共 1 个');
    expect(q('results')?.querySelector('.item')?.textContent).toBe('甲');
    expect(q('results')?.contains(q('footer'))).toBe(true);
  });

  it('words the count from its catalogue key when no function is given', async () => {
    const { fixture, host, q } = await render();
    host.count.set(null);
    host.list.pageSignal.set({ items: ['甲'], total: 1, page: 1, pageSize: 10 });
    await fixture.whenStable();
    expect(q('result-count')?.textContent?.trim()).toBe('共找到 1 个场景');
  });

  it('hands the page’s empty state on to the results', async () => {
    const { fixture, host, q } = await render();
    host.list.pageSignal.set({ items: [], total: 0, page: 1, pageSize: 10 });
    await fixture.whenStable();
    expect(q('custom-empty')?.textContent).toBe('0 条');
    expect(q('results-empty')).toBeNull();
  });

  it('binds the search box to the list and searches on its button', async () => {
    const { fixture, el, host, q } = await render();
    const input = q('the-search') as HTMLInputElement;
    input.value = '医疗';
    input.dispatchEvent(new Event('input'));
    expect(host.list.search.value).toBe('医疗');
    el.querySelector<HTMLButtonElement>('.ant-input-search-button')?.click();
    expect(host.list.searches).toBe(1);

    host.searchId.set(null);
    await fixture.whenStable();
    expect(q('the-search')).toBeNull();
  });

  it('words its texts from catalogue keys when given them', async () => {
    const { fixture } = startPortalComponent(KeyedHostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const q = (id: string) => el.querySelector(`[data-testid="${id}"]`);
    const list = fixture.componentInstance.list;
    expect(el.querySelector('h1')?.textContent).toBe('场景清单');
    expect(el.textContent).toContain('政府部门、医院、学校和国有企业发布');
    expect(q('the-search')?.getAttribute('placeholder')).toBe(
      '搜索场景名称、描述或责任单位，多个词用空格分隔',
    );
    expect(q('filter-reset')?.textContent?.trim()).toBe('清除筛选');

    list.pageSignal.set({ items: [], total: 0, page: 1, pageSize: 10 });
    await fixture.whenStable();
    expect(q('results')?.textContent).toContain('未找到相关场景');
    expect(q('results')?.textContent).toContain('换个关键词试试');

    list.pageSignal.set({ items: ['甲'], total: 1, page: 1, pageSize: 10 });
    await fixture.whenStable();
    expect(q('result-count')?.textContent?.trim()).toBe('共找到 1 个场景');
  });

  it('offers 重置 only while the filters narrow the list', async () => {
    const { fixture, host, q } = await render();
    expect(q('filter-reset')).toBeNull();
    host.filtered.set(true);
    await fixture.whenStable();
    (q('filter-reset') as HTMLButtonElement).click();
    expect(host.resets).toBe(1);
  });
});
