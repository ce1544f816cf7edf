import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import {
  type IntentButton,
  IntentButtonsComponent,
} from './intent-buttons.component';

/**
 * An edit form's footer, right-aligned: 返回 (to `backLink`), then its save buttons from data
 * (see `sm-intent-buttons`); a press emits the intent.
 */
@Component({
  selector: 'sm-form-actions',
  imports: [RouterLink, NzButtonModule, IntentButtonsComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a nz-button [routerLink]="backLink()">{{ 'common.back' | transloco }}</a>
    <sm-intent-buttons
      [buttons]="buttons()"
      [saving]="saving()"
      (pressed)="pressed.emit($event)"
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
export class FormActionsComponent<I extends string = string> {
  readonly backLink = input.required<string>();
  readonly buttons = input.required<readonly IntentButton<I>[]>();
  readonly saving = input<I | null>(null);
  readonly pressed = output<I>();
}
