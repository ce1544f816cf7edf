import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';

/**
 * The end of a sign-in, registration or second-factor form: the form's error, the wide submit
 * button, and the projected links under it (`form-footer`). Placed inside the `<form>`, so the
 * button submits it.
 */
@Component({
  selector: 'sm-auth-submit',
  imports: [NzAlertModule, NzButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: block' },
  template: `
    @if (error(); as message) {
      <nz-alert
        nzType="error"
        [nzMessage]="message"
        nzShowIcon
        class="form-error"
        [attr.data-testid]="errorTestid()"
      />
    }
    <button
      nz-button
      nzType="primary"
      nzBlock
      nzSize="large"
      type="submit"
      [nzLoading]="submitting()"
      [attr.data-testid]="testid()"
    >
      {{ label() }}
    </button>
    <ng-content />
  `,
})
export class AuthSubmitComponent {
  /** The button's text. */
  readonly label = input.required<string>();
  /** data-testid of the button. */
  readonly testid = input.required<string>();
  readonly submitting = input(false);
  /** The form's error (not a field's), shown above the button. */
  readonly error = input<string | null>(null);
  /** data-testid of the error. */
  readonly errorTestid = input<string | null>(null);
}
