import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { startPortalComponent } from '@scenematch/portal/testing/portal-harness';
import {
  filterSelect,
  FilterSelectsComponent,
} from './filter-selects.component';

describe('FilterSelectsComponent', () => {
  it('shows each filter as a select, single or multiple, with its names', async () => {
    const { fixture } = startPortalComponent(FilterSelectsComponent<string>, {
      providers: [provideNoopAnimations()],
    });
    fixture.componentRef.setInput('selects', [
      filterSelect('domain', ['a.placeholder', 'a.label'], 'filter-domain', [
        { value: 'health', label: '医疗' },
      ]),
      filterSelect(
        'capabilities',
        ['b.placeholder', 'b.label'],
        'filter-capability',
        [],
        {
          multiple: true,
          translated: true,
        },
      ),
    ]);
    fixture.componentRef.setInput('values', {
      domain: 'health',
      capabilities: [],
    });
    fixture.detectChanges();
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    const domain = root.querySelector('[data-testid="filter-domain"]');
    expect(domain?.getAttribute('aria-label')).toBe('a.label');
    expect(domain?.hasAttribute('data-i18n-skip')).toBe(true);
    expect(domain?.classList).not.toContain('ant-select-multiple');
    const capability = root.querySelector('[data-testid="filter-capability"]');
    expect(capability?.hasAttribute('data-i18n-skip')).toBe(false);
    expect(capability?.classList).toContain('ant-select-multiple');
  });
});
