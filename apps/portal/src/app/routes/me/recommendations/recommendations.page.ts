import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import {
  RECOMMENDATION_DEFAULT_MIN_SCORE,
  type DismissRequest,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzSliderModule } from 'ng-zorro-antd/slider';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { merge, of, Subject } from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  map,
  switchMap,
} from 'rxjs/operators';
import { AuthStore } from '../../../core/auth/auth.store';
import {
  MatchingApi,
  MAX_PAGE_SIZE,
  type RecommendationPage,
  type RecommendationView,
} from '../../../core/data-access/matching.api';
import { TaxonomyStore } from '../../../core/data-access/taxonomy.store';
import { toApiError } from '../../../core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../../core/i18n/language.service';
import {
  MatchExplanationDrawerComponent,
  type ExplanationTarget,
} from '../../../shared/matching/match-explanation-drawer.component';
import { ListEmptyDirective } from '../../../shared/list/list-results.component';
import { ListShellComponent } from '../../../shared/list/list-shell.component';
import { UrlList } from '../../../shared/list/url-list';
import { DismissModalComponent } from './dismiss-modal.component';
import { DismissedRecommendationsComponent } from './dismissed-recommendations.component';
import { RecommendationCardComponent } from './recommendation-card.component';
import { RecommendationChartComponent } from './recommendation-chart.component';
import { RecommendationsEmptyComponent } from './recommendations-empty.component';
import {
  changeFilters,
  chartQuery,
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  filtersToQuery,
  hasFilters,
  MIN_SCORE_STEP,
  normaliseMinScore,
  PAGE_SIZES,
  type RecommendationFilters,
} from './recommendation-filters';
import { countByDomain } from './recommendation-stats';

/**
 * 为我推荐: open scenarios ranked for the signed-in company, with filters in the URL, the domain
 * spread of the recommendations and, per scenario, why it was recommended.
 */
@Component({
  selector: 'sm-recommendations-page',
  imports: [
    DismissedRecommendationsComponent,
    DismissModalComponent,
    FormsModule,
    ListEmptyDirective,
    ListShellComponent,
    MatchExplanationDrawerComponent,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzSelectModule,
    NzSkeletonModule,
    NzSliderModule,
    NzSwitchModule,
    NzTooltipModule,
    RecommendationCardComponent,
    RecommendationChartComponent,
    RecommendationsEmptyComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recommendations.page.html',
  styleUrl: './recommendations.page.less',
})
export class RecommendationsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(MatchingApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);
  protected readonly taxonomy = inject(TaxonomyStore);
  private readonly lang = inject(LanguageService);

  protected readonly pageSizes = [...PAGE_SIZES];
  protected readonly scoreStep = MIN_SCORE_STEP;
  protected readonly scoreMarks = { 0: '0', 60: '60', 80: '80', 100: '100' };
  protected readonly chartSize = MAX_PAGE_SIZE;
  protected readonly defaultMinScore = RECOMMENDATION_DEFAULT_MIN_SCORE;
  protected readonly resultCount = (n: number): string =>
    this.lang.t('matching.recommendations.resultCount', { n });

  protected readonly list = new UrlList<RecommendationFilters, RecommendationPage>(
    {
      defaults: DEFAULT_FILTERS,
      fromParams: filtersFromParams,
      toParams: filtersToParams,
      change: changeFilters,
      load: (filters) => this.api.recommendations(filtersToQuery(filters)),
      loadFailed: '',
      failureMessage: (e) =>
        e.statusCode === 403
          ? this.lang.t('matching.recommendations.forbidden')
          : e.message,
    },
  );
  protected readonly filters = this.list.filters;
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  /** The slider's value while it is dragged; the URL changes when it is let go. */
  protected readonly minScore = signal(DEFAULT_FILTERS.minScore);

  private readonly reload$ = new Subject<void>();

  /** The chart counts every domain (the domain filter only picks the highlighted bar). */
  private readonly chartItems = toSignal(
    merge(
      this.route.queryParamMap.pipe(
        map((params) => chartQuery(filtersFromParams(params), MAX_PAGE_SIZE)),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      ),
      this.reload$.pipe(map(() => chartQuery(this.filters(), MAX_PAGE_SIZE))),
    ).pipe(
      switchMap((query) =>
        this.api.recommendations(query).pipe(
          map((p): RecommendationView[] | null => p.items),
          catchError(() => of([] as RecommendationView[])),
        ),
      ),
    ),
    { initialValue: null as RecommendationView[] | null },
  );
  protected readonly chartRows = computed(() => {
    const items = this.chartItems();
    if (!items) return null;
    const codes = new Map(this.taxonomy.domains().map((d) => [d.name, d.code]));
    return countByDomain(items, (name) => codes.get(name));
  });

  protected readonly explaining = signal<ExplanationTarget | null>(null);

  /** The recommendation being dismissed (the modal is open), and whether the request is out. */
  protected readonly dismissing = signal<RecommendationView | null>(null);
  protected readonly dismissBusy = signal(false);
  private readonly dismissedList = viewChild.required(
    DismissedRecommendationsComponent,
  );

  constructor() {
    this.taxonomy.load();
    effect(() => this.minScore.set(this.filters().minScore));
  }

  /** Moves to the list with the changed filters (a new history entry unless `replace`). */
  protected apply(
    change: Partial<RecommendationFilters>,
    replace = false,
  ): void {
    this.list.apply(change, replace);
  }

  /** The slider let go (or moved by keyboard). */
  protected setMinScore(value: number | number[]): void {
    const score = normaliseMinScore(Array.isArray(value) ? value[0] : value);
    if (score !== this.filters().minScore) this.apply({ minScore: score });
  }

  protected toggleDomain(code: string): void {
    this.apply({ domain: this.filters().domain === code ? null : code });
  }

  protected reset(): void {
    this.apply({ domain: null, minScore: RECOMMENDATION_DEFAULT_MIN_SCORE });
  }

  protected refresh(): void {
    this.list.retry();
    this.reload$.next();
    this.dismissedList().reload();
  }

  /** 显示更多: the rest of the list, below the default minimum (kept in the URL as minScore=0). */
  protected showMore(): void {
    this.apply({ minScore: 0 });
  }

  protected showFewer(): void {
    this.apply({ minScore: RECOMMENDATION_DEFAULT_MIN_SCORE });
  }

  protected confirmDismiss(body: DismissRequest): void {
    const r = this.dismissing();
    if (!r) return;
    this.dismissBusy.set(true);
    this.api.dismiss(r.scenario.id, body).subscribe({
      next: () => {
        this.dismissBusy.set(false);
        this.dismissing.set(null);
        this.message.success(
          this.lang.t('matching.recommendations.dismissed', {
            title: r.scenario.title,
          }),
        );
        this.refresh();
      },
      error: (error: unknown) => {
        this.dismissBusy.set(false);
        this.message.error(
          toApiError(error).message ||
            this.lang.t('matching.recommendations.dismissFailed'),
        );
      },
    });
  }

  protected explain(r: RecommendationView): void {
    const organisationId = this.auth.user()?.organisation.id;
    if (!organisationId) return;
    this.explaining.set({
      scenarioId: r.scenario.id,
      organisationId,
      title: r.scenario.title,
    });
  }

  protected readonly scoreTip = (value: number): string =>
    value > 0
      ? this.lang.t('matching.recommendations.minScoreAtLeast', { n: value })
      : this.lang.t('matching.recommendations.minScoreAny');
}
