import { Component, signal } from '@angular/core';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import { AuditFiltersFormComponent } from './audit-filters-form.component';
import { auditFilterModel, type AuditListFilters } from './audit-filters';

const DEFAULT_FILTERS = auditFilterModel.DEFAULT_FILTERS;

@Component({
  imports: [AuditFiltersFormComponent],
  template: `<sm-audit-filters-form
    [filters]="filters()"
    (searched)="sent.push($event)"
  />`,
})
class HostComponent {
  readonly filters = signal<AuditListFilters>(DEFAULT_FILTERS);
  readonly sent: Array<Partial<AuditListFilters>> = [];
}

describe('AuditFiltersFormComponent', () => {
  async function render() {
    const { fixture } = startPortalComponent(HostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const actor = () =>
      el.querySelector<HTMLInputElement>(
        '[data-testid="audit-filter-actor"] input, input[data-testid="audit-filter-actor"]',
      ) as HTMLInputElement;
    return { fixture, el, host: fixture.componentInstance, actor };
  }

  it('shows the filters it is given (a link, the back button)', async () => {
    const { fixture, host, actor } = await render();
    host.filters.set({ ...DEFAULT_FILTERS, actor: 'a@b.cn' });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(actor().value).toBe('a@b.cn');
  });

  it('sends what is typed on 查询, and keeps it while the list pages', async () => {
    const { fixture, el, host, actor } = await render();
    actor().value = ' admin@demo.cn ';
    actor().dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid="audit-search"]') as HTMLElement).click();
    expect(host.sent.at(-1)).toMatchObject({ actor: 'admin@demo.cn' });
    actor().value = 'someone@else.cn';
    actor().dispatchEvent(new Event('input'));
    host.filters.set({ ...DEFAULT_FILTERS, actor: 'admin@demo.cn', page: 2 });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(actor().value).toBe('someone@else.cn');
  });
});
