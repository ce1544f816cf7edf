import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import type { RecommendationPage } from '@scenematch/portal/matching/data-access/matching.api';

/** What a company can do when nothing is recommended yet. */
const EMPTY_STEPS = [
  {
    key: 'profile',
    text: 'matching.recommendations.emptySteps.profile.text',
    hint: 'matching.recommendations.emptySteps.profile.hint',
    link: '/me/profile',
  },
  {
    key: 'products',
    text: 'matching.recommendations.emptySteps.products.text',
    hint: 'matching.recommendations.emptySteps.products.hint',
    link: '/me/products',
  },
];

/**
 * 为我推荐 with nothing to show: some below the minimum score (显示更多 is under the list), the
 * filters' doing (重置, emitting `resetFilters`), or nothing at all (what to fill in first).
 */
@Component({
  selector: 'sm-recommendations-empty',
  imports: [
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzResultModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .empty {
      padding: 32px 0;
      background: #fff;
      border-radius: 8px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .small {
      font-size: 12px;
    }
    .empty-steps {
      display: flex;
      justify-content: center;
      flex-wrap: wrap;
      gap: 16px 32px;
    }
    .step {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 4px;
    }
  `,
  template: `
    @if (page().belowMinScore > 0) {
      <nz-empty
        class="empty"
        [nzNotFoundContent]="emptyAtMinimumTpl"
        data-testid="recommendations-empty-at-minimum"
      />
      <ng-template #emptyAtMinimumTpl>
        <div>
          {{
            'matching.recommendations.noneAtMinimum'
              | transloco: { min: page().minScore }
          }}
        </div>
        <div class="muted">
          {{
            'matching.recommendations.noneAtMinimumHint'
              | transloco: { n: page().belowMinScore }
          }}
        </div>
      </ng-template>
    } @else if (filtered()) {
      <nz-empty
        class="empty"
        [nzNotFoundContent]="emptyFilteredTpl"
        data-testid="recommendations-empty-filtered"
      />
      <ng-template #emptyFilteredTpl>
        <div>
          {{ 'matching.recommendations.emptyFiltered' | transloco }}
        </div>
        <div class="muted">
          {{ 'matching.recommendations.emptyFilteredHint' | transloco }}
        </div>
        <button nz-button nzType="link" (click)="resetFilters.emit()">
          {{ 'matching.recommendations.resetFilters' | transloco }}
        </button>
      </ng-template>
    } @else {
      <nz-result
        class="empty"
        [nzIcon]="bulbIcon"
        [nzTitle]="'matching.recommendations.emptyTitle' | transloco"
        [nzSubTitle]="'matching.recommendations.emptyText' | transloco"
        data-testid="recommendations-empty"
      >
        <div nz-result-extra class="empty-steps">
          @for (step of emptySteps; track step.key) {
            <div class="step">
              <a
                nz-button
                [nzType]="$first ? 'primary' : 'default'"
                [routerLink]="step.link"
                [attr.data-testid]="'empty-' + step.key"
                >{{ step.text | transloco }}</a
              >
              <div class="muted small">{{ step.hint | transloco }}</div>
            </div>
          }
        </div>
      </nz-result>
      <!-- An outline icon: nz-result would ask for the filled one, which is not bundled. -->
      <ng-template #bulbIcon><nz-icon nzType="bulb" /></ng-template>
    }
  `,
})
export class RecommendationsEmptyComponent {
  readonly page = input.required<RecommendationPage>();
  readonly filtered = input(false);
  readonly resetFilters = output<void>();

  protected readonly emptySteps = EMPTY_STEPS;
}
