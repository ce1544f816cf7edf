import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  type Signal,
} from '@angular/core';
import {
  type FilterChange,
  type FilterSelect,
  FilterSelectsComponent,
} from './filter-selects.component';
import { type ListSortOption, ListSortComponent } from './list-sort.component';
import type { UrlListFilters } from './url-list';

/** What the filter row needs of its list: the filters, and a way to change them. */
export interface FilterableList<F extends UrlListFilters> {
  readonly filters: Signal<F>;
  apply(change: Partial<F>): void;
}

/**
 * A search list's filter row (put it in the list shell's `listFilters`): the filter selects, the
 * projected controls of its own (a date range, say), then the sort. A change goes to the list,
 * which keeps it in the URL.
 */
@Component({
  selector: 'sm-search-filters',
  imports: [FilterSelectsComponent, ListSortComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    /* No box of its own: each control fills its column of the list shell's filter row. */
    :host {
      display: contents;
    }
    :host > ::ng-deep * {
      width: 100%;
      min-width: 0;
    }
  `,
  template: `
    <sm-filter-selects
      [selects]="selects()"
      [values]="values()"
      (changed)="change($event)"
    />
    <ng-content />
    <sm-list-sort
      [value]="list().filters().sort"
      (valueChange)="change({ key: 'sort', value: $event })"
      [options]="sorts()"
      [label]="sortLabel()"
    />
  `,
})
export class SearchFiltersComponent<F extends UrlListFilters> {
  readonly list = input.required<FilterableList<F>>();
  readonly selects = input.required<readonly FilterSelect[]>();
  readonly sorts = input.required<readonly ListSortOption[]>();
  /** The sort select's placeholder (already translated). */
  readonly sortLabel = input.required<string>();

  // A filters interface has no index signature: the selects read it by their keys.
  protected readonly values = computed(
    () => this.list().filters() as unknown as Readonly<Record<string, unknown>>,
  );

  protected change({ key, value }: FilterChange): void {
    this.list().apply({ [key]: value } as Partial<F>);
  }
}
