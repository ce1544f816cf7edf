import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { translocoTesting } from '../../../testing/transloco';
import {
  filterSelect,
  FilterSelectsComponent,
} from './filter-selects.component';

describe('FilterSelectsComponent', () => {
  it('shows each filter as a select, single or multiple, with its names', async () => {
    await TestBed.configureTestingModule({
      imports: [FilterSelectsComponent, translocoTesting()],
      providers: [provideNoopAnimations()],
    }).compileComponents();
    const fixture = TestBed.createComponent(FilterSelectsComponent<string>);
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
