import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import type { MatchExplanation } from '@scenematch/portal/matching/data-access/matching.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import type { ComponentBreakdown, ComponentKey } from './match-components';

/**
 * A match score taken apart: the four weighted components as bars (points out of each one's
 * maximum, the capability gate in orange) and the factors that lowered the total.
 */
@Component({
  selector: 'sm-match-breakdown',
  imports: [NzIconModule, NzProgressModule, NzTooltipModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './match-breakdown.component.less',
  template: `
    <section>
      <h3>{{ 'matching.explanation.breakdown' | transloco }}</h3>
      <p class="muted small">
        {{ 'matching.explanation.breakdownHint' | transloco }}
      </p>
      @for (row of rows(); track row.key) {
        <div
          class="component"
          [attr.data-key]="row.key"
          data-testid="component-row"
        >
          <div class="component-head">
            <span
              class="component-label"
              nz-tooltip
              [nzTooltipTitle]="componentKeys[row.key].hint | transloco"
              >{{ componentKeys[row.key].label | transloco }}
              <nz-icon nzType="question-circle" class="muted"
            /></span>
            @if (row.key === 'capability') {
              <span class="source small" data-testid="capability-source">{{
                capabilitySourceKeys[explanation().capabilitySource] | transloco
              }}</span>
            }
            <span class="muted small">{{
              row.percent === null
                ? ('matching.explanation.capabilityNotCounted' | transloco)
                : ('matching.explanation.level'
                  | transloco: { percent: row.percent })
            }}</span>
          </div>
          @if (row.max > 0) {
            <nz-progress
              [nzPercent]="row.filled"
              [nzStrokeColor]="row.gated ? '#faad14' : '#1677ff'"
              [nzFormat]="row.format"
              nzSize="small"
              nzStatus="normal"
            />
          }
        </div>
      }
      @if (breakdown().gate < 1 && breakdown().gate > 0) {
        <p class="gate small" data-testid="explanation-gate">
          {{
            'matching.explanation.gated'
              | transloco: { percent: rows()[0].percent ?? 0 }
          }}
        </p>
      }
      @if (breakdown().aiFactor < 1) {
        <p class="gate small" data-testid="explanation-ai-factor">
          {{
            'matching.explanation.aiFactor'
              | transloco: { percent: explanation().aiFactor }
          }}
        </p>
      }
      @if (breakdown().fieldFactor < 1) {
        <p class="gate small" data-testid="explanation-field-factor">
          {{
            'matching.explanation.fieldFactor'
              | transloco: { percent: explanation().fieldFactor }
          }}
        </p>
      }
    </section>
  `,
})
export class MatchBreakdownComponent {
  private readonly lang = inject(LanguageService);

  readonly explanation = input.required<MatchExplanation>();
  readonly breakdown = input.required<ComponentBreakdown>();

  protected readonly componentKeys: Record<
    ComponentKey,
    { label: string; hint: string }
  > = {
    capability: {
      label: 'matching.explanation.components.capability.label',
      hint: 'matching.explanation.components.capability.hint',
    },
    keywords: {
      label: 'matching.explanation.components.keywords.label',
      hint: 'matching.explanation.components.keywords.hint',
    },
    domain: {
      label: 'matching.explanation.components.domain.label',
      hint: 'matching.explanation.components.domain.hint',
    },
    evidence: {
      label: 'matching.explanation.components.evidence.label',
      hint: 'matching.explanation.components.evidence.hint',
    },
  };
  protected readonly capabilitySourceKeys: Record<
    MatchExplanation['capabilitySource'],
    string
  > = {
    stated: 'matching.explanation.capabilitySource.stated',
    inferred: 'matching.explanation.capabilitySource.inferred',
    domain: 'matching.explanation.capabilitySource.domain',
    none: 'matching.explanation.capabilitySource.none',
  };

  protected readonly rows = computed(() =>
    this.breakdown().rows.map((row) => ({
      ...row,
      // The bar tells the points out of the component's maximum.
      format: () =>
        this.lang.t('matching.explanation.points', {
          points: row.points,
          max: row.max,
        }),
    })),
  );
}
