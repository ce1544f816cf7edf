import {
  ChangeDetectionStrategy,
  Component,
  inject,
  model,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ContactChannelsView } from '@scenematch/contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { ContactChannelsApi } from '@scenematch/portal/accounts/data-access/contact-channels.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';

/** The SMS consent under the mobile number (个人信息保护法): given or withdrawn, with its time. */
@Component({
  selector: 'sm-sms-consent',
  imports: [FormsModule, NzCheckboxModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = channels();
    <div class="consent" data-testid="sms-consent">
      <div class="consent-title">
        {{ 'me.phone.consentTitle' | transloco }}
      </div>
      <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- nz-checkbox renders its input inside the label -->
      <label
        nz-checkbox
        [ngModel]="!!c.smsConsentAt"
        (ngModelChange)="setConsent($event)"
        [nzDisabled]="!c.phoneVerifiedAt || savingConsent()"
        data-testid="sms-consent-checkbox"
        >{{ 'me.phone.consentText' | transloco }}</label
      >
      <p class="muted">
        {{
          c.smsConsentAt
            ? ('me.phone.consentGiven'
              | transloco: { at: time(c.smsConsentAt) })
            : c.phoneVerifiedAt
              ? ('me.phone.consentNone' | transloco)
              : ('me.phone.consentNeedsPhone' | transloco)
        }}
      </p>
    </div>
  `,
  styleUrl: './phone-card.component.less',
})
export class SmsConsentComponent {
  private readonly api = inject(ContactChannelsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(LanguageService);

  /** The user's channels (shared with the phone card). */
  readonly channels = model.required<ContactChannelsView>();
  protected readonly savingConsent = signal(false);

  protected time(at: string): string {
    return beijingTime(at);
  }

  protected async setConsent(consent: boolean): Promise<void> {
    this.savingConsent.set(true);
    try {
      this.channels.set(await firstValueFrom(this.api.setSmsConsent(consent)));
      this.message.success(
        consent
          ? this.i18n.t('me.phone.consentOn')
          : this.i18n.t('me.phone.consentOff'),
      );
    } catch (error) {
      this.message.error(toApiError(error).message);
      this.channels.update((c) => ({ ...c }));
    } finally {
      this.savingConsent.set(false);
    }
  }
}
