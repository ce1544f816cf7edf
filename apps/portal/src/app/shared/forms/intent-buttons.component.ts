import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';

/** One save button of a form: what it asks for, its text (catalogue key) and test id. */
export interface IntentButton<I extends string = string> {
  readonly intent: I;
  readonly label: string;
  readonly testid: string;
  readonly type?: 'primary' | 'default';
  readonly icon?: string;
  /** The form's submit button (the form's `ngSubmit` acts; no `pressed`). */
  readonly submit?: boolean;
}

/**
 * A form's save buttons from data: each shows its spinner while `saving` is its intent, all are
 * disabled while any save runs, and a press emits the intent.
 */
@Component({
  selector: 'sm-intent-buttons',
  imports: [NzButtonModule, NzIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    @for (b of buttons(); track b.intent) {
      <button
        nz-button
        [type]="b.submit ? 'submit' : 'button'"
        [nzType]="b.type ?? null"
        [nzLoading]="saving() === b.intent"
        [disabled]="!!saving()"
        (click)="b.submit || pressed.emit(b.intent)"
        [attr.data-testid]="b.testid"
      >
        @if (b.icon) {
          <nz-icon [nzType]="b.icon" />
        }
        {{ b.label | transloco }}
      </button>
    }
  `,
})
export class IntentButtonsComponent<I extends string = string> {
  readonly buttons = input.required<readonly IntentButton<I>[]>();
  readonly saving = input<I | null>(null);
  readonly pressed = output<I>();
}
