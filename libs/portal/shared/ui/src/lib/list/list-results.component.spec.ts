import { Component, signal } from '@angular/core';
import type { Page } from '@scenematch/contracts';
import {
  ListEmptyDirective,
  ListResultsComponent,
  type ListResultsSource,
} from './list-results.component';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';

class FakeList implements ListResultsSource {
  readonly pageSignal = signal<Page<string> | null>(null);
  readonly loadingSignal = signal(true);
  readonly failureSignal = signal<string | null>(null);
  retries = 0;
  pages: number[] = [];
  page = () => this.pageSignal();
  loading = () => this.loadingSignal();
  failure = () => this.failureSignal();
  filters = () => ({ page: 1, pageSize: 10 });
  retry = () => void this.retries++;
  setPageIndex = (p: number) => void this.pages.push(p);
  setPageSize = () => undefined;
}

@Component({
  imports: [ListResultsComponent, ListEmptyDirective],
  template: `
    <sm-list-results
      [list]="list"
      [countText]="count"
      emptyText="没有找到"
      emptyHint="换个词试试"
      [hideZeroCount]="hideZero()"
    >
      @for (item of list.page()?.items ?? []; track item) {
        <p class="item">{{ item }}</p>
      }
      @if (customEmpty()) {
        <ng-template smListEmpty let-p
          ><b data-testid="custom-empty">{{ p.total }} 条以下</b></ng-template
        >
      }
      <div listFooter data-testid="footer">更多</div>
    </sm-list-results>
  `,
})
class HostComponent {
  readonly list = new FakeList();
  readonly count = (n: number) => `共找到 ${n} 个`;
  readonly hideZero = signal(false);
  readonly customEmpty = signal(false);
}

describe('ListResultsComponent', () => {
  async function render() {
    const { fixture } = startPortalComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const list = fixture.componentInstance.list;
    const show = async (items: string[], total = items.length) => {
      list.pageSignal.set({ items, total, page: 1, pageSize: 10 });
      list.loadingSignal.set(false);
      await fixture.whenStable();
    };
    return { fixture, el, list, show };
  }

  it('shows a skeleton until the first page, then the count, the items and the pager', async () => {
    const { el, show } = await render();
    expect(el.querySelector('nz-skeleton')).not.toBeNull();
    await show(['甲', '乙'], 12);
    expect(el.querySelector('nz-skeleton')).toBeNull();
    expect(
      el.querySelector('[data-testid="result-count"]')?.textContent?.trim(),
    ).toBe('共找到 12 个');
    expect(
      Array.from(el.querySelectorAll('.item')).map((i) => i.textContent),
    ).toEqual(['甲', '乙']);
    expect(el.querySelector('[data-testid="pagination"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="footer"]')?.textContent).toBe(
      '更多',
    );
  });

  it('dims the page on screen while the next one loads', async () => {
    const { fixture, el, list, show } = await render();
    await show(['甲']);
    list.loadingSignal.set(true);
    await fixture.whenStable();
    const results = el.querySelector('[data-testid="results"]');
    expect(results?.classList).toContain('is-loading');
    expect(results?.getAttribute('aria-busy')).toBe('true');
    expect(el.querySelector('.item')?.textContent).toBe('甲');
  });

  it('shows the empty state with its hint, or the page’s own', async () => {
    const { fixture, el, show } = await render();
    await show([]);
    const empty = el.querySelector('[data-testid="results-empty"]');
    expect(empty?.textContent).toContain('没有找到');
    expect(empty?.textContent).toContain('换个词试试');
    expect(el.querySelector('[data-testid="pagination"]')).toBeNull();
    expect(el.querySelector('[data-testid="result-count"]')).not.toBeNull();

    fixture.componentInstance.hideZero.set(true);
    fixture.componentInstance.customEmpty.set(true);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="result-count"]')).toBeNull();
    expect(el.querySelector('[data-testid="results-empty"]')).toBeNull();
    expect(el.querySelector('[data-testid="custom-empty"]')?.textContent).toBe(
      '0 条以下',
    );
  });

  it('shows a failure with 重试, which reloads the list', async () => {
    const { fixture, el, list } = await render();
    list.failureSignal.set('网络错误');
    await fixture.whenStable();
    const error = el.querySelector('[data-testid="results-error"]');
    expect(error?.textContent).toContain('网络错误');
    el.querySelector<HTMLButtonElement>(
      '[data-testid="page-state-retry"]',
    )?.click();
    expect(list.retries).toBe(1);
  });
});
