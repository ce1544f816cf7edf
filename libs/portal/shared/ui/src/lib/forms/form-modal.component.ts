import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzModalModule } from 'ng-zorro-antd/modal';

/**
 * A form in a modal: shown while `open`, titled `title` (already translated), the projected
 * form as its body and 取消 / 保存 (or `okText`) as its footer (`saveTestId` on 保存). While `saving` the
 * 保存 button spins and a click on the mask does not close it. A server's message for the whole
 * form (`error`, with `errorTestId`) stands above the form. Emits `cancelled` (取消, the close
 * button, Esc) and `saved` (保存); the page submits and closes.
 */
@Component({
  selector: 'sm-form-modal',
  imports: [NzAlertModule, NzButtonModule, NzModalModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .notice {
      margin-bottom: 16px;
    }
  `,
  template: `
    <nz-modal
      [nzVisible]="open()"
      [nzTitle]="title()"
      [nzFooter]="footer"
      [nzWidth]="width()"
      [nzMaskClosable]="!saving()"
      (nzOnCancel)="cancelled.emit()"
    >
      <ng-container *nzModalContent>
        @if (error(); as message) {
          <nz-alert
            class="notice"
            nzType="error"
            nzShowIcon
            [nzMessage]="message"
            [attr.data-testid]="errorTestId()"
          />
        }
        <ng-content />
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="cancelled.emit()">
          {{ 'common.cancel' | transloco }}
        </button>
        <button
          nz-button
          nzType="primary"
          type="button"
          [nzLoading]="saving()"
          (click)="saved.emit()"
          [nzDanger]="danger()"
          [attr.data-testid]="saveTestId()"
        >
          {{ okText() || ('common.save' | transloco) }}
        </button>
      </ng-template>
    </nz-modal>
  `,
})
export class FormModalComponent {
  readonly open = input(false);
  readonly title = input.required<string>();
  readonly width = input<number | string>(520);
  readonly saving = input(false);
  readonly saveTestId = input<string | null>(null);
  /** The text of the button that goes ahead (保存 unless told), and whether it is a danger button. */
  readonly okText = input('');
  readonly danger = input(false);
  readonly error = input<string | null>(null);
  readonly errorTestId = input<string | null>(null);
  readonly cancelled = output<void>();
  readonly saved = output<void>();
}
