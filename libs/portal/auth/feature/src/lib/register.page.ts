import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { type RegisterRequest } from '@scenematch/contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { roleHome } from '@scenematch/portal/core/auth/role-home';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { passwordPolicyMessage } from '@scenematch/portal/auth/ui/password-policy';
import {
  applyServerErrors,
  revealErrors,
} from '@scenematch/portal/shared/ui/forms/server-errors';
import {
  matchesPasswordValidator,
  passwordPolicyValidator,
} from './register.validators';
import { PasswordRulesComponent } from './password-rules.component';
import { AuthSubmitComponent } from '@scenematch/portal/auth/ui/auth-submit.component';
import { REGISTER_FIELDS } from '@scenematch/portal/auth/ui/auth-fields';
import {
  organisationGroup,
  RegisterOrganisationFieldsComponent,
} from './register-organisation-fields.component';

@Component({
  selector: 'sm-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzCardModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    AuthSubmitComponent,
    FormFieldComponent,
    PasswordRulesComponent,
    RegisterOrganisationFieldsComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register.page.html',
})
export class RegisterPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  private readonly i18n = inject(LanguageService);
  /** The rules the password breaks, in the reader's language (the validator words them in Chinese). */
  protected readonly fields = REGISTER_FIELDS;
  protected readonly passwordPolicyMessage = () => {
    const { password, email } = this.form.getRawValue();
    return passwordPolicyMessage(password, email, (key, params) =>
      this.i18n.t(key, params),
    );
  };
  protected readonly submitting = signal(false);
  protected readonly formError = signal<string | null>(null);

  /** Control paths mirror the API's RegisterRequest so that server field errors map one to one. */
  readonly form = inject(FormBuilder).nonNullable.group({
    email: [
      '',
      [Validators.required, Validators.email, Validators.maxLength(254)],
    ],
    password: ['', [Validators.required, passwordPolicyValidator]],
    confirmPassword: ['', [Validators.required, matchesPasswordValidator]],
    displayName: ['', [Validators.required, Validators.maxLength(50)]],
    organisation: organisationGroup(inject(FormBuilder)),
    privacyConsent: [false, Validators.requiredTrue],
  });

  protected readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    const { email, password, confirmPassword } = this.form.controls;
    // Cross-field rules: the password depends on the email, the confirmation on the password.
    email.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => {
      if (password.value) password.updateValueAndValidity({ emitEvent: false });
    });
    password.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => {
      if (confirmPassword.value)
        confirmPassword.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected async submit(): Promise<void> {
    this.formError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const raw = this.form.getRawValue();
    const request: RegisterRequest = {
      email: raw.email.trim().toLowerCase(),
      password: raw.password,
      displayName: raw.displayName.trim(),
      organisation: {
        type: raw.organisation.type,
        name: raw.organisation.name.trim(),
        uscc: raw.organisation.uscc.trim().toUpperCase(),
        ...(raw.organisation.type === 'financier' &&
        raw.organisation.financierKind
          ? { financierKind: raw.organisation.financierKind }
          : {}),
      },
      privacyConsent: raw.privacyConsent,
    };
    this.submitting.set(true);
    try {
      const user = await this.auth.register(request);
      await this.router.navigateByUrl(roleHome(user.role));
    } catch (error) {
      this.showServerError(error);
    } finally {
      this.submitting.set(false);
    }
  }

  /** Field errors go onto their controls; a bare 409 is the duplicate email; the rest is form-level. */
  private showServerError(error: unknown): void {
    const apiError = toApiError(error);
    if (apiError.statusCode === 409 && !apiError.errors?.length) {
      applyServerErrors(this.form, [
        {
          field: 'email',
          message: apiError.message || this.i18n.t('auth.register.emailTaken'),
        },
      ]);
      return;
    }
    if (apiError.statusCode === 429) {
      this.formError.set(
        this.i18n.t('auth.login.tooManyAttempts', {
          seconds: apiError.retryAfter ?? 60,
        }),
      );
      return;
    }
    const unmatched = applyServerErrors(this.form, apiError.errors);
    if (unmatched.length) {
      this.formError.set(unmatched.map((e) => e.message).join('；'));
    } else if (!apiError.errors?.length) {
      this.formError.set(
        apiError.message || this.i18n.t('auth.register.failed'),
      );
    } else if (apiError.statusCode !== 409) {
      this.formError.set(this.i18n.t('auth.register.failed'));
    }
  }
}
