import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';

/** A file's small red 删除 link button; it asks `confirmKey` first and emits `confirmed`. */
@Component({
  selector: 'sm-file-remove-button',
  imports: [NzButtonModule, NzIconModule, NzPopconfirmModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button
    nz-button
    nzType="link"
    nzDanger
    nzSize="small"
    nz-popconfirm
    [nzPopconfirmTitle]="confirmKey() | transloco"
    (nzOnConfirm)="confirmed.emit()"
    [nzLoading]="busy()"
    [attr.data-testid]="testid()"
  >
    <nz-icon nzType="delete" />{{ labelKey() | transloco }}
  </button>`,
})
export class FileRemoveButtonComponent {
  readonly confirmKey = input.required<string>();
  readonly labelKey = input.required<string>();
  readonly testid = input.required<string>();
  readonly busy = input(false);
  readonly confirmed = output();
}
