import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { zh } from '@scenematch/portal/testing/transloco';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { ToolbarSearchComponent } from './toolbar-search.component';
import { tabsOf, ToolbarTabsComponent } from './toolbar-tabs.component';

type Tab = 'pending' | 'all';

@Component({
  imports: [ToolbarSearchComponent, ToolbarTabsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-toolbar-tabs
      [tabs]="tabs"
      [value]="tab()"
      (changed)="tab.set($event)"
      testId="tabs"
    />
    <sm-toolbar-search
      placeholder="搜索"
      buttonText="查询"
      testId="q"
      buttonTestId="q-button"
      (searched)="searched.push($event)"
    />
  `,
})
class HostComponent {
  readonly tabs = tabsOf<Tab>({
    pending: 'admin.organisations.tabs.pending',
    all: 'admin.organisations.tabs.all',
  });
  readonly tab = signal<Tab>('pending');
  readonly searched: string[] = [];
}

describe('toolbar tabs and search', () => {
  it('switches tabs and emits the trimmed search text on Enter and on the button', async () => {
    const { fixture } = startPortalComponent(HostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    const labels = element.querySelectorAll<HTMLElement>(
      '[data-testid="tabs"] label',
    );
    expect([...labels].map((l) => l.textContent?.trim())).toEqual([
      zh('admin.organisations.tabs.pending'),
      zh('admin.organisations.tabs.all'),
    ]);
    labels[1].click();
    fixture.detectChanges();
    expect(fixture.componentInstance.tab()).toBe('all');

    const input = element.querySelector(
      '[data-testid="q"]',
    ) as HTMLInputElement;
    expect(input.placeholder).toBe('搜索');
    input.value = '  鹏知 ';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    (element.querySelector('[data-testid="q-button"]') as HTMLElement).click();
    expect(fixture.componentInstance.searched).toEqual(['鹏知', '鹏知']);
  });
});
