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
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';

/**
 * A button that asks `question` (already translated) in a popconfirm first and emits `confirmed`
 * when the user goes ahead; it spins while `busy`. Its label (and icon) come as content. The host
 * is laid out as if the button stood in its place.
 */
@Component({
  selector: 'sm-confirm-button',
  imports: [NzButtonModule, NzPopconfirmModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
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
  /** The question, already translated. */
  readonly question = input.required<string>();
  /** The popconfirm's OK text, already translated (the library's 确定 / OK when null). */
  readonly ok = input<string | null>(null);
  readonly testid = input.required<string>();
  readonly type = input<NzButtonType>(null);
  readonly danger = input(false, { transform: booleanAttribute });
  readonly size = input<NzButtonSize>('small');
  readonly busy = input(false);
  readonly disabled = input(false);
  readonly confirmed = output();
}
