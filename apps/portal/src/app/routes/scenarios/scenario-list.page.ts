import { formatBeijing } from '@scenematch/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ScenarioBatchView, ScenarioView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
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
import { FacetBarChartComponent } from '../../shared/charts/facet-bar-chart.component';
import { UrlList } from '../../shared/list/url-list';
import { StatusTagComponent } from '../../shared/scenario/status-tag.component';
import { HighlightComponent } from '../../shared/text/highlight.component';
import { snippet } from '../../shared/text/highlight';
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
import { ListResultsComponent } from '../../shared/list/list-results.component';

const SNIPPET_LENGTH = 120;

/** The sort options' names, by sort code. */
const SORT_KEYS: Record<ScenarioSort, string> = {
  relevance: 'scenarios.sorts.relevance',
  newest: 'scenarios.sorts.newest',
  deadline: 'scenarios.sorts.deadline',
  number: 'scenarios.sorts.number',
};

/**
 * The public scenario list: search (debounced), filters and paging live in the URL's query
 * parameters, so a link reproduces the list and the back button walks back through searches.
 */
@Component({
  selector: 'sm-scenario-list-page',
  imports: [
    ListResultsComponent,
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzEmptyModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzSkeletonModule,
    NzTagModule,
    HighlightComponent,
    StatusTagComponent,
    FacetBarChartComponent,
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

  /** Deadlines as Beijing wall time: 2026-12-20 17:00. */
  protected readonly formatBeijing = formatBeijing;
  protected readonly pageSizes = [...PAGE_SIZES];
  protected readonly sorts = computed(() =>
    (Object.entries(SORT_KEYS) as Array<[ScenarioSort, string]>).map(
      ([value, key]) => ({ value, label: this.lang.t(key) }),
    ),
  );
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
  protected readonly search = this.list.search;
  /** The page on screen: while the next one loads, the previous one stays (dimmed). */
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
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
    () => this.page()?.facets?.domains ?? [],
  );
  protected readonly facetCount = computed(
    () => new Map(this.facets().map((f) => [f.code, f.count])),
  );
  protected readonly domainOptions = computed(() => {
    const counts = this.facetCount();
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

  protected snippetOf(scenario: ScenarioView): string {
    return snippet(scenario.description, this.terms(), SNIPPET_LENGTH);
  }

  protected domainName(code: string): string {
    return this.taxonomy.domainName(code);
  }
}
