import { By } from '@angular/platform-browser';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { FailedJobView } from '@scenematch/contracts';
import { FilterSelectsComponent } from '@scenematch/portal/shared/ui/list/filter-selects.component';
import {
  endPortalComponent,
  startPortalComponent,
} from '@scenematch/portal/testing/portal-harness';
import { JobsFailedCardComponent } from './jobs-failed-card.component';

describe('JobsFailedCardComponent', () => {
  function render() {
    const under = startPortalComponent(JobsFailedCardComponent, {
      providers: [provideNoopAnimations()],
    });
    under.fixture.componentRef.setInput('source', {
      rows: (): FailedJobView[] => [],
      loading: () => false,
      failure: () => null,
      reload: () => undefined,
      total: () => 0,
    });
    under.fixture.detectChanges();
    return under;
  }

  it('filters by kind: a translated select whose choice (or clearing) it emits', () => {
    const under = render();
    const select = under.element.querySelector(
      '[data-testid="failed-kind"]',
    ) as HTMLElement;
    expect(select.getAttribute('aria-label')).toBe('任务类型');
    expect(select.textContent).toContain('全部任务类型');
    const filters = under.fixture.debugElement.query(
      By.directive(FilterSelectsComponent),
    ).componentInstance as FilterSelectsComponent<'kind'>;
    expect(filters.selects()[0].options[0]).toEqual({
      value: 'probe',
      label: '管道探针',
    });
    const chosen: Array<string | null> = [];
    under.fixture.componentInstance.kindChange.subscribe((k) => chosen.push(k));
    filters.changed.emit({ key: 'kind', value: 'probe' });
    filters.changed.emit({ key: 'kind', value: null });
    expect(chosen).toEqual(['probe', null]);
    endPortalComponent(under);
  });
});
