import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { ScenarioBatchView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { BatchesApi } from '../../core/data-access/batches.api';
import { saveFile } from '../../core/data-access/download';
import {
  ScenariosApi,
  type ExportFormat,
  type ScenarioSort,
} from '../../core/data-access/scenarios.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { FacetChartCardComponent } from '../../shared/list/facet-chart-card.component';
import { FacetTagsComponent } from '../../shared/list/facet-tags.component';
import { ListShellComponent } from '../../shared/list/list-shell.component';
import { ListSortComponent } from '../../shared/list/list-sort.component';
import { UrlList } from '../../shared/list/url-list';
import { fromIsoDate, toIsoDate } from '../../shared/forms/dates';
import {
  changeFilters,
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  filtersToQuery,
  hasFilters,
  highlightTerms,
  PAGE_SIZES,
  type ScenarioFilters,
} from './scenario-filters';
import { ScenarioCardComponent } from './scenario-card.component';

/** The sort options: code and name. */
const SORTS: Array<{ value: ScenarioSort; label: string }> = [
  { value: 'relevance', label: 'scenarios.sorts.relevance' },
  { value: 'newest', label: 'scenarios.sorts.newest' },
  { value: 'deadline', label: 'scenarios.sorts.deadline' },
  { value: 'number', label: 'scenarios.sorts.number' },
];

/**
 * The public scenario list: search (debounced), filters and paging live in the URL's query
 * parameters, so a link reproduces the list and the back button walks back through searches.
 */
@Component({
  selector: 'sm-scenario-list-page',
  imports: [
    FacetChartCardComponent,
    FacetTagsComponent,
    FormsModule,
    ListShellComponent,
    ListSortComponent,
    NzButtonModule,
    NzDatePickerModule,
    NzIconModule,
    NzSelectModule,
    ScenarioCardComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-list.page.html',
  styleUrl: './scenario-list.page.less',
})
export class ScenarioListPage {
  private readonly api = inject(ScenariosApi);
  private readonly message = inject(NzMessageService);
  protected readonly taxonomy = inject(TaxonomyStore);
  private readonly lang = inject(LanguageService);

  protected readonly pageSizes = [...PAGE_SIZES];
  protected readonly sorts = SORTS;
  protected readonly resultCount = (n: number): string =>
    this.lang.t('scenarios.resultCount', { n });

  protected readonly list = new UrlList({
    defaults: DEFAULT_FILTERS,
    fromParams: filtersFromParams,
    toParams: filtersToParams,
    change: changeFilters,
    load: (filters: ScenarioFilters) => this.api.list(filtersToQuery(filters)),
    loadFailed: this.lang.t('scenarios.loadFailed'),
  });
  protected readonly filters = this.list.filters;
  protected readonly terms = computed(() => highlightTerms(this.filters()));
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  protected readonly deadlineRange = computed(() => {
    const f = this.filters();
    return f.deadlineFrom || f.deadlineTo
      ? [
          f.deadlineFrom ? fromIsoDate(f.deadlineFrom) : null,
          f.deadlineTo ? fromIsoDate(f.deadlineTo) : null,
        ]
      : [];
  });

  protected readonly exporting = signal<ExportFormat | null>(null);

  protected readonly facets = computed(
    () => this.list.page()?.facets?.domains ?? [],
  );
  protected readonly domainOptions = computed(() => {
    const counts = new Map(this.facets().map((f) => [f.code, f.count]));
    return this.taxonomy.domains().map((d) => ({
      code: d.code,
      label: `${d.name}（${counts.get(d.code) ?? 0}）`,
    }));
  });

  private readonly batches = toSignal(
    inject(BatchesApi)
      .list()
      .pipe(catchError(() => of([] as ScenarioBatchView[]))),
    { initialValue: [] as ScenarioBatchView[] },
  );
  protected readonly batchOptions = computed(() =>
    this.batches().map((b) => ({
      id: b.id,
      label: this.lang.t('scenarios.batchValue', { n: b.number, name: b.name }),
    })),
  );

  constructor() {
    this.taxonomy.load();
  }

  protected apply(change: Partial<ScenarioFilters>): void {
    this.list.apply(change);
  }

  protected toggleDomain(code: string): void {
    this.apply({ domain: this.filters().domain === code ? null : code });
  }

  protected setDeadline(range: Array<Date | null> | null): void {
    const [from, to] = range ?? [];
    this.apply({
      deadlineFrom: from ? toIsoDate(from) : null,
      deadlineTo: to ? toIsoDate(to) : null,
    });
  }

  protected export(format: ExportFormat): void {
    if (this.exporting()) return;
    this.exporting.set(format);
    this.api.exportList(filtersToQuery(this.filters()), format).subscribe({
      next: (file) => {
        saveFile(file);
        this.exporting.set(null);
      },
      error: () => {
        this.message.error(this.lang.t('scenarios.exportFailed'));
        this.exporting.set(null);
      },
    });
  }
}
