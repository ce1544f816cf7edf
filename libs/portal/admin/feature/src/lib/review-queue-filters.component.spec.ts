import { By } from '@angular/platform-browser';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { respond, usePortalComponent } from '@scenematch/portal/testing/portal-harness';
import { zh } from '@scenematch/portal/testing/transloco';
import { FilterSelectsComponent } from '@scenematch/portal/shared/ui/list/filter-selects.component';
import { ReviewQueueFiltersComponent } from './review-queue-filters.component';

describe('ReviewQueueFiltersComponent', () => {
  const under = usePortalComponent(ReviewQueueFiltersComponent, {
    providers: [provideNoopAnimations()],
  });

  async function render() {
    const { fixture, httpMock } = under;
    fixture.componentRef.setInput('filter', 'pending');
    fixture.componentRef.setInput('domain', 'manufacturing');
    const narrowed: unknown[] = [];
    fixture.componentInstance.narrow.subscribe((n) => narrowed.push(n));
    fixture.detectChanges();
    httpMock
      .expectOne((r) => r.url === '/api/organisations')
      .flush({
        items: [{ id: 'org-1', name: '区数据局' }],
        total: 1,
        page: 1,
        pageSize: 100,
      });
    httpMock
      .expectOne('/api/taxonomy/domains')
      .flush([{ code: 'manufacturing', name: '智能制造' }]);
    httpMock.expectOne('/api/taxonomy/capabilities').flush([]);
    await respond(fixture);
    fixture.detectChanges();
    return { fixture, narrowed };
  }

  it('offers the unit and domain selects, the units marked as data', async () => {
    await render();
    const agency = under.byTestId('queue-agency');
    const domain = under.byTestId('queue-domain');
    expect(agency?.getAttribute('aria-label')).toBe(
      zh('scenarios.admin.queueAgency'),
    );
    expect(domain?.getAttribute('aria-label')).toBe(
      zh('scenarios.admin.queueDomain'),
    );
    expect(agency?.hasAttribute('data-i18n-skip')).toBe(true);
    expect(domain?.hasAttribute('data-i18n-skip')).toBe(false);
    expect(domain?.textContent).toContain('智能制造');
  });

  it('narrows by the unit or domain chosen, null when cleared', async () => {
    const { fixture, narrowed } = await render();
    const selects = fixture.debugElement.query(
      By.directive(FilterSelectsComponent),
    ).componentInstance as FilterSelectsComponent<'agency' | 'domain'>;
    selects.changed.emit({ key: 'agency', value: 'org-1' });
    selects.changed.emit({ key: 'domain', value: null });
    expect(narrowed).toEqual([{ agency: 'org-1' }, { domain: null }]);
  });
});
