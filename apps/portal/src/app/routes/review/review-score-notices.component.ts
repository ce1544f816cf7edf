import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import type { ReviewAssignment } from '../../core/data-access/applications.api';

/** The head of the scoring card: the scenario, the recusal notice and the last error. */
@Component({
  selector: 'sm-review-score-notices',
  imports: [TranslocoPipe, NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .notice {
      margin-bottom: 16px;
    }
  `,
  template: `
    @let a = assignment();
    <p class="muted">
      {{ 'applications.review.scenario' | transloco
      }}{{ 'applications.colon' | transloco
      }}<span data-i18n-skip>{{ a.scenario.title }}</span>
    </p>

    @if (a.recused) {
      <nz-alert
        class="notice"
        nzType="warning"
        nzShowIcon
        [nzMessage]="
          'applications.review.recusedHint'
            | transloco
              : {
                  reason:
                    a.recuseReason ??
                    ('applications.review.conflictReason' | transloco),
                }
        "
        data-testid="review-recused"
      />
    }
    @if (error(); as message) {
      <nz-alert
        class="notice"
        nzType="error"
        nzShowIcon
        [nzMessage]="message"
        data-testid="review-error"
      />
    }
  `,
})
export class ReviewScoreNoticesComponent {
  readonly assignment = input.required<ReviewAssignment>();
  readonly error = input<string | null>(null);
}
