import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormControl, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { AccountsApi } from '@scenematch/portal/accounts/data-access/accounts.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { FORM_CARD_IMPORTS } from '@scenematch/portal/shared/ui/forms/form-card-imports';
import { guardedSubmit } from '@scenematch/portal/shared/ui/forms/guarded-submit';
import { FileDownloads } from '@scenematch/portal/shared/ui/ui/file-downloads';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * 个人信息 on 账号安全: download what the platform holds about the user (JSON), or delete it
 * and close the account (the password confirms; every session ends at once).
 */
@Component({
  selector: 'sm-personal-data-card',
  imports: [...FORM_CARD_IMPORTS, RouterLink, NzModalModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card
      [nzTitle]="'me.personalData.title' | transloco"
      data-testid="personal-data-card"
    >
      <p class="muted">
        {{ 'me.personalData.lead' | transloco }}
        <a routerLink="/privacy">{{
          'me.personalData.privacyLink' | transloco
        }}</a>
      </p>
      <div class="actions">
        <button
          nz-button
          (click)="download()"
          [nzLoading]="downloads.busy() !== null"
          data-testid="personal-data-download"
        >
          {{ 'me.personalData.download' | transloco }}
        </button>
        <button
          nz-button
          nzDanger
          (click)="openErase()"
          data-testid="personal-data-erase"
        >
          {{ 'me.personalData.erase' | transloco }}
        </button>
      </div>
    </nz-card>

    <nz-modal
      [nzVisible]="erasing()"
      [nzTitle]="'me.personalData.eraseTitle' | transloco"
      [nzFooter]="footer"
      (nzOnCancel)="erasing.set(false)"
    >
      <ng-container *nzModalContent>
        <nz-alert
          nzType="warning"
          [nzMessage]="'me.personalData.eraseWarning' | transloco"
          nzShowIcon
        />
        <form
          nz-form
          nzLayout="vertical"
          (ngSubmit)="erase()"
          class="erase-form"
        >
          <sm-form-field
            [label]="'me.personalData.passwordLabel' | transloco"
            for="erase-password"
            required
            [fallback]="
              passwordError() ??
              ('me.personalData.passwordRequired' | transloco)
            "
          >
            <input
              nz-input
              id="erase-password"
              type="password"
              autocomplete="current-password"
              [formControl]="password"
              data-testid="erase-password"
            />
          </sm-form-field>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button (click)="erasing.set(false)">
          {{ 'common.cancel' | transloco }}
        </button>
        <button
          nz-button
          nzType="primary"
          nzDanger
          [nzLoading]="busy()"
          (click)="erase()"
          data-testid="erase-confirm"
        >
          {{ 'me.personalData.eraseOk' | transloco }}
        </button>
      </ng-template>
    </nz-modal>
  `,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .erase-form {
      margin-top: 16px;
    }
  `,
})
export class PersonalDataCardComponent {
  private readonly api = inject(AccountsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);

  private readonly i18n = inject(LanguageService);
  protected readonly downloads = new FileDownloads<'personal-data'>();
  protected readonly erasing = signal(false);
  protected readonly busy = signal(false);
  protected readonly passwordError = signal<string | null>(null);
  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required],
  });

  protected download(): void {
    this.downloads.run('personal-data', this.api.personalData(), (e) => e.message);
  }

  protected openErase(): void {
    this.password.reset();
    this.passwordError.set(null);
    this.erasing.set(true);
  }

  protected async erase(): Promise<void> {
    if (this.busy()) return;
    await guardedSubmit(
      { form: this.password, busy: this.busy, error: this.passwordError },
      async () => {
        await firstValueFrom(this.api.erase(this.password.value));
        this.erasing.set(false);
        this.auth.clearSession();
        this.message.success(this.i18n.t('me.personalData.erased'));
        await this.router.navigateByUrl('/');
      },
      // A wrong password stays under its field; anything else is told in a message.
      (apiError) => {
        const problem = apiError.errors?.find((e) => e.field === 'password');
        if (!problem) {
          this.message.error(apiError.message);
          return;
        }
        this.passwordError.set(problem.message);
        this.password.setErrors({ server: problem.message });
        this.password.markAsDirty();
      },
    );
  }
}
