import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { By } from '@angular/platform-browser';
import { usePortalComponent } from '@scenematch/portal/testing/portal-harness';
import {
  filterSelect,
  FilterSelectsComponent,
} from './filter-selects.component';
import { ListSortComponent } from './list-sort.component';
import { SearchFiltersComponent } from './search-filters.component';

interface Filters {
  domain: string | null;
  sort: string | null;
  page: number;
  pageSize: number;
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SearchFiltersComponent],
  template: `
    <sm-search-filters
      [list]="list"
      [selects]="selects"
      [sorts]="sorts"
      sortLabel="排序"
    >
      <span data-testid="own-control">截止日期</span>
    </sm-search-filters>
  `,
})
class HostComponent {
  readonly changes: Partial<Filters>[] = [];
  readonly list = {
    filters: signal<Filters>({
      domain: null,
      sort: 'newest',
      page: 3,
      pageSize: 10,
    }),
    apply: (change: Partial<Filters>) => this.changes.push(change),
  };
  readonly selects = [
    filterSelect('domain', ['d.all', 'd.label'], 'filter-domain', [
      { value: 'health', label: '医疗' },
    ]),
  ];
  readonly sorts = [{ value: 'newest', label: 's.newest' }];
}

describe('SearchFiltersComponent', () => {
  const under = usePortalComponent(HostComponent);

  it('draws the selects, then the page’s own controls, then the sort', () => {
    under.fixture.detectChanges();
    const order = [
      ...under.element.querySelectorAll(
        '[data-testid="filter-domain"], [data-testid="own-control"], [data-testid="filter-sort"]',
      ),
    ].map((e) => e.getAttribute('data-testid'));
    expect(order).toEqual(['filter-domain', 'own-control', 'filter-sort']);
  });

  it('hands a filter or sort change to the list', () => {
    under.fixture.detectChanges();
    const host = under.fixture.componentInstance;
    under.fixture.debugElement
      .query(By.directive(FilterSelectsComponent))
      .componentInstance.changed.emit({ key: 'domain', value: 'health' });
    under.fixture.debugElement
      .query(By.directive(ListSortComponent))
      .componentInstance.valueChange.emit(null);
    expect(host.changes).toEqual([{ domain: 'health' }, { sort: null }]);
  });
});
