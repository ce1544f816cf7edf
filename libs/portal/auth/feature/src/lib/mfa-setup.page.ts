import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import type { MfaSetup } from '@scenematch/contracts';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { AuthSubmitComponent } from '@scenematch/portal/auth/ui/auth-submit.component';
import { MFA_SETUP_FIELDS } from '@scenematch/portal/auth/ui/auth-fields';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { roleHome, safeReturnUrl } from '@scenematch/portal/core/auth/role-home';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  compactCode,
  otpCodeValidator,
} from '@scenematch/portal/shared/ui/forms/auth-validators';
import { FORM_CARD_IMPORTS } from '@scenematch/portal/shared/ui/forms/form-card-imports';
import { revealErrors } from '@scenematch/portal/shared/ui/forms/server-errors';

type Step = 'scan' | 'codes';

/**
 * Second-factor set-up: the QR code and the secret, a code to confirm them, then the recovery
 * codes — shown this once — before the user continues.
 */
@Component({
  selector: 'sm-mfa-setup-page',
  imports: [
    ...FORM_CARD_IMPORTS,
    NzSpinModule,
    NzStepsModule,
    AuthSubmitComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mfa-setup.page.html',
  styleUrl: './mfa-setup.page.less',
})
export class MfaSetupPage implements OnInit {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  readonly returnUrl = input<string | undefined>();

  private readonly i18n = inject(LanguageService);
  protected readonly step = signal<Step>('scan');
  protected readonly setup = signal<MfaSetup | null>(null);
  protected readonly recoveryCodes = signal<string[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly expired = signal(false);
  protected readonly submitting = signal(false);
  protected readonly copied = signal(false);
  protected readonly stepIndex = computed(() =>
    this.step() === 'codes' ? 2 : this.setup() ? 1 : 0,
  );
  /** Whose factor this is: the enrolling user, or the signed-in one. */
  protected readonly userName = computed(
    () => (this.auth.enrolment()?.user ?? this.auth.user())?.email ?? '',
  );

  /** Enabling from a signed-in session asks for the password again (enrolment already had it). */
  protected readonly needsPassword = computed(() => !this.auth.enrolment());

  protected readonly fields = MFA_SETUP_FIELDS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, otpCodeValidator]],
    password: [''],
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(null);
    try {
      this.setup.set(await this.auth.setupMfa());
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 401) {
        this.auth.clearSession();
        this.expired.set(true);
      } else if (apiError.statusCode === 409) {
        await this.router.navigateByUrl('/me/security');
      } else {
        this.error.set(this.i18n.t('auth.mfaSetup.loadFailed'));
      }
    }
  }

  protected async enable(): Promise<void> {
    const control = this.form.controls.code;
    const password = this.form.controls.password;
    if (control.invalid) {
      revealErrors(control);
      return;
    }
    if (this.needsPassword() && !password.value) {
      this.error.set(this.i18n.t('auth.mfaSetup.passwordRequired'));
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      this.recoveryCodes.set(
        await this.auth.enableMfa(
          compactCode(control.value),
          this.needsPassword() ? password.value : undefined,
        ),
      );
      this.step.set('codes');
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 401) {
        this.auth.clearSession();
        this.expired.set(true);
      } else {
        this.error.set(apiError.errors?.[0]?.message ?? apiError.message);
        control.reset();
      }
    } finally {
      this.submitting.set(false);
    }
  }

  protected async copyCodes(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.recoveryCodes().join('\n'));
      this.copied.set(true);
    } catch {
      // No clipboard (insecure origin): the codes stay on screen to write down.
    }
  }

  protected async continue(): Promise<void> {
    this.recoveryCodes.set([]);
    await this.router.navigateByUrl(
      safeReturnUrl(this.returnUrl()) ?? roleHome(this.auth.role()),
    );
  }

  protected async toLogin(): Promise<void> {
    await this.router.navigateByUrl('/login');
  }
}
