import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import {
  NzButtonModule,
  type NzButtonSize,
  type NzButtonType,
} from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';

/**
 * An action's button: an optional icon, then its label as content. With a `question` (already
 * translated) it asks first in a popconfirm (`ok` on its OK button, the library's 确定 / OK when
 * null) and spins while `busy`; without one it acts on the click. `pressed` when the user goes
 * ahead. The host is laid out as if the button stood in its place.
 */
@Component({
  selector: 'sm-action-button',
  imports: [NzButtonModule, NzIconModule, NzPopconfirmModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  // One button: with an empty title the popconfirm never opens, and the click acts at once.
  template: `
    @let q = question();
    <button
      nz-button
      type="button"
      [nzType]="type()"
      [nzDanger]="danger()"
      [nzSize]="size()"
      [disabled]="disabled()"
      nz-popconfirm
      [nzPopconfirmTitle]="q || undefined"
      [nzOkText]="ok() || null"
      (nzOnConfirm)="pressed.emit()"
      (click)="q || pressed.emit()"
      [nzLoading]="q ? busy() : loading()"
      [attr.data-testid]="testid()"
    >
      @if (icon(); as i) {
        <nz-icon [nzType]="i" />
      }
      <ng-content />
    </button>
  `,
})
export class ActionButtonComponent {
  readonly testid = input.required<string | null>();
  /** An icon before the label; none when null. */
  readonly icon = input<string | null | undefined>(null);
  /** The question to confirm first, already translated; none (or empty): no question. */
  readonly question = input<string | null | undefined>(null);
  /** The popconfirm's OK text, already translated. */
  readonly ok = input<string | null | undefined>(null);
  readonly type = input<NzButtonType>(null);
  readonly danger = input(false, { transform: booleanAttribute });
  readonly size = input<NzButtonSize>('default');
  readonly busy = input(false);
  /** Spins a button without a question (`busy` is for one with a question). */
  readonly loading = input(false);
  readonly disabled = input(false);
  readonly pressed = output();
}
