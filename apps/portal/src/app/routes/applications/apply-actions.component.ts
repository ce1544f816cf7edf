import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type IntentButton,
  IntentButtonsComponent,
} from '../../shared/forms/intent-buttons.component';

type ApplySaveIntent = 'save' | 'submit';

const DRAFT_BUTTONS: IntentButton<ApplySaveIntent>[] = [
  {
    intent: 'save',
    label: 'applications.apply.saveDraft',
    testid: 'apply-save',
    submit: true,
  },
  {
    intent: 'submit',
    label: 'applications.apply.submit',
    testid: 'apply-submit',
    type: 'primary',
    icon: 'send',
    question: 'applications.apply.confirmSubmit',
    ok: 'applications.apply.confirmSubmitOk',
  },
];
const SUBMITTED_BUTTONS: IntentButton<ApplySaveIntent>[] = [
  {
    intent: 'save',
    label: 'applications.apply.saveChanges',
    testid: 'apply-save',
    type: 'primary',
    submit: true,
  },
];

/**
 * The buttons of 揭榜申报: a draft is saved (the form's submit) or submitted after a confirmation;
 * a submitted application is saved with its changes.
 */
@Component({
  selector: 'sm-apply-actions',
  imports: [TranslocoPipe, RouterLink, NzButtonModule, IntentButtonsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-intent-buttons
      [buttons]="buttons()"
      [saving]="saving()"
      (pressed)="submitApplication.emit()"
    />
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
  readonly saving = input<ApplySaveIntent | null>(null);
  readonly submitApplication = output<void>();

  protected readonly buttons = computed(() =>
    this.isDraft() ? DRAFT_BUTTONS : SUBMITTED_BUTTONS,
  );
}
