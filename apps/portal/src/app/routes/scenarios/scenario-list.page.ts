import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ScenarioBatchView, ScenarioView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { merge, Observable, of, Subject } from 'rxjs';
import {
  catchError,
  debounceTime,
  filter,
  map,
  startWith,
  switchMap,
} from 'rxjs/operators';
import { BatchesApi } from '../../core/data-access/batches.api';
import { saveFile } from '../../core/data-access/download';
import {
  ScenariosApi,
  type ExportFormat,
  type ScenarioPage,
  type ScenarioSort,
} from '../../core/data-access/scenarios.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { toApiError } from '../../core/http/api-error';
import { TEXTS } from '../../core/i18n/zh-cn';
import { SCENARIO_TEXTS } from '../../core/i18n/zh-cn.scenarios';
import { StatusTagComponent } from '../../shared/scenario/status-tag.component';
import { HighlightComponent } from '../../shared/text/highlight.component';
import { snippet } from '../../shared/text/highlight';
import { fromIsoDate, toIsoDate } from '../../shared/forms/dates';
import { DomainFacetChartComponent } from './domain-facet-chart.component';
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

type ListState =
  | { state: 'loading'; previous: ScenarioPage | null }
  | { state: 'done'; page: ScenarioPage }
  | { state: 'failed'; message: string };

const SNIPPET_LENGTH = 120;

/**
 * The public scenario list: search (debounced), filters and paging live in the URL's query
 * parameters, so a link reproduces the list and the back button walks back through searches.
 */
@Component({
  selector: 'sm-scenario-list-page',
  imports: [
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
    NzPaginationModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    NzTagModule,
    HighlightComponent,
    StatusTagComponent,
    DomainFacetChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scenario-list.page.html',
  styleUrl: './scenario-list.page.less',
})
export class ScenarioListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(ScenariosApi);
  private readonly message = inject(NzMessageService);
  protected readonly taxonomy = inject(TaxonomyStore);

  protected readonly t = SCENARIO_TEXTS.scenarios;
  protected readonly common = TEXTS.common;
  protected readonly pageSizes = [...PAGE_SIZES];
  protected readonly sorts = (
    Object.entries(SCENARIO_TEXTS.scenarios.sorts) as Array<
      [ScenarioSort, string]
    >
  ).map(([value, label]) => ({ value, label }));

  protected readonly filters = toSignal(
    this.route.queryParamMap.pipe(map(filtersFromParams)),
    { initialValue: DEFAULT_FILTERS },
  );
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

  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly reload$ = new Subject<void>();
  protected readonly exporting = signal<ExportFormat | null>(null);

  protected readonly list = toSignal(
    merge(
      this.route.queryParamMap.pipe(map(filtersFromParams)),
      // A retry re-runs the current filters.
      this.reload$.pipe(map(() => this.filters())),
    ).pipe(switchMap((filters) => this.load(filters))),
    { initialValue: { state: 'loading', previous: null } as ListState },
  );

  /** The page on screen: while the next one loads, the previous one stays (dimmed). */
  protected readonly page = computed<ScenarioPage | null>(() => {
    const l = this.list();
    return l.state === 'done'
      ? l.page
      : l.state === 'loading'
        ? l.previous
        : null;
  });
  protected readonly loading = computed(() => this.list().state === 'loading');
  protected readonly failure = computed(() => {
    const l = this.list();
    return l.state === 'failed' ? l.message : null;
  });
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
      label: this.t.batchValue(b.number, b.name),
    })),
  );

  private lastPage: ScenarioPage | null = null;

  constructor() {
    this.taxonomy.load();
    const destroyRef = inject(DestroyRef);

    // The search box follows the URL (back button, links) …
    effect(() => {
      const q = this.filters().q;
      if (this.search.value.trim() !== q)
        this.search.setValue(q, { emitEvent: false });
    });
    // … and the URL follows the search box once typing pauses.
    this.search.valueChanges
      .pipe(
        debounceTime(350),
        map((v) => v.trim().slice(0, 50)),
        filter((q) => q !== this.filters().q),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((q) => this.apply({ q }));

    // A page past the end (the list shrank since the link was made): go to the last one.
    effect(() => {
      const l = this.list();
      if (l.state !== 'done') return;
      const { items, total, page, pageSize } = l.page;
      if (!items.length && total > 0 && page > 1) {
        this.apply({ page: Math.ceil(total / pageSize) }, true);
      }
    });
  }

  private load(filters: ScenarioFilters): Observable<ListState> {
    return this.api.list(filtersToQuery(filters)).pipe(
      map((page): ListState => {
        this.lastPage = page;
        return { state: 'done', page };
      }),
      catchError((error: unknown) =>
        of<ListState>({
          state: 'failed',
          message: toApiError(error).message || this.t.loadFailed,
        }),
      ),
      startWith<ListState>({ state: 'loading', previous: this.lastPage }),
    );
  }

  /** Moves to the list with the changed filters (a new history entry unless `replace`). */
  protected apply(change: Partial<ScenarioFilters>, replace = false): void {
    const next = changeFilters(this.filters(), change);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(next),
      replaceUrl: replace,
    });
  }

  protected searchNow(): void {
    const q = this.search.value.trim().slice(0, 50);
    if (q !== this.filters().q) this.apply({ q });
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

  protected setPageIndex(page: number): void {
    if (page !== this.filters().page) this.apply({ page });
  }

  protected setPageSize(pageSize: number): void {
    if (pageSize !== this.filters().pageSize) this.apply({ pageSize });
  }

  protected reset(): void {
    this.search.setValue('', { emitEvent: false });
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams({
        ...DEFAULT_FILTERS,
        sort: this.filters().sort,
        pageSize: this.filters().pageSize,
      }),
    });
  }

  protected retry(): void {
    this.reload$.next();
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
        this.message.error(this.t.exportFailed);
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
