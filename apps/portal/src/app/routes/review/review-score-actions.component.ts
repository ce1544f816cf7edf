import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { ActionButtonComponent } from '../../shared/ui/action-button.component';

/**
 * The scoring form's buttons: 提交评分 (a submit button of the enclosing form) and 声明利益冲突
 * behind a confirmation, which emits `conflict`.
 */
@Component({
  selector: 'sm-review-score-actions',
  imports: [TranslocoPipe, NzButtonModule, NzIconModule, ActionButtonComponent],
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
      <button
        nz-button
        nzType="primary"
        type="submit"
        [nzLoading]="saving() === 'score'"
        [disabled]="saving() !== null"
        data-testid="review-submit"
      >
        <nz-icon nzType="check" />{{ 'applications.review.submit' | transloco }}
      </button>
      <sm-action-button
        [danger]="true"
        icon="stop"
        testid="review-conflict"
        [question]="'applications.review.confirmConflict' | transloco"
        [ok]="'applications.review.confirmConflictOk' | transloco"
        [busy]="saving() === 'conflict'"
        [disabled]="saving() !== null"
        (pressed)="conflict.emit()"
      >
        {{ 'applications.review.conflict' | transloco }}
      </sm-action-button>
    </div>
  `,
})
export class ReviewScoreActionsComponent {
  /** Which request is under way, if any. */
  readonly saving = input<'score' | 'conflict' | null>(null);
  readonly conflict = output<void>();
}
