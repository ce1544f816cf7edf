import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { ActionButtonComponent } from '../../shared/ui/action-button.component';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The buttons of 揭榜申报: a draft is saved (the form's submit) or submitted after a confirmation;
 * a submitted application is saved with its changes.
 */
@Component({
  selector: 'sm-apply-actions',
  imports: [TranslocoPipe, RouterLink, NzButtonModule, ActionButtonComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (isDraft()) {
      <button
        nz-button
        type="submit"
        [nzLoading]="saving() === 'save'"
        [disabled]="saving() !== null"
        data-testid="apply-save"
      >
        {{ 'applications.apply.saveDraft' | transloco }}
      </button>
      <sm-action-button
        type="primary"
        icon="send"
        testid="apply-submit"
        [question]="'applications.apply.confirmSubmit' | transloco"
        [ok]="'applications.apply.confirmSubmitOk' | transloco"
        [busy]="saving() === 'submit'"
        [disabled]="saving() !== null"
        (pressed)="submitApplication.emit()"
      >
        {{ 'applications.apply.submit' | transloco }}
      </sm-action-button>
    } @else {
      <button
        nz-button
        nzType="primary"
        type="submit"
        [nzLoading]="saving() === 'save'"
        data-testid="apply-save"
      >
        {{ 'applications.apply.saveChanges' | transloco }}
      </button>
    }
    <a nz-button nzType="link" routerLink="/me/applications">{{
      'applications.apply.backToMine' | transloco
    }}</a>
  `,
  styles: `
    :host {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
})
export class ApplyActionsComponent {
  readonly isDraft = input(true);
  readonly saving = input<'save' | 'submit' | null>(null);
  readonly submitApplication = output<void>();
}
