import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { SERVER_ERROR } from './forms/server-errors';
import { FormFieldComponent } from './forms/form-field.component';
import { FormModalComponent } from './forms/form-modal.component';
import type { RowActions } from './ui/row-actions';

/**
 * A modal asking for a reason (退回, 撤销) or another text (异议处理意见, 验收报告). With `required`
 * the text must have `minLength`–`maxLength` characters (2–500 by default), as the API demands. The parent opens it, performs the action on `confirmed` and closes it.
 * Content marked `smReasonLead` stands above the form; other content stands in the form, above the text.
 */
@Component({
  selector: 'sm-reason-modal',
  imports: [
    FormFieldComponent,
    FormModalComponent,
    ReactiveFormsModule,
    NzFormModule,
    NzInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-form-modal
      [open]="isOpen()"
      [title]="title()"
      [saving]="isBusy()"
      [saveTestId]="confirmTestid()"
      [okText]="okText() || ('common.confirm' | transloco)"
      [danger]="danger()"
      (cancelled)="cancel()"
      (saved)="confirm()"
    >
      <ng-content select="[smReasonLead]" />
      <form nz-form nzLayout="vertical" (ngSubmit)="confirm()">
        <ng-content />
        <sm-form-field
          [label]="label()"
          [for]="inputId()"
          [required]="required()"
          [fallback]="
            lengthError() ?? ('shared.reasonModal.reasonRequired' | transloco)
          "
        >
          <textarea
            nz-input
            [id]="inputId()"
            [rows]="rows()"
            [maxlength]="maxLength()"
            [formControl]="reason"
            [placeholder]="placeholder()"
            [attr.data-testid]="inputId()"
          ></textarea>
        </sm-form-field>
      </form>
    </sm-form-modal>
  `,
})
export class ReasonModalComponent {
  readonly open = input(false);
  readonly title = input.required<string>();
  readonly label = input.required<string>();
  /** The confirm button's text (default 确定). */
  readonly okText = input('');
  readonly placeholder = input('');
  readonly required = input(true);
  readonly danger = input(false);
  readonly busy = input(false);
  /** Length bounds of a required reason (the API's; 2–500 unless told). */
  readonly minLength = input(2);
  readonly maxLength = input(500);
  readonly rows = input(4);
  /** The text area's id and data-testid. */
  readonly inputId = input('reason-input');
  readonly confirmTestid = input('reason-confirm');
  /** The message for a missing or badly sized text (else the 2–500 one). */
  readonly lengthError = input<string | null>(null);
  /** A message from the server about the reason (shown under the field). */
  readonly error = input<string | null>(null);

  /**
   * The list's row actions this dialog gives a reason for: then it is open while they ask for a
   * row, busy while one runs, shows their complaint about the reason, and 取消 cancels them (in
   * place of `open`, `busy` and `error`).
   */
  readonly rowActions = input<RowActions<{ id: string }> | null>(null);

  readonly confirmed = output<string>();
  readonly cancelled = output<void>();

  protected readonly isOpen = computed(() => {
    const actions = this.rowActions();
    return actions ? actions.asking() !== null : this.open();
  });
  protected readonly isBusy = computed(() => {
    const actions = this.rowActions();
    return actions ? actions.busy() !== null : this.busy();
  });
  private readonly serverError = computed(
    () => this.rowActions()?.reasonError() ?? this.error(),
  );

  protected readonly reason = new FormControl('', { nonNullable: true });

  constructor() {
    // A fresh, empty field each time the modal opens.
    effect(() => {
      if (this.isOpen()) {
        const min = this.minLength();
        const max = this.maxLength();
        this.reason.reset('');
        this.reason.setValidators(
          this.required()
            ? [
                Validators.required,
                (c) =>
                  String(c.value ?? '').trim().length < min
                    ? { minlength: true }
                    : null,
                Validators.maxLength(max),
              ]
            : [Validators.maxLength(max)],
        );
        this.reason.updateValueAndValidity();
      }
    });
    effect(() => {
      const message = this.serverError();
      if (message) {
        this.reason.setErrors({ [SERVER_ERROR]: message });
        this.reason.markAsDirty();
        this.reason.markAsTouched();
      }
    });
  }

  protected cancel(): void {
    this.rowActions()?.cancel();
    this.cancelled.emit();
  }

  protected confirm(): void {
    if (this.isBusy()) return;
    if (this.reason.invalid) {
      this.reason.markAsDirty();
      this.reason.markAsTouched();
      this.reason.updateValueAndValidity();
      return;
    }
    this.confirmed.emit(this.reason.value.trim());
  }
}
