import {
  ChangeDetectionStrategy,
  Component,
  effect,
  input,
  output,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  DISMISS_NOTE_MAX,
  DISMISS_REASON_LABELS,
  DISMISS_REASONS,
  type DismissReason,
  type DismissRequest,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { TEXTS } from '../../../core/i18n/zh-cn';
import { MATCHING_TEXTS } from '../../../core/i18n/zh-cn.matching';
import { FormFieldComponent } from '../../../shared/forms/form-field.component';

/**
 * 不感兴趣: an optional reason from the short list and an optional note. The parent opens it,
 * sends the dismissal on `confirmed` and closes it.
 */
@Component({
  selector: 'sm-dismiss-modal',
  imports: [
    FormFieldComponent,
    ReactiveFormsModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzRadioModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="!!scenarioTitle()"
      [nzTitle]="t.dismissTitle"
      [nzFooter]="footer"
      [nzMaskClosable]="!busy()"
      (nzOnCancel)="cancelled.emit()"
    >
      <ng-container *nzModalContent>
        <p class="muted">{{ t.dismissLead(scenarioTitle() ?? '') }}</p>
        <form nz-form nzLayout="vertical" (ngSubmit)="confirm()">
          <sm-form-field [label]="t.dismissReason">
            <nz-radio-group
              [formControl]="reason"
              data-testid="dismiss-reasons"
            >
              @for (r of reasons; track r) {
                <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- nz-radio-button renders its input inside the label -->
                <label
                  nz-radio-button
                  [nzValue]="r"
                  [attr.data-testid]="'dismiss-reason-' + r"
                  >{{ labels[r] }}</label
                >
              }
            </nz-radio-group>
          </sm-form-field>
          <sm-form-field [label]="t.dismissNote" for="dismiss-note" [fallback]="t.dismissNoteTooLong(noteMax)">
            <textarea
              nz-input
              id="dismiss-note"
              rows="3"
              [maxlength]="noteMax"
              [formControl]="note"
              [placeholder]="t.dismissNotePlaceholder"
              data-testid="dismiss-note"
            ></textarea>
          </sm-form-field>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="cancelled.emit()">
          {{ common.cancel }}
        </button>
        <button
          nz-button
          nzType="primary"
          type="button"
          [nzLoading]="busy()"
          (click)="confirm()"
          data-testid="dismiss-confirm"
        >
          {{ t.dismissOk }}
        </button>
      </ng-template>
    </nz-modal>
  `,
})
export class DismissModalComponent {
  /** The scenario being dismissed; the modal is open while it is set. */
  readonly scenarioTitle = input<string | null>(null);
  readonly busy = input(false);

  readonly confirmed = output<DismissRequest>();
  readonly cancelled = output<void>();

  protected readonly t = MATCHING_TEXTS.recommendations;
  protected readonly common = TEXTS.common;
  protected readonly reasons = DISMISS_REASONS;
  protected readonly labels = DISMISS_REASON_LABELS;
  protected readonly noteMax = DISMISS_NOTE_MAX;
  protected readonly reason = new FormControl<DismissReason | null>(null);
  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(DISMISS_NOTE_MAX)],
  });

  constructor() {
    // A fresh form each time the modal opens.
    effect(() => {
      if (this.scenarioTitle()) {
        this.reason.reset(null);
        this.note.reset('');
      }
    });
  }

  protected confirm(): void {
    if (this.note.invalid) {
      this.note.markAsDirty();
      this.note.updateValueAndValidity();
      return;
    }
    const note = this.note.value.trim();
    this.confirmed.emit({
      ...(this.reason.value ? { reason: this.reason.value } : {}),
      ...(note ? { note } : {}),
    });
  }
}
