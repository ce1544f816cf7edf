import { NgTemplateOutlet } from '@angular/common';
import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  contentChild,
  input,
  output,
  TemplateRef,
} from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { SaveCancelButtonsComponent } from '../admin-forms/save-cancel-buttons.component';

/**
 * A modal holding a form: the body is the projected `<ng-template>` (created only while the modal
 * is open), an optional error alert above it, and the save / cancel buttons as its footer. Closing
 * (the ×, Esc, the mask or 取消) emits `cancelled`; the mask stays inert while saving unless
 * `maskClosableWhileSaving` is set.
 */
@Component({
  selector: 'sm-form-modal',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    NzAlertModule,
    NzModalModule,
    SaveCancelButtonsComponent,
  ],
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
      [nzMaskClosable]="maskClosableWhileSaving() || !saving()"
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
        <ng-container [ngTemplateOutlet]="body()" />
      </ng-container>
      <ng-template #footer>
        <sm-save-cancel-buttons
          [saving]="saving()"
          [saveTestId]="saveTestId()"
          (cancelled)="cancelled.emit()"
          (saved)="saved.emit()"
        />
      </ng-template>
    </nz-modal>
  `,
})
export class FormModalComponent {
  readonly open = input.required<boolean>();
  readonly title = input.required<string>();
  readonly width = input(520);
  readonly saving = input(false);
  readonly error = input<string | null>(null);
  readonly errorTestId = input<string | null>(null);
  readonly saveTestId = input<string | null>(null);
  readonly maskClosableWhileSaving = input(false, {
    transform: booleanAttribute,
  });
  readonly cancelled = output<void>();
  readonly saved = output<void>();
  /** The form, written as an `<ng-template>` inside the element. */
  protected readonly body = contentChild.required(TemplateRef);
}
