import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ReasonModalComponent } from '../reason-modal.component';
import { ActionButtonComponent } from './action-button.component';
import type { ItemActions } from './item-actions';

/** One action's button on an item (translation keys). */
export interface ItemActionButton<A extends string = string> {
  action: A;
  icon: string;
  label: string;
  /** Drawn as a primary button (only when it asks first). */
  primary?: boolean;
  danger?: boolean;
  /** Asked in a popconfirm first. */
  confirm?: { title: string; ok?: string };
}

/** The reason dialog of an action that needs one (translation keys). */
export interface ItemReasonTexts {
  title: string;
  label: string;
  ok: string;
  placeholder?: string;
  /** The reason must be given (else it may stay empty). */
  required: boolean;
  danger: boolean;
}

/** A reason given in the dialog, for the action that asked for it. */
export interface ReasonGiven<R extends string> {
  action: R;
  reason: string;
}

/**
 * The action buttons of one item (a scenario, a product) and the reason dialog of the actions that
 * ask for one, both driven by the item's {@link ItemActions}. `pressed` when a button is pressed
 * (after its popconfirm, if any); `reasonGiven` when the dialog is confirmed. Content stands before
 * the buttons (a link, say). With `hideWhenEmpty` nothing is drawn while there is no button.
 */
@Component({
  selector: 'sm-item-action-bar',
  imports: [ActionButtonComponent, ReasonModalComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  template: `
    @if (buttons().length || !hideWhenEmpty()) {
      <div class="actions" [attr.data-testid]="testid()">
        <ng-content />
        @for (b of buttons(); track b.action) {
          <sm-action-button
            [type]="b.confirm ? (b.primary ? 'primary' : 'default') : null"
            [danger]="!!b.danger"
            [icon]="b.icon"
            [testid]="'action-' + b.action"
            [question]="b.confirm ? (b.confirm.title | transloco) : null"
            [ok]="b.confirm?.ok ? (b.confirm!.ok! | transloco) : null"
            [busy]="steps().busy() === b.action"
            (pressed)="pressed.emit(b.action)"
          >
            {{ b.label | transloco }}
          </sm-action-button>
        }
      </div>
    }

    @let texts = textsFor(steps().reasonFor());
    <sm-reason-modal
      [open]="steps().reasonFor() !== null"
      [title]="texts.title | transloco"
      [label]="texts.label | transloco"
      [okText]="texts.ok | transloco"
      [placeholder]="texts.placeholder ? (texts.placeholder | transloco) : ''"
      [required]="texts.required"
      [danger]="texts.danger"
      [busy]="steps().busy() !== null"
      [error]="steps().reasonError()"
      (confirmed)="confirmReason($event)"
      (cancelled)="steps().reasonFor.set(null)"
    />
  `,
})
export class ItemActionBarComponent<A extends string, R extends A> {
  readonly buttons = input.required<readonly ItemActionButton<A>[]>();
  readonly steps = input.required<ItemActions<A, R>>();
  /** The reason dialog's texts for each action that asks for a reason. */
  readonly reasons = input.required<Record<R, ItemReasonTexts>>();
  /** The data-testid of the buttons' row. */
  readonly testid = input.required<string>();
  readonly hideWhenEmpty = input(false);

  readonly pressed = output<A>();
  readonly reasonGiven = output<ReasonGiven<R>>();

  /** The dialog's texts for the action (the first one's while it is closed). */
  protected textsFor(action: R | null): ItemReasonTexts {
    const reasons = this.reasons();
    return reasons[action ?? (Object.keys(reasons)[0] as R)];
  }

  protected confirmReason(reason: string): void {
    const action = this.steps().reasonFor();
    if (action) this.reasonGiven.emit({ action, reason });
  }
}
