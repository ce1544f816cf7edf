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
import type { ScenarioFormMode, ScenarioSaveIntent } from './scenario-form';

const DRAFT: IntentButton<ScenarioSaveIntent> = {
  intent: 'draft',
  label: 'agency.saveDraft',
  testid: 'save-draft',
};
const SUBMIT: IntentButton<ScenarioSaveIntent> = {
  intent: 'submit',
  label: 'agency.saveAndSubmit',
  testid: 'save-submit',
  type: 'primary',
  icon: 'send',
};
const REVISION: IntentButton<ScenarioSaveIntent> = {
  intent: 'revision',
  label: 'agency.saveRevision',
  testid: 'save-revision',
  type: 'primary',
};

/** The scenario form's buttons: back, and the saves its mode allows. */
@Component({
  selector: 'sm-scenario-form-actions',
  imports: [RouterLink, NzButtonModule, IntentButtonsComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'buttons' },
  template: `
    <a nz-button routerLink="/agency/scenarios">{{
      'common.back' | transloco
    }}</a>
    <sm-intent-buttons
      [buttons]="buttons()"
      [saving]="saving()"
      (pressed)="save.emit($event)"
    />
  `,
  styles: `
    :host {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class ScenarioFormActionsComponent {
  readonly mode = input.required<ScenarioFormMode>();
  readonly saving = input<ScenarioSaveIntent | null>(null);
  readonly canSubmit = input(false);
  readonly save = output<ScenarioSaveIntent>();

  protected readonly buttons = computed(() => {
    switch (this.mode()) {
      case 'edit':
        return this.canSubmit() ? [DRAFT, SUBMIT] : [DRAFT];
      case 'revise':
        return [REVISION];
      default:
        return [];
    }
  });
}
