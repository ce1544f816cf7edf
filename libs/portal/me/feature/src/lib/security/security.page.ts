import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from '@scenematch/portal/core/auth/auth.api';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  matchesSiblingValidator,
  passwordPolicyValidator,
} from '@scenematch/portal/shared/ui/forms/auth-validators';
import type { FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';
import { guardedSubmit } from '@scenematch/portal/shared/ui/forms/guarded-submit';

import { MfaCardComponent } from './mfa-card.component';
import { LinkedIdentitiesCardComponent } from './linked-identities-card.component';
import { PersonalDataCardComponent } from './personal-data-card.component';
import { PhoneCardComponent } from './phone-card.component';
import { FORM_CARD_IMPORTS } from '@scenematch/portal/shared/ui/forms/form-card-imports';
import { passwordPolicyMessage } from '@scenematch/portal/auth/ui/password-policy';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

/** 账号安全 (/me/security, every role): password change and the second factor (sm-mfa-card). */
@Component({
  selector: 'sm-security-page',
  imports: [
    PageHeadComponent,
    ...FORM_CARD_IMPORTS,
    MfaCardComponent,
    LinkedIdentitiesCardComponent,
    PersonalDataCardComponent,
    PhoneCardComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './security.page.html',
  styleUrl: './security.page.less',
})
export class SecurityPage {
  private readonly api = inject(AuthApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly fb = inject(FormBuilder).nonNullable;

  private readonly i18n = inject(LanguageService);
  /** The rules the new password breaks, in the reader's language (the validator words them in Chinese). */
  protected readonly passwordPolicyMessage = () =>
    passwordPolicyMessage(
      this.passwordForm.controls.newPassword.value,
      this.auth.user()?.email,
      (key, params) => this.i18n.t(key, params),
    );
  /** 当前密码, 新密码 and its confirmation; a required message names its field. */
  protected readonly passwordFields = {
    current: passwordField(
      'currentPassword',
      'current-password',
      'me.security.currentPassword',
      'current-password',
      {
        fallback: 'me.security.required',
      },
    ),
    new: passwordField(
      'newPassword',
      'new-password',
      'me.security.newPassword',
      'new-password',
      {
        requiredMessage: 'me.security.required',
      },
    ),
    confirm: passwordField(
      'confirmPassword',
      'confirm-password',
      'me.security.confirmPassword',
      'new-password',
      {
        messages: { mismatch: 'me.security.confirmMismatch' },
        fallback: 'me.security.required',
      },
    ),
  };
  protected readonly passwordError = signal<string | null>(null);
  protected readonly changing = signal(false);

  protected readonly passwordForm = this.fb.group({
    currentPassword: ['', [Validators.required]],
    newPassword: [
      '',
      [
        Validators.required,
        // The new password under the shared policy, against the signed-in user's email.
        passwordPolicyValidator(() => this.auth.user()?.email),
      ],
    ],
    confirmPassword: [
      '',
      [
        Validators.required,
        matchesSiblingValidator('newPassword', 'me.security.confirmMismatch'),
      ],
    ],
  });

  constructor() {
    // The confirmation follows edits of the new password.
    this.passwordForm.controls.newPassword.valueChanges.subscribe(() =>
      this.passwordForm.controls.confirmPassword.updateValueAndValidity(),
    );
  }

  private readonly guard = {
    form: this.passwordForm,
    busy: this.changing,
    error: this.passwordError,
  };

  protected changePassword(): Promise<void> {
    return guardedSubmit(this.guard, async () => {
      const { currentPassword, newPassword } = this.passwordForm.getRawValue();
      await firstValueFrom(
        this.api.changePassword({ currentPassword, newPassword }),
      );
      // The server ended every session, this one included.
      this.auth.clearSession();
      await this.router.navigate(['/login'], {
        queryParams: { reason: 'password-changed' },
      });
    });
  }
}

/** A required password input whose id is its test id. */
function passwordField(
  control: string,
  id: string,
  label: string,
  autocomplete: string,
  messages: Pick<FieldSpec, 'fallback' | 'messages' | 'requiredMessage'>,
): FieldSpec {
  return {
    control,
    id,
    testid: id,
    label,
    type: 'password',
    autocomplete,
    required: true,
    ...messages,
  };
}
