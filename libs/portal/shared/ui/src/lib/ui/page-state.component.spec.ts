import { Component, signal } from '@angular/core';
import { PageStateComponent } from './page-state.component';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';

@Component({
  imports: [PageStateComponent],
  template: `
    <sm-page-state
      [state]="state()"
      [failure]="failure()"
      notFoundTitle="找不到该企业"
      notFoundText="它可能已被删除"
      notFoundTestId="thing-not-found"
      backLink="/products"
      errorTestId="thing-error"
      (retry)="retries = retries + 1"
    >
      <p data-testid="content">内容</p>
    </sm-page-state>
  `,
})
class HostComponent {
  readonly state = signal('loading');
  readonly failure = signal<string | null>(null);
  retries = 0;
}

describe('PageStateComponent', () => {
  async function render() {
    const { fixture } = startPortalComponent(HostComponent, { routes: [] });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const set = async (state: string, failure: string | null = null) => {
      fixture.componentInstance.state.set(state);
      fixture.componentInstance.failure.set(failure);
      await fixture.whenStable();
    };
    return { fixture, el, set };
  }

  it('shows a skeleton while loading, and the content once loaded', async () => {
    const { el, set } = await render();
    expect(el.querySelector('nz-skeleton')).not.toBeNull();
    expect(el.querySelector('[data-testid="content"]')).toBeNull();

    await set('done');
    expect(el.querySelector('nz-skeleton')).toBeNull();
    expect(el.querySelector('[data-testid="content"]')?.textContent).toBe(
      '内容',
    );
  });

  it('shows the 404 with its text and a way back', async () => {
    const { el, set } = await render();
    await set('notFound');
    const result = el.querySelector('[data-testid="thing-not-found"]');
    expect(result?.textContent).toContain('找不到该企业');
    expect(result?.textContent).toContain('它可能已被删除');
    const back = result?.querySelector('a');
    expect(back?.textContent?.trim()).toBe('返回');
    expect(back?.getAttribute('href')).toBe('/products');
    expect(el.querySelector('[data-testid="content"]')).toBeNull();
  });

  it('shows a failure with its message and a 重试 button that emits retry', async () => {
    const { fixture, el, set } = await render();
    await set('failed', '服务器开小差了');
    const result = el.querySelector('[data-testid="thing-error"]');
    expect(result?.textContent).toContain('数据加载失败');
    expect(result?.textContent).toContain('服务器开小差了');
    const retry = el.querySelector<HTMLButtonElement>(
      '[data-testid="page-state-retry"]',
    );
    expect(retry?.textContent?.trim()).toBe('重试');
    retry?.click();
    retry?.click();
    expect(fixture.componentInstance.retries).toBe(2);
  });

  it('takes a failure message as the failed state, whatever the state says', async () => {
    const { el, set } = await render();
    await set('done', '网络错误');
    expect(el.querySelector('[data-testid="thing-error"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="content"]')).toBeNull();
  });
});
