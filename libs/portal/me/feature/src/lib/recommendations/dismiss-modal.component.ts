import {
  ChangeDetectionStrategy,
  Component,
  effect,
  input,
  output,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  DISMISS_NOTE_MAX,
  DISMISS_REASONS,
  type DismissReason,
  type DismissRequest,
} from '@scenematch/contracts';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { DISMISS_REASON_KEYS } from '@scenematch/portal/matching/ui/match-format';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';

/**
 * 不感兴趣: an optional reason from the short list and an optional note. The parent opens it,
 * sends the dismissal on `confirmed` and closes it.
 */
@Component({
  selector: 'sm-dismiss-modal',
  imports: [
    FormFieldComponent,
    ReactiveFormsModule,
    NzRadioModule,
    ReasonModalComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-reason-modal
      [open]="!!scenarioTitle()"
      [title]="'matching.recommendations.dismissTitle' | transloco"
      [label]="'matching.recommendations.dismissNote' | transloco"
      [okText]="'matching.recommendations.dismissOk' | transloco"
      [placeholder]="
        'matching.recommendations.dismissNotePlaceholder' | transloco
      "
      [required]="false"
      [busy]="busy()"
      [maxLength]="noteMax"
      [rows]="3"
      [lengthError]="
        'matching.recommendations.dismissNoteTooLong'
          | transloco: { max: noteMax }
      "
      inputId="dismiss-note"
      confirmTestid="dismiss-confirm"
      (confirmed)="confirm($event)"
      (cancelled)="cancelled.emit()"
    >
      <p smReasonLead class="muted" data-i18n-skip>
        {{
          'matching.recommendations.dismissLead'
            | transloco: { title: scenarioTitle() ?? '' }
        }}
      </p>
      <sm-form-field
        [label]="'matching.recommendations.dismissReason' | transloco"
      >
        <nz-radio-group [formControl]="reason" data-testid="dismiss-reasons">
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
    </sm-reason-modal>
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

  constructor() {
    // A fresh choice each time the modal opens (the note is reset by the modal).
    effect(() => {
      if (this.scenarioTitle()) this.reason.reset(null);
    });
  }

  protected confirm(note: string): void {
    this.confirmed.emit({
      ...(this.reason.value ? { reason: this.reason.value } : {}),
      ...(note ? { note } : {}),
    });
  }
}
