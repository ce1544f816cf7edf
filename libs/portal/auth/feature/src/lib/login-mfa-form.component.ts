import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Role } from '@scenematch/contracts';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  compactCode,
  otpCodeValidator,
} from '@scenematch/portal/shared/ui/forms/auth-validators';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { revealErrors } from '@scenematch/portal/shared/ui/forms/server-errors';
import { mfaErrorMessage } from '@scenematch/portal/auth/ui/auth-errors';
import { AuthSubmitComponent } from '@scenematch/portal/auth/ui/auth-submit.component';
import { MFA_CODE_FIELD } from '@scenematch/portal/auth/ui/auth-fields';

/** The second step of a sign-in with a second factor: the authenticator code or a recovery code. */
@Component({
  selector: 'sm-login-mfa-form',
  imports: [
    ReactiveFormsModule,
    NzFormModule,
    NzInputModule,
    FormFieldComponent,
    AuthSubmitComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-mfa-form.component.html',
})
export class LoginMfaFormComponent {
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(LanguageService);

  /** The challenge of the first step. */
  readonly challengeToken = input.required<string>();
  /** Signed in, as this role. */
  readonly verified = output<Role>();
  /** Back to the first step (the user asked). */
  readonly back = output<void>();
  /** The challenge lapsed: the first step again, with this message. */
  readonly expired = output<string>();

  protected readonly codeField = MFA_CODE_FIELD;
  protected readonly useRecoveryCode = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly codeForm = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, otpCodeValidator]],
    recoveryCode: [
      '',
      [
        Validators.required,
        Validators.pattern(/^\s*[0-9A-Za-z]{5}-?[0-9A-Za-z]{5}\s*$/),
      ],
    ],
  });

  protected toggleRecoveryCode(): void {
    this.useRecoveryCode.update((value) => !value);
    this.error.set(null);
  }

  protected async submitCode(): Promise<void> {
    const recovery = this.useRecoveryCode();
    const control = recovery
      ? this.codeForm.controls.recoveryCode
      : this.codeForm.controls.code;
    if (control.invalid) {
      revealErrors(control);
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const value = compactCode(control.value);
    try {
      const user = await this.auth.verifyMfa(
        this.challengeToken(),
        recovery ? { recoveryCode: value } : { code: value },
      );
      this.verified.emit(user.role);
    } catch (error) {
      const apiError = toApiError(error);
      const message = mfaErrorMessage(
        (key, params) => this.i18n.t(key, params),
        apiError,
        recovery,
      );
      control.reset();
      // A lapsed challenge cannot be retried: the password comes first again.
      if (apiError.statusCode === 401 && /超时/.test(apiError.message)) {
        this.expired.emit(message);
      } else {
        this.error.set(message);
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
