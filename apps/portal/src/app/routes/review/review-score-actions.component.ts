import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import {
  type IntentButton,
  IntentButtonsComponent,
} from '../../shared/forms/intent-buttons.component';

type ReviewSaveIntent = 'score' | 'conflict';

const BUTTONS: IntentButton<ReviewSaveIntent>[] = [
  {
    intent: 'score',
    label: 'applications.review.submit',
    testid: 'review-submit',
    type: 'primary',
    icon: 'check',
    submit: true,
  },
  {
    intent: 'conflict',
    label: 'applications.review.conflict',
    testid: 'review-conflict',
    icon: 'stop',
    danger: true,
    question: 'applications.review.confirmConflict',
    ok: 'applications.review.confirmConflictOk',
  },
];

/**
 * The scoring form's buttons: 提交评分 (a submit button of the enclosing form) and 声明利益冲突
 * behind a confirmation, which emits `conflict`.
 */
@Component({
  selector: 'sm-review-score-actions',
  imports: [IntentButtonsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-top: 16px;
    }
  `,
  template: `
    <div class="actions">
      <sm-intent-buttons
        [buttons]="buttons"
        [saving]="saving()"
        (pressed)="conflict.emit()"
      />
    </div>
  `,
})
export class ReviewScoreActionsComponent {
  /** Which request is under way, if any. */
  readonly saving = input<ReviewSaveIntent | null>(null);
  readonly conflict = output<void>();

  protected readonly buttons = BUTTONS;
}
