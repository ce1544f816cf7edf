import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  DestroyRef,
  inject,
  input,
  TemplateRef,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NgControl, type ValidationErrors } from '@angular/forms';
import { NzFormStatusService } from 'ng-zorro-antd/core/form';
import { NzFormModule } from 'ng-zorro-antd/form';
import { SERVER_ERROR } from './server-errors';

/**
 * What a field says for each validation error key, in order of precedence: a text, or a function
 * of the error's value (e.g. `maxlength: ({ requiredLength }) => …`).
 */
export type FieldMessages = Readonly<
  Record<string, string | ((error: never) => string)>
>;

/**
 * The message a field shows for its control's errors: the server's message first (it is the one
 * the user has not seen yet), then the first of `messages` whose key is among the errors, then an
 * error that carries its own text (`{ mismatch: '两次输入的密码不一致' }`, a list of texts), then
 * `fallback`.
 */
export function fieldMessage(
  errors: ValidationErrors | null | undefined,
  messages: FieldMessages = {},
  fallback = '',
): string {
  if (!errors) return '';
  const server: unknown = errors[SERVER_ERROR];
  if (typeof server === 'string' && server) return server;
  for (const [key, message] of Object.entries(messages)) {
    if (!(key in errors)) continue;
    return typeof message === 'string'
      ? message
      : (message as (error: unknown) => string)(errors[key]);
  }
  for (const error of Object.values(errors) as unknown[]) {
    if (typeof error === 'string' && error) return error;
    if (
      Array.isArray(error) &&
      error.length &&
      error.every((e) => typeof e === 'string')
    )
      return error.join('；');
  }
  return fallback;
}

/**
 * One form field: label (with the required mark), the projected control, a hint under it, and the
 * control's message — the server's field-level error (see `applyServerErrors`) or the client
 * validation message — shown once the control is dirty or touched. Used inside a vertical
 * `nz-form`, so the label sits above the control on every width.
 *
 * ```html
 * <sm-form-field label="标题" for="sf-title" required [messages]="{ required: '请填写标题' }">
 *   <input nz-input id="sf-title" formControlName="title" />
 * </sm-form-field>
 * ```
 */
@Component({
  selector: 'sm-form-field',
  imports: [NzFormModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The projected control belongs to this element's injector, not to nz-form-control's: it gets
  // its error/warning status (red border) from here, forwarded from the inner nz-form-control.
  providers: [NzFormStatusService],
  host: { class: 'sm-form-field' },
  styles: `
    :host {
      display: block;
    }
    .compact {
      margin-bottom: 8px;
    }
  `,
  template: `
    <nz-form-item [class.compact]="compact()">
      @if (label()) {
        <nz-form-label [nzFor]="for()" [nzRequired]="required()">{{
          label()
        }}</nz-form-label>
      }
      <nz-form-control
        #formControl
        [nzValidateStatus]="error() ? 'error' : control()"
        [nzErrorTip]="errorTip"
        [nzExtra]="hint()"
      >
        <ng-content />
      </nz-form-control>
    </nz-form-item>
    <ng-template #errorTip let-control>
      <span [attr.data-testid]="errorTestid()">{{
        error() || message(control?.errors)
      }}</span>
    </ng-template>
  `,
})
export class FormFieldComponent implements AfterViewInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly status = inject(NzFormStatusService, { self: true });

  /** The label; none for a field that the surrounding text names already (e.g. a checkbox). */
  readonly label = input<string>('');
  /** The id of the control the label names (click on the label focuses it). */
  readonly for = input<string | undefined>(undefined);
  /** Shows the required mark (validation itself is the control's). */
  readonly required = input(false, {
    transform: (value: boolean | '') => value !== false,
  });
  /** A hint under the control. */
  readonly hint = input<string | TemplateRef<void> | undefined>(undefined);
  /** Messages per validation error key, in order of precedence. */
  readonly messages = input<FieldMessages>({});
  /** The message for an error none of `messages` names. */
  readonly fallback = input('');
  /**
   * A message from outside the control (forms whose errors are kept apart from their controls,
   * e.g. a list edited with ngModel): shown, with the field in red, while set.
   */
  readonly error = input<string | null | undefined>(null);
  /** Less space below, for rows of a list (cases, breaks). */
  readonly compact = input(false, {
    transform: (value: boolean | '') => value !== false,
  });
  /** data-testid of the message element, for tests that read it. */
  readonly errorTestid = input<string | null>(null);

  private readonly ngControl = contentChild(NgControl, { descendants: true });
  /** The inner nz-form-control's own status service (a provider of that component). */
  private readonly innerStatus = viewChild.required('formControl', {
    read: NzFormStatusService,
  });
  protected readonly control = computed(
    // '' (no status) until the projected control is known.
    () => this.ngControl()?.control ?? '',
  );

  ngAfterViewInit(): void {
    this.innerStatus()
      .formStatusChanges.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((change) => this.status.formStatusChanges.next(change));
  }

  protected message(errors: ValidationErrors | null | undefined): string {
    return fieldMessage(errors, this.messages(), this.fallback());
  }
}
