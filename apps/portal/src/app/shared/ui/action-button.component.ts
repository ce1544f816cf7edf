import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  NzButtonModule,
  type NzButtonSize,
  type NzButtonType,
} from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';

/**
 * An action's button: an icon and a label (catalogue keys, the label with `params`). With
 * `confirm` it asks that question first (a popconfirm, `ok` on its OK button) and shows `busy`;
 * without, it shows `loading`. `pressed` when it goes ahead.
 */
@Component({
  selector: 'sm-action-button',
  imports: [NzButtonModule, NzIconModule, NzPopconfirmModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (confirm(); as c) {
      <button
        nz-button
        type="button"
        [nzType]="type()"
        [nzDanger]="danger()"
        [nzSize]="size()"
        [disabled]="disabled()"
        nz-popconfirm
        [nzPopconfirmTitle]="c | transloco"
        [nzOkText]="ok() ? (ok() | transloco) : null"
        (nzOnConfirm)="pressed.emit()"
        [nzLoading]="busy()"
        [attr.data-testid]="testid()"
      >
        <nz-icon [nzType]="icon()" />{{ label() | transloco: params() }}
      </button>
    } @else {
      <button
        nz-button
        type="button"
        [nzType]="type()"
        [nzDanger]="danger()"
        [nzSize]="size()"
        [disabled]="disabled()"
        (click)="pressed.emit()"
        [nzLoading]="loading()"
        [attr.data-testid]="testid()"
      >
        <nz-icon [nzType]="icon()" />{{ label() | transloco: params() }}
      </button>
    }
  `,
})
export class ActionButtonComponent {
  readonly icon = input.required<string>();
  readonly label = input.required<string>();
  readonly params = input<Record<string, unknown>>({});
  readonly testid = input.required<string>();
  readonly type = input<NzButtonType>(null);
  readonly danger = input(false);
  readonly size = input<NzButtonSize>('default');
  /** Catalogue key of the question to confirm first; none: no question. */
  readonly confirm = input<string | null | undefined>(null);
  readonly ok = input<string | null | undefined>(null);
  readonly busy = input(false);
  /** Spins a button without a question (`busy` is for one with a question). */
  readonly loading = input(false);
  readonly disabled = input(false);
  readonly pressed = output();
}
