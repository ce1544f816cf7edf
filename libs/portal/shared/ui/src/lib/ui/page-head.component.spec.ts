import { ChangeDetectionStrategy, Component } from '@angular/core';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { PageHeadComponent } from './page-head.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeadComponent],
  template: `
    <sm-page-head
      heading="榜单批次"
      lead="准备、发布和关闭榜单。"
      narrowLead
      [createLabel]="createLabel"
      createTestId="create-batch"
      (create)="created = created + 1"
      [refreshLabel]="refreshLabel"
      refreshTestId="reload"
      (refresh)="refreshed = refreshed + 1"
    >
      <button type="button" data-testid="refresh">刷新</button>
    </sm-page-head>
  `,
})
class HostComponent {
  createLabel: string | null = '新建批次';
  created = 0;
  refreshLabel: string | null = null;
  refreshed = 0;
}

describe('PageHeadComponent', () => {
  function render(createLabel: string | null) {
    const { fixture } = startPortalComponent(HostComponent);
    fixture.componentInstance.createLabel = createLabel;
    fixture.detectChanges();
    const head = (fixture.nativeElement as HTMLElement).querySelector(
      'sm-page-head',
    ) as HTMLElement;
    return { fixture, head };
  }

  it('draws the title, the lead and the projected actions, then the create button', () => {
    const { fixture, head } = render('新建批次');
    expect(head.querySelector('h1')?.textContent).toBe('榜单批次');
    const lead = head.querySelector('p.muted');
    expect(lead?.textContent).toBe('准备、发布和关闭榜单。');
    expect(lead?.classList).toContain('lead');
    expect(head.hasAttribute('title')).toBe(false);
    const buttons = [...head.querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset['testid'])).toEqual([
      'refresh',
      'create-batch',
    ]);
    const create = buttons[1];
    expect(create.textContent?.trim()).toBe('新建批次');
    expect(create.classList).toContain('ant-btn-primary');
    expect(create.querySelector('nz-icon')).not.toBeNull();
    create.click();
    expect(fixture.componentInstance.created).toBe(1);
  });

  it('puts its 刷新 button first, with the actions together at the right', () => {
    const { fixture } = startPortalComponent(HostComponent);
    fixture.componentInstance.refreshLabel = '刷新';
    fixture.detectChanges();
    const actions = (fixture.nativeElement as HTMLElement).querySelector(
      'sm-page-head .head-actions',
    ) as HTMLElement;
    const buttons = [...actions.querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset['testid'])).toEqual([
      'reload',
      'refresh',
      'create-batch',
    ]);
    expect(buttons[0].textContent?.trim()).toBe('刷新');
    buttons[0].click();
    expect(fixture.componentInstance.refreshed).toBe(1);
  });

  it('has no create button without its label', () => {
    const { head } = render(null);
    expect(head.querySelector('[data-testid="create-batch"]')).toBeNull();
  });
});
