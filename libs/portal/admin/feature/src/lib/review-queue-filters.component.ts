import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzInputModule } from 'ng-zorro-antd/input';
import { of } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { ToolbarTabsComponent } from '@scenematch/portal/shared/ui/admin-forms/toolbar-tabs.component';
import { OrganisationsApi } from '@scenematch/portal/accounts/data-access/organisations.api';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import {
  type FilterChange,
  filterSelect,
  FilterSelectsComponent,
} from '@scenematch/portal/shared/ui/list/filter-selects.component';
import { QUEUE_FILTERS, type QueueFilter } from './review-queue-table';

/** What narrows 场景审核: the tab (pending, submitted, approved), a keyword, the unit, the domain. */
@Component({
  selector: 'sm-review-queue-filters',
  imports: [
    FormsModule,
    NzInputModule,
    ToolbarTabsComponent,
    FilterSelectsComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-page.less',
  template: `
    <sm-toolbar-tabs
      class="toolbar"
      [tabs]="filters"
      [value]="filter()"
      [solid]="false"
      (changed)="filterChange.emit($event)"
      testId="queue-filter"
    />

    <div class="queue-filters" data-testid="queue-filters">
      <input
        nz-input
        type="search"
        [ngModel]="q()"
        (ngModelChange)="narrow.emit({ q: $event })"
        [placeholder]="'scenarios.admin.queueSearch' | transloco"
        [attr.aria-label]="'scenarios.admin.queueSearch' | transloco"
        maxlength="50"
        data-testid="queue-search"
      />
      <sm-filter-selects
        [selects]="selects()"
        [values]="values()"
        (changed)="narrowBy($event)"
      />
    </div>
  `,
})
export class ReviewQueueFiltersComponent {
  readonly filter = input.required<QueueFilter>();
  readonly q = input('');
  readonly agency = input<string | null>(null);
  readonly domain = input<string | null>(null);
  readonly filterChange = output<QueueFilter>();
  readonly narrow = output<{
    q?: string;
    agency?: string | null;
    domain?: string | null;
  }>();

  protected readonly filters = QUEUE_FILTERS;
  protected readonly taxonomy = inject(TaxonomyStore);
  protected readonly agencies = toSignal(
    inject(OrganisationsApi)
      .search('agency', '', 100)
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
  /** The unit (names as entered) and domain selects. */
  protected readonly selects = computed(() => [
    filterSelect(
      'agency',
      ['scenarios.admin.queueAgency', 'scenarios.admin.queueAgency'],
      'queue-agency',
      this.agencies().map((a) => ({ value: a.id, label: a.name })),
      { search: true },
    ),
    filterSelect(
      'domain',
      ['scenarios.admin.queueDomain', 'scenarios.admin.queueDomain'],
      'queue-domain',
      this.taxonomy.domains().map((d) => ({ value: d.code, label: d.name })),
      { search: true, translated: true },
    ),
  ]);
  protected readonly values = computed(() => ({
    agency: this.agency(),
    domain: this.domain(),
  }));

  constructor() {
    this.taxonomy.load();
  }

  protected narrowBy({ key, value }: FilterChange<'agency' | 'domain'>): void {
    this.narrow.emit({ [key]: value as string | null });
  }
}
