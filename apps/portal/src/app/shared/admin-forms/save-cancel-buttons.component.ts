import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzButtonModule } from 'ng-zorro-antd/button';

/** A form modal's footer: 取消, and 保存 (loading while `saving`). */
@Component({
  selector: 'sm-save-cancel-buttons',
  imports: [NzButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button nz-button type="button" (click)="cancelled.emit()">
      {{ 'common.cancel' | transloco }}
    </button>
    <button
      nz-button
      nzType="primary"
      type="button"
      [nzLoading]="saving()"
      (click)="saved.emit()"
      [attr.data-testid]="saveTestId()"
    >
      {{ 'common.save' | transloco }}
    </button>
  `,
})
export class SaveCancelButtonsComponent {
  readonly saving = input(false);
  readonly saveTestId = input<string | null>(null);
  readonly cancelled = output<void>();
  readonly saved = output<void>();
}
