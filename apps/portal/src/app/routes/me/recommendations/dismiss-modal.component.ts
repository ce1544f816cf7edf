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
  DISMISS_REASONS,
  type DismissReason,
  type DismissRequest,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { DISMISS_REASON_KEYS } from '../../../shared/matching/match-format';
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
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="!!scenarioTitle()"
      [nzTitle]="'matching.recommendations.dismissTitle' | transloco"
      [nzFooter]="footer"
      [nzMaskClosable]="!busy()"
      (nzOnCancel)="cancelled.emit()"
    >
      <ng-container *nzModalContent>
        <p class="muted" data-i18n-skip>
          {{
            'matching.recommendations.dismissLead'
              | transloco: { title: scenarioTitle() ?? '' }
          }}
        </p>
        <form nz-form nzLayout="vertical" (ngSubmit)="confirm()">
          <sm-form-field
            [label]="'matching.recommendations.dismissReason' | transloco"
          >
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
                  >{{ labels[r] | transloco }}</label
                >
              }
            </nz-radio-group>
          </sm-form-field>
          <sm-form-field
            [label]="'matching.recommendations.dismissNote' | transloco"
            for="dismiss-note"
            [fallback]="
              'matching.recommendations.dismissNoteTooLong'
                | transloco: { max: noteMax }
            "
          >
            <textarea
              nz-input
              id="dismiss-note"
              rows="3"
              [maxlength]="noteMax"
              [formControl]="note"
              [placeholder]="
                'matching.recommendations.dismissNotePlaceholder' | transloco
              "
              data-testid="dismiss-note"
            ></textarea>
          </sm-form-field>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="cancelled.emit()">
          {{ 'common.cancel' | transloco }}
        </button>
        <button
          nz-button
          nzType="primary"
          type="button"
          [nzLoading]="busy()"
          (click)="confirm()"
          data-testid="dismiss-confirm"
        >
          {{ 'matching.recommendations.dismissOk' | transloco }}
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

  protected readonly reasons = DISMISS_REASONS;
  protected readonly labels = DISMISS_REASON_KEYS;
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
