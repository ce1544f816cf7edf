import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';

/**
 * A button that asks first: a popconfirm with the (translated) `question` and `ok` on its OK
 * button; `confirmed` when the user goes ahead. The label (and icon) are the element's content.
 */
@Component({
  selector: 'sm-confirm-button',
  imports: [NzButtonModule, NzPopconfirmModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      nz-button
      [nzType]="type()"
      [nzDanger]="danger()"
      [nzSize]="size()"
      [disabled]="disabled()"
      nz-popconfirm
      [nzPopconfirmTitle]="question()"
      [nzOkText]="ok()"
      (nzOnConfirm)="confirmed.emit()"
      [nzLoading]="busy()"
      [attr.data-testid]="testid()"
    >
      <ng-content />
    </button>
  `,
})
export class ConfirmButtonComponent {
  readonly question = input.required<string>();
  readonly ok = input<string | null>(null);
  readonly testid = input.required<string>();
  readonly type = input<'primary' | 'link' | null>(null);
  readonly danger = input(false, { transform: booleanAttribute });
  readonly size = input<'default' | 'small'>('default');
  readonly busy = input(false);
  readonly disabled = input(false);
  readonly confirmed = output();
}
