import {
  ChangeDetectionStrategy,
  Component,
  inject,
  model,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ContactChannelsView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { ContactChannelsApi } from '@scenematch/portal/accounts/data-access/contact-channels.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import {
  applyServerErrors,
  revealErrors,
} from '@scenematch/portal/shared/ui/forms/server-errors';

/** 微信服务号 on 账号安全: bind the openid that receives the platform's notices, or unbind it. */
@Component({
  selector: 'sm-wechat-card',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    FormFieldComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card
      [nzTitle]="'me.wechat.title' | transloco"
      data-testid="wechat-card"
    >
      <p class="muted">{{ 'me.wechat.lead' | transloco }}</p>
      <p class="muted">{{ 'me.wechat.howTo' | transloco }}</p>
      @if (channels(); as c) {
        @if (c.wechat.bound) {
          <div class="row">
            <strong data-testid="wechat-status">{{
              'me.wechat.bound' | transloco: { tail: c.wechat.openidTail ?? '' }
            }}</strong>
            <button
              nz-button
              nzDanger
              (click)="unbindWechat()"
              data-testid="wechat-unbind"
            >
              {{ 'me.wechat.unbind' | transloco }}
            </button>
          </div>
        } @else {
          <form
            nz-form
            nzLayout="vertical"
            [formGroup]="wechatForm"
            (ngSubmit)="bindWechat()"
          >
            <sm-form-field
              [label]="'me.wechat.openid' | transloco"
              for="wechat-openid"
              [fallback]="'me.wechat.openidInvalid' | transloco"
            >
              <div class="code-row">
                <input
                  nz-input
                  id="wechat-openid"
                  formControlName="openid"
                  autocomplete="off"
                  spellcheck="false"
                  data-testid="wechat-openid"
                />
                <button
                  nz-button
                  nzType="primary"
                  type="submit"
                  data-testid="wechat-bind"
                >
                  {{ 'me.wechat.bind' | transloco }}
                </button>
              </div>
            </sm-form-field>
          </form>
        }
      }
    </nz-card>
  `,
  styleUrl: './phone-card.component.less',
})
export class WechatCardComponent {
  private readonly api = inject(ContactChannelsApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(LanguageService);

  /** The user's channels (shared with the phone card); null until loaded. */
  readonly channels = model<ContactChannelsView | null>(null);

  protected readonly wechatForm = inject(FormBuilder).nonNullable.group({
    openid: [
      '',
      [Validators.required, Validators.pattern(/^\s*[A-Za-z0-9_-]{16,64}\s*$/)],
    ],
  });

  protected async bindWechat(): Promise<void> {
    if (this.wechatForm.invalid) {
      revealErrors(this.wechatForm);
      return;
    }
    try {
      this.channels.set(
        await firstValueFrom(
          this.api.bindWechat(this.wechatForm.getRawValue().openid.trim()),
        ),
      );
      this.message.success(this.i18n.t('me.wechat.saved'));
    } catch (error) {
      const apiError = toApiError(error);
      if (
        !apiError.errors?.length ||
        applyServerErrors(this.wechatForm, apiError.errors).length
      )
        this.message.error(apiError.message);
    }
  }

  protected async unbindWechat(): Promise<void> {
    this.channels.set(await firstValueFrom(this.api.unbindWechat()));
    this.wechatForm.reset();
    this.message.success(this.i18n.t('me.wechat.removed'));
  }
}
