import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSliderModule } from 'ng-zorro-antd/slider';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  MIN_SCORE_STEP,
  normaliseMinScore,
  recommendationFilterModel,
  type RecommendationFilters,
} from './recommendation-filters';

/**
 * 为我推荐's filters: the domain, 仅看未截止 and the minimum score (the slider moves freely; the
 * change is emitted when it is let go). Emits each change.
 */
@Component({
  selector: 'sm-recommendation-filter-controls',
  imports: [
    FormsModule,
    NzSelectModule,
    NzSliderModule,
    NzSwitchModule,
    NzTooltipModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './recommendation-filter-controls.component.less',
  template: `
      <nz-select
        class="f-domain"
        [ngModel]="filters().domain"
        (ngModelChange)="changed.emit({ domain: $event ?? null })"
        [nzPlaceHolder]="'matching.recommendations.allDomains' | transloco"
        nzAllowClear
        nzShowSearch
        [attr.aria-label]="'matching.recommendations.domain' | transloco"
        data-testid="filter-domain"
      >
        @for (d of taxonomy.domains(); track d.code) {
          <nz-option [nzValue]="d.code" [nzLabel]="d.name" />
        }
      </nz-select>

      <span
        class="f-open"
        nz-tooltip
        [nzTooltipTitle]="'matching.recommendations.openOnlyHint' | transloco"
      >
        <nz-switch
          nzId="recommendations-open-only"
          [ngModel]="filters().openOnly"
          (ngModelChange)="changed.emit({ openOnly: $event })"
          data-testid="filter-open"
        />
        <label for="recommendations-open-only">{{
          'matching.recommendations.openOnly' | transloco
        }}</label>
      </span>

      <div class="f-score">
        <span class="label">{{
          'matching.recommendations.minScore' | transloco
        }}</span>
        <nz-slider
          class="slider"
          [nzMin]="0"
          [nzMax]="100"
          [nzStep]="scoreStep"
          [nzMarks]="scoreMarks"
          [nzTipFormatter]="scoreTip"
          [ngModel]="minScore()"
          (ngModelChange)="minScore.set($event)"
          (nzOnAfterChange)="setMinScore($event)"
          [attr.aria-label]="'matching.recommendations.minScore' | transloco"
          data-testid="filter-min-score"
        />
        <span class="value" data-testid="min-score-value">{{
          scoreTip(minScore())
        }}</span>
      </div>
  `,
})
export class RecommendationFilterControlsComponent {
  protected readonly taxonomy = inject(TaxonomyStore);
  private readonly lang = inject(LanguageService);

  readonly filters = input.required<RecommendationFilters>();
  readonly changed = output<Partial<RecommendationFilters>>();

  protected readonly scoreStep = MIN_SCORE_STEP;
  protected readonly scoreMarks = { 0: '0', 60: '60', 80: '80', 100: '100' };
  /** The slider's value while it is dragged; the URL changes when it is let go. */
  protected readonly minScore = signal(
    recommendationFilterModel.DEFAULT_FILTERS.minScore,
  );

  constructor() {
    this.taxonomy.load();
    effect(() => this.minScore.set(this.filters().minScore));
  }

  /** The slider let go (or moved by keyboard). */
  protected setMinScore(value: number | number[]): void {
    const score = normaliseMinScore(Array.isArray(value) ? value[0] : value);
    if (score !== this.filters().minScore) this.changed.emit({ minScore: score });
  }

  protected readonly scoreTip = (value: number): string =>
    value > 0
      ? this.lang.t('matching.recommendations.minScoreAtLeast', { n: value })
      : this.lang.t('matching.recommendations.minScoreAny');
}
