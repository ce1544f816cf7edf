import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { Role } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { AuthStore, type LoginOutcome } from '@scenematch/portal/core/auth/auth.store';
import { roleHome, safeReturnUrl } from '@scenematch/portal/core/auth/role-home';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { AuthApi } from '@scenematch/portal/core/auth/auth.api';
import { rememberSsoReturnUrl, SSO_CHALLENGE_STATE } from './sso-return';
import { softSignal } from '@scenematch/portal/shared/ui/ui/soft-signal';
import { guardedSubmit } from '@scenematch/portal/shared/ui/forms/guarded-submit';
import { loginErrorMessage } from '@scenematch/portal/auth/ui/auth-errors';
import { AuthSubmitComponent } from '@scenematch/portal/auth/ui/auth-submit.component';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { LOGIN_FIELDS } from '@scenematch/portal/auth/ui/auth-fields';
import { LoginDemoAccountsComponent } from './login-demo-accounts.component';
import { LoginMfaFormComponent } from './login-mfa-form.component';
import { SmsLoginFormComponent } from '@scenematch/portal/auth/ui/sms-login-form.component';
import { DEMO_PASSWORD, type DemoAccount } from './demo-accounts';

function ssoChallengeFromHistory(): string | null {
  const state: unknown = globalThis.history?.state;
  const token =
    state && typeof state === 'object'
      ? (state as Record<string, unknown>)[SSO_CHALLENGE_STATE]
      : null;
  return typeof token === 'string' ? token : null;
}

@Component({
  selector: 'sm-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDividerModule,
    NzFormModule,
    NzIconModule,
    NzTabsModule,
    AuthSubmitComponent,
    FormFieldComponent,
    LoginDemoAccountsComponent,
    LoginMfaFormComponent,
    SmsLoginFormComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
})
export class LoginPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  /** Where to go after signing in (query parameter, bound by withComponentInputBinding). */
  readonly returnUrl = input<string | undefined>();
  /** Why the user is here: `idle` (signed out after inactivity) or `password-changed`. */
  readonly reason = input<string | undefined>();

  private readonly i18n = inject(LanguageService);
  private readonly translate = (
    key: string,
    params?: Record<string, unknown>,
  ) => this.i18n.t(key, params);
  protected readonly notice = computed(() => {
    switch (this.reason()) {
      case 'idle':
        return this.i18n.t('auth.login.idleSignedOut', {
          minutes: this.auth.idleMinutes(),
        });
      case 'password-changed':
        return this.i18n.t('auth.login.passwordChanged');
      default:
        return null;
    }
  });
  /**
   * The second step of a sign-in with a second factor: the challenge from the first (a password
   * here, or the unified identity service, whose page passes it in the navigation state).
   */
  protected readonly challengeToken = signal<string | null>(
    ssoChallengeFromHistory(),
  );
  /** The unified identity service's button, when the platform offers it. */
  protected readonly sso = softSignal(inject(AuthApi).ssoConfig(), null);
  protected readonly submitting = signal(false);
  /** The first factor chosen on the tabs: email and password, or mobile number and SMS code. */
  protected readonly method = signal<'password' | 'sms'>('password');
  protected readonly error = signal<string | null>(null);

  protected readonly fields = LOGIN_FIELDS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });

  /** The identity service sends the browser back to /login/sso; it continues where asked. */
  protected rememberReturn(): void {
    rememberSsoReturnUrl(safeReturnUrl(this.returnUrl()));
  }

  protected fillDemo(account: DemoAccount): void {
    this.form.setValue({ email: account.email, password: DEMO_PASSWORD });
    this.error.set(null);
  }

  protected submit(): Promise<void> {
    return guardedSubmit(
      { form: this.form, busy: this.submitting, error: this.error },
      async () => {
        const { email, password } = this.form.getRawValue();
        await this.continueWith(
          await this.auth.login({
            email: email.trim().toLowerCase(),
            password,
          }),
        );
      },
      (apiError) => this.error.set(loginErrorMessage(this.translate, apiError)),
    );
  }

  /** After the first factor (password or SMS code): the second factor, enrolment, or in. */
  protected async continueWith(outcome: LoginOutcome): Promise<void> {
    if (outcome.kind === 'challenge') {
      this.challengeToken.set(outcome.challengeToken);
    } else if (outcome.kind === 'enrol') {
      await this.router.navigate(['/mfa-setup'], {
        queryParams: {
          returnUrl: safeReturnUrl(this.returnUrl()) ?? undefined,
        },
      });
    } else if (outcome.kind === 'signedIn') {
      await this.continueAs(outcome.user.role);
    }
  }

  /** Back from the second step: by choice, or because its challenge lapsed (`message`). */
  protected backToPassword(message: string | null = null): void {
    this.challengeToken.set(null);
    this.error.set(message);
    if (!message) this.form.controls.password.reset();
  }

  protected async continueAs(role: Role): Promise<void> {
    await this.router.navigateByUrl(
      safeReturnUrl(this.returnUrl()) ?? roleHome(role),
    );
  }
}
