import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import {
  ScenariosApi,
  type ExportFormat,
  type ScenarioSort,
} from '@scenematch/portal/scenarios/data-access/scenarios.api';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { FacetChartCardComponent } from '@scenematch/portal/shared/ui/list/facet-chart-card.component';
import { FacetTagsComponent } from '@scenematch/portal/shared/ui/list/facet-tags.component';
import { filterSelect } from '@scenematch/portal/shared/ui/list/filter-selects.component';
import { ListShellComponent } from '@scenematch/portal/shared/ui/list/list-shell.component';
import type { ListShellKeys } from '@scenematch/portal/shared/ui/list/list-shell.component';
import { SearchFiltersComponent } from '@scenematch/portal/shared/ui/list/search-filters.component';
import { SearchList } from '@scenematch/portal/shared/ui/list/search-list';
import { fromIsoDate, toIsoDate } from '@scenematch/portal/shared/ui/forms/dates';
import { injectBatchList } from '@scenematch/portal/shared/ui/scenario/batch-list';
import { FileDownloads } from '@scenematch/portal/shared/ui/ui/file-downloads';
import { filtersToQuery, scenarioFilterModel } from './scenario-filters';
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
    NzButtonModule,
    NzDatePickerModule,
    NzIconModule,
    ScenarioCardComponent,
    SearchFiltersComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-list.page.html',
  styleUrl: './scenario-list.page.less',
})
export class ScenarioListPage {
  private readonly api = inject(ScenariosApi);
  protected readonly taxonomy = inject(TaxonomyStore);
  private readonly lang = inject(LanguageService);

  protected readonly sorts = SORTS;

  /** The list's texts (catalogue keys). */
  protected readonly keys: ListShellKeys = {
    title: 'scenarios.listTitle',
    lead: 'scenarios.listLead',
    searchPlaceholder: 'scenarios.searchPlaceholder',
    resetFilters: 'scenarios.resetFilters',
    resultCount: 'scenarios.resultCount',
    loadFailed: 'scenarios.loadFailed',
    empty: 'scenarios.empty',
    emptyHint: 'scenarios.emptyHint',
  };

  protected readonly list = new SearchList(
    scenarioFilterModel,
    (query) => this.api.list(query),
    this.lang.t('scenarios.loadFailed'),
  );
  protected readonly filters = this.list.filters;
  protected readonly deadlineRange = computed(() => {
    const f = this.filters();
    return f.deadlineFrom || f.deadlineTo
      ? [
          f.deadlineFrom ? fromIsoDate(f.deadlineFrom) : null,
          f.deadlineTo ? fromIsoDate(f.deadlineTo) : null,
        ]
      : [];
  });

  protected readonly exports = new FileDownloads<ExportFormat>();
  /** The export buttons: the file format, its icon and text. */
  protected readonly exportButtons: readonly {
    format: ExportFormat;
    icon: string;
    label: string;
  }[] = [
    { format: 'xlsx', icon: 'file-excel', label: 'scenarios.exportXlsx' },
    { format: 'csv', icon: 'download', label: 'scenarios.exportCsv' },
  ];

  protected readonly facets = computed(
    () => this.list.page()?.facets?.domains ?? [],
  );
  private readonly batches = injectBatchList();
  /** The domain, capability and batch filters (their names are not marked as untranslated). */
  protected readonly selects = computed(() => {
    const counts = new Map(this.facets().map((f) => [f.code, f.count]));
    const select = filterSelect<'domain' | 'capabilities' | 'batch'>;
    return [
      select(
        'domain',
        ['scenarios.allDomains', 'scenarios.domain'],
        'filter-domain',
        this.taxonomy.domains().map((d) => ({
          value: d.code,
          label: `${d.name}（${counts.get(d.code) ?? 0}）`,
        })),
        { search: true, translated: true },
      ),
      select(
        'capabilities',
        ['scenarios.anyCapability', 'scenarios.capabilities'],
        'filter-capability',
        this.taxonomy
          .capabilities()
          .map((c) => ({ value: c.code, label: c.name })),
        { translated: true, multiple: true },
      ),
      select(
        'batch',
        ['scenarios.allBatches', 'scenarios.batch'],
        'filter-batch',
        this.batches().map((b) => ({
          value: b.id,
          label: this.lang.t('scenarios.batchValue', {
            n: b.number,
            name: b.name,
          }),
        })),
        { translated: true },
      ),
    ];
  });

  constructor() {
    this.taxonomy.load();
  }

  protected toggleDomain(code: string): void {
    this.list.apply({ domain: this.filters().domain === code ? null : code });
  }

  protected setDeadline(range: Array<Date | null> | null): void {
    const [from, to] = range ?? [];
    this.list.apply({
      deadlineFrom: from ? toIsoDate(from) : null,
      deadlineTo: to ? toIsoDate(to) : null,
    });
  }

  protected export(format: ExportFormat): void {
    this.exports.run(
      format,
      this.api.exportList(filtersToQuery(this.filters()), format),
      () => this.lang.t('scenarios.exportFailed'),
    );
  }
}
