import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  RECOMMENDATION_DEFAULT_MIN_SCORE,
  type DismissRequest,
} from '@scenematch/contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { Observable } from 'rxjs';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import {
  MatchingApi,
  type RecommendationPage,
  type RecommendationView,
} from '@scenematch/portal/matching/data-access/matching.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  MatchExplanationDrawerComponent,
  type ExplanationTarget,
} from '@scenematch/portal/matching/ui/match-explanation-drawer.component';
import { ListEmptyDirective } from '@scenematch/portal/shared/ui/list/list-results.component';
import { ListShellComponent } from '@scenematch/portal/shared/ui/list/list-shell.component';
import type { ListShellKeys } from '@scenematch/portal/shared/ui/list/list-shell.component';
import { SearchList } from '@scenematch/portal/shared/ui/list/search-list';
import { DismissModalComponent } from './dismiss-modal.component';
import { DismissedRecommendationsComponent } from './dismissed-recommendations.component';
import { RecommendationCardComponent } from './recommendation-card.component';
import { RecommendationFilterControlsComponent } from './recommendation-filter-controls.component';
import { RecommendationChartCardComponent } from './recommendation-chart-card.component';
import { RecommendationsEmptyComponent } from './recommendations-empty.component';
import {
  recommendationFilterModel,
  type RecommendationFilters,
} from './recommendation-filters';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';

/**
 * 为我推荐: open scenarios ranked for the signed-in company, with filters in the URL, the domain
 * spread of the recommendations and, per scenario, why it was recommended.
 */
@Component({
  selector: 'sm-recommendations-page',
  imports: [
    ActionButtonComponent,
    DismissedRecommendationsComponent,
    DismissModalComponent,
    ListEmptyDirective,
    ListShellComponent,
    MatchExplanationDrawerComponent,
    RecommendationCardComponent,
    RecommendationChartCardComponent,
    RecommendationFilterControlsComponent,
    RecommendationsEmptyComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recommendations.page.html',
  styleUrl: './recommendations.page.less',
})
export class RecommendationsPage {
  private readonly api = inject(MatchingApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);
  private readonly lang = inject(LanguageService);

  protected readonly defaultMinScore = RECOMMENDATION_DEFAULT_MIN_SCORE;

  /** The list's texts (catalogue keys). */
  protected readonly keys: ListShellKeys = {
    title: 'matching.recommendations.title',
    lead: 'matching.recommendations.lead',
    resetFilters: 'matching.recommendations.resetFilters',
    resultCount: 'matching.recommendations.resultCount',
    loadFailed: 'matching.recommendations.loadFailed',
  };

  protected readonly list = new SearchList(
    recommendationFilterModel,
    (query): Observable<RecommendationPage> => this.api.recommendations(query),
    '',
    (e) =>
      e.statusCode === 403
        ? this.lang.t('matching.recommendations.forbidden')
        : e.message,
  );
  protected readonly filters = this.list.filters;
  protected readonly filtered = this.list.filtered;
  protected readonly explaining = signal<ExplanationTarget | null>(null);

  /** The recommendation being dismissed (the modal is open), and whether the request is out. */
  protected readonly dismissing = signal<RecommendationView | null>(null);
  protected readonly dismissBusy = signal(false);
  private readonly dismissedList = viewChild.required(
    DismissedRecommendationsComponent,
  );
  private readonly chartCard = viewChild.required(
    RecommendationChartCardComponent,
  );

  /** Moves to the list with the changed filters (a new history entry unless `replace`). */
  protected apply(
    change: Partial<RecommendationFilters>,
    replace = false,
  ): void {
    this.list.apply(change, replace);
  }

  protected toggleDomain(code: string): void {
    this.apply({ domain: this.filters().domain === code ? null : code });
  }

  protected reset(): void {
    this.apply({ domain: null, minScore: RECOMMENDATION_DEFAULT_MIN_SCORE });
  }

  protected refresh(): void {
    this.list.retry();
    this.chartCard().reload();
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
}
