import {
  ChangeDetectionStrategy,
  Component,
  inject,
  output,
  signal,
} from '@angular/core';
import {
  AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  type ApiError,
  normalisePhone,
  phoneProblem,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { AuthApi } from '@scenematch/portal/core/auth/auth.api';
import { AuthStore, type LoginOutcome } from '@scenematch/portal/core/auth/auth.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { applyServerErrors } from '@scenematch/portal/shared/ui/forms/server-errors';
import { guardedSubmit } from '@scenematch/portal/shared/ui/forms/guarded-submit';
import { AuthSubmitComponent } from './auth-submit.component';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { SMS_PHONE_FIELD } from './auth-fields';
import { smsCodeFlow } from '@scenematch/portal/shared/ui/phone/sms-code-flow';
import { SmsCodeFieldComponent } from '@scenematch/portal/shared/ui/phone/sms-code-field.component';
import { loginErrorMessage } from './auth-errors';

export function phoneValidator(
  control: AbstractControl,
): ValidationErrors | null {
  const problem = phoneProblem(String(control.value ?? ''));
  return problem ? { phone: problem } : null;
}

/**
 * 手机验证码登录: a verified mobile number and the 6-digit code sent to it. The code button counts
 * down 60 s (or as long as the server asks after a limit). The outcome (signed in, second factor,
 * enrolment) goes to the login page, which handles it as it does a password sign-in.
 */
@Component({
  selector: 'sm-sms-login-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzFormModule,
    SmsCodeFieldComponent,
    AuthSubmitComponent,
    FormFieldComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="subtitle">{{ 'auth.sms.lead' | transloco }}</p>
    <form
      nz-form
      nzLayout="vertical"
      [formGroup]="form"
      (ngSubmit)="submit()"
      data-testid="sms-login-form"
    >
      <sm-form-field
        [spec]="phoneField"
        [group]="form"
        [messages]="{ phone: phoneMessage }"
      />
      <sm-sms-code-field
        prefix="sms"
        [placeholder]="'auth.sms.codePlaceholder' | transloco"
        [secondsLeft]="countdown.left()"
        [sending]="sending()"
        (getCode)="sendCode()"
      />
      @if (notice(); as message) {
        <nz-alert
          nzType="success"
          [nzMessage]="message"
          nzShowIcon
          class="form-error"
          data-testid="sms-sent"
        />
      }
      <sm-auth-submit
        [label]="'auth.sms.submit' | transloco"
        testid="sms-submit"
        [submitting]="submitting()"
        [error]="error()"
        errorTestid="login-error"
      />
    </form>
  `,
})
export class SmsLoginFormComponent {
  private readonly api = inject(AuthApi);
  private readonly auth = inject(AuthStore);

  /** The sign-in's outcome, for the login page to continue as after a password. */
  readonly outcome = output<LoginOutcome>();

  private readonly i18n = inject(LanguageService);
  /** The number's problem in the reader's language (phoneValidator words it in Chinese). */
  protected readonly phoneMessage = () =>
    this.i18n.t(
      String(this.form.controls.phone.value ?? '').trim()
        ? 'auth.sms.phoneInvalid'
        : 'auth.sms.phoneRequired',
    );
  protected readonly phoneField = SMS_PHONE_FIELD;
  protected readonly submitting = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    phone: ['', [phoneValidator]],
    code: ['', [Validators.required, Validators.pattern(/^\s*\d{6}\s*$/)]],
  });

  private readonly sms = smsCodeFlow(this.form, 'auth.sms.codeSent');
  protected readonly countdown = this.sms.countdown;
  protected readonly sending = this.sms.sending;
  protected readonly notice = this.sms.notice;
  protected readonly error = this.sms.error;

  protected sendCode(): Promise<void> {
    return this.sms.send((phone) => this.api.smsSend(phone), true);
  }

  protected submit(): Promise<void> {
    return guardedSubmit(
      { form: this.form, busy: this.submitting, error: this.error },
      () => this.signIn(),
      (apiError) => this.refused(apiError),
    );
  }

  private async signIn(): Promise<void> {
    const { phone, code } = this.form.getRawValue();
    this.outcome.emit(
      await this.auth.loginWithSms(normalisePhone(phone) ?? phone, code.trim()),
    );
  }

  /** A wrong code stays under the code field; the API's field errors under theirs. */
  private refused(apiError: ApiError): void {
    if (apiError.statusCode === 401) {
      applyServerErrors(this.form, [
        { field: 'code', message: this.i18n.t('auth.sms.wrongCode') },
      ]);
    } else if (apiError.statusCode === 400) {
      const rest = applyServerErrors(this.form, apiError.errors);
      if (rest.length) this.error.set(apiError.message);
    } else {
      this.error.set(loginErrorMessage((k, p) => this.i18n.t(k, p), apiError));
    }
  }
}
