import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import type { MfaStatus } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from '@scenematch/portal/core/auth/auth.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import {
  compactCode,
  otpCodeValidator,
} from '@scenematch/portal/shared/ui/forms/auth-validators';
import { guardedSubmit } from '@scenematch/portal/shared/ui/forms/guarded-submit';
import { FORM_CARD_IMPORTS } from '@scenematch/portal/shared/ui/forms/form-card-imports';
import type { FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';

/**
 * 两步验证 on 账号安全: its state, the way to turn it on (/mfa-setup) and, unless the role
 * requires it, turning it off with the password and a current code.
 */
@Component({
  selector: 'sm-mfa-card',
  imports: [...FORM_CARD_IMPORTS, NzSkeletonModule, NzTagModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mfa-card.component.html',
  styleUrl: './security-card.less',
})
export class MfaCardComponent implements OnInit {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(LanguageService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly status = signal<MfaStatus | null>(null);
  protected readonly statusError = signal<string | null>(null);
  protected readonly showDisable = signal(false);
  protected readonly disabling = signal(false);
  protected readonly disableError = signal<string | null>(null);
  protected readonly disabledNotice = signal(false);

  /** The password and a current code, to turn the second factor off. */
  protected readonly disableFields = {
    password: {
      control: 'password',
      id: 'disable-password',
      testid: 'mfa-disable-password',
      label: 'me.security.password',
      type: 'password',
      autocomplete: 'current-password',
      required: true,
      fallback: 'me.security.required',
    },
    code: {
      control: 'code',
      id: 'disable-code',
      testid: 'mfa-disable-code',
      label: 'me.security.code',
      inputmode: 'numeric',
      autocomplete: 'one-time-code',
      maxlength: 6,
      required: true,
      fallback: 'me.security.codeInvalid',
    },
  } satisfies Record<string, FieldSpec>;
  protected readonly disableForm = this.fb.group({
    password: ['', [Validators.required]],
    code: ['', [Validators.required, otpCodeValidator]],
  });

  ngOnInit(): void {
    void this.loadStatus();
  }

  protected enabledAt(status: MfaStatus): string {
    return status.enabledAt
      ? this.i18n.t('me.security.enabledAt', {
          when: beijingTime(status.enabledAt),
        })
      : '';
  }

  protected async loadStatus(): Promise<void> {
    this.statusError.set(null);
    try {
      this.status.set(await firstValueFrom(this.api.mfaStatus()));
    } catch (error) {
      this.statusError.set(
        toApiError(error).message || this.i18n.t('me.security.loadFailed'),
      );
    }
  }

  protected async enable(): Promise<void> {
    await this.router.navigate(['/mfa-setup'], {
      queryParams: { returnUrl: '/me/security' },
    });
  }

  private readonly guard = {
    form: this.disableForm,
    busy: this.disabling,
    error: this.disableError,
  };

  protected disable(): Promise<void> {
    return guardedSubmit(this.guard, async () => {
      const { password, code } = this.disableForm.getRawValue();
      await firstValueFrom(
        this.api.mfaDisable({ password, code: compactCode(code) }),
      );
      this.showDisable.set(false);
      this.disableForm.reset();
      this.disabledNotice.set(true);
      await this.loadStatus();
    });
  }
}
