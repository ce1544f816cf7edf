import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { ActionButtonComponent } from '../ui/action-button.component';

/** One save button of a form: what it asks for, its text (catalogue key) and test id. */
export interface IntentButton<I extends string = string> {
  readonly intent: I;
  readonly label: string;
  readonly testid: string;
  readonly type?: 'primary' | 'default';
  readonly icon?: string;
  readonly danger?: boolean;
  /** Asks this question (catalogue key) in a popconfirm first; `ok` is its OK text (catalogue key). */
  readonly question?: string;
  readonly ok?: string;
  /** The form's submit button (the form's `ngSubmit` acts; no `pressed`). */
  readonly submit?: boolean;
}

/**
 * A form's save buttons from data: each shows its spinner while `saving` is its intent, all are
 * disabled while any save runs, and a press (after its question, if it has one) emits the intent.
 */
@Component({
  selector: 'sm-intent-buttons',
  imports: [NzButtonModule, NzIconModule, ActionButtonComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    @for (b of buttons(); track b.intent) {
      @if (b.question) {
        <sm-action-button
          [type]="b.type ?? null"
          [danger]="!!b.danger"
          [icon]="b.icon"
          [testid]="b.testid"
          [question]="b.question | transloco"
          [ok]="b.ok ? (b.ok | transloco) : null"
          [busy]="saving() === b.intent"
          [disabled]="!!saving()"
          (pressed)="pressed.emit(b.intent)"
        >
          {{ b.label | transloco }}
        </sm-action-button>
      } @else {
        <button
          nz-button
          [type]="b.submit ? 'submit' : 'button'"
          [nzType]="b.type ?? null"
          [nzDanger]="!!b.danger"
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
    }
  `,
})
export class IntentButtonsComponent<I extends string = string> {
  readonly buttons = input.required<readonly IntentButton<I>[]>();
  readonly saving = input<I | null>(null);
  readonly pressed = output<I>();
}
