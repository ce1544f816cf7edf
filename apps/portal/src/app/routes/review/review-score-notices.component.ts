import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReviewAssignment } from '../../core/data-access/applications.api';
import { LanguageService } from '../../core/i18n/language.service';
import {
  type FormNotice,
  FormNoticesComponent,
} from '../../shared/forms/form-notices.component';

/** The head of the scoring card: the scenario, the recusal notice and the last error. */
@Component({
  selector: 'sm-review-score-notices',
  imports: [FormNoticesComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  template: `
    @let a = assignment();
    <p class="muted">
      {{ 'applications.review.scenario' | transloco
      }}{{ 'applications.colon' | transloco
      }}<span data-i18n-skip>{{ a.scenario.title }}</span>
    </p>

    <sm-form-notices [notices]="notices()" />
  `,
})
export class ReviewScoreNoticesComponent {
  private readonly lang = inject(LanguageService);

  readonly assignment = input.required<ReviewAssignment>();
  readonly error = input<string | null>(null);

  /** Why the reviewer may not score (a conflict of interest), then the last error. */
  protected readonly notices = computed((): (FormNotice | null)[] => {
    const a = this.assignment();
    const error = this.error();
    return [
      a.recused
        ? {
            type: 'warning',
            message: this.lang.t('applications.review.recusedHint', {
              reason:
                a.recuseReason ??
                this.lang.t('applications.review.conflictReason'),
            }),
            testid: 'review-recused',
          }
        : null,
      error ? { type: 'error', message: error, testid: 'review-error' } : null,
    ];
  });
}
