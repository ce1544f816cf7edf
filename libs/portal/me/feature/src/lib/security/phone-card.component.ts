import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  FormBuilder,
  FormsModule,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import {
  type ContactChannelsView,
  normalisePhone,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ContactChannelsApi } from '@scenematch/portal/accounts/data-access/contact-channels.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { revealErrors } from '@scenematch/portal/shared/ui/forms/server-errors';
import type { FieldSpec } from '@scenematch/portal/shared/ui/forms/field-spec';
import { FormFieldComponent } from '@scenematch/portal/shared/ui/forms/form-field.component';
import { smsCodeFlow } from '@scenematch/portal/shared/ui/phone/sms-code-flow';
import { SmsCodeFieldComponent } from '@scenematch/portal/shared/ui/phone/sms-code-field.component';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import { phoneValidator } from '@scenematch/portal/auth/ui/sms-login-form.component';
import { SmsConsentComponent } from './sms-consent.component';
import { WechatCardComponent } from './wechat-card.component';
import { ActionButtonComponent } from '@scenematch/portal/shared/ui/ui/action-button.component';

/**
 * 手机号 and 微信服务号 on 账号安全: add, verify, change and remove the mobile number (a code to the
 * number and the password), give or withdraw the SMS consent (个人信息保护法: its time shown);
 * the WeChat openid is sm-wechat-card's.
 */
@Component({
  selector: 'sm-phone-card',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    ActionButtonComponent,
    FormFieldComponent,
    SmsCodeFieldComponent,
    SmsConsentComponent,
    WechatCardComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'me.phone.title' | transloco" data-testid="phone-card">
      <p class="muted">{{ 'me.phone.lead' | transloco }}</p>
      @if (channels(); as c) {
        <div class="row">
          <span class="label">{{ 'me.phone.current' | transloco }}</span>
          <strong data-testid="phone-current">{{
            c.phone ?? ('me.phone.none' | transloco)
          }}</strong>
          @if (c.phoneVerifiedAt) {
            <span class="muted">{{
              'me.phone.verifiedAt' | transloco: { at: time(c.phoneVerifiedAt) }
            }}</span>
          }
        </div>
        @if (!editing()) {
          <div class="actions">
            <button nz-button (click)="startEdit()" data-testid="phone-edit">
              {{
                c.phone
                  ? ('me.phone.change' | transloco)
                  : ('me.phone.add' | transloco)
              }}
            </button>
            @if (c.phone) {
              <sm-action-button
                danger
                [question]="'me.phone.removeConfirm' | transloco"
                (pressed)="remove()"
                testid="phone-remove"
              >
                {{ 'me.phone.remove' | transloco }}
              </sm-action-button>
            }
          </div>
        } @else {
          <form
            nz-form
            nzLayout="vertical"
            [formGroup]="form"
            (ngSubmit)="bind()"
            class="bind-form"
            data-testid="phone-form"
          >
            <sm-form-field [spec]="fields.phone" [group]="form" />
            <sm-sms-code-field
              prefix="bind"
              [secondsLeft]="countdown.left()"
              [sending]="sending()"
              (getCode)="sendCode()"
            />
            <sm-form-field [spec]="fields.password" [group]="form" />
            @if (notice(); as message) {
              <nz-alert
                nzType="success"
                [nzMessage]="message"
                nzShowIcon
                class="gap"
              />
            }
            @if (error(); as message) {
              <nz-alert
                nzType="error"
                [nzMessage]="message"
                nzShowIcon
                class="gap"
                data-testid="phone-error"
              />
            }
            <div class="actions">
              <button
                nz-button
                nzType="primary"
                type="submit"
                [nzLoading]="saving()"
                data-testid="bind-submit"
              >
                {{ 'me.phone.save' | transloco }}
              </button>
              <button nz-button type="button" (click)="editing.set(false)">
                {{ 'me.phone.cancel' | transloco }}
              </button>
            </div>
          </form>
        }

        <sm-sms-consent
          [channels]="c"
          (channelsChange)="channels.set($event)"
        />
      }
    </nz-card>

    <sm-wechat-card [(channels)]="channels" />
  `,
  styleUrl: './phone-card.component.less',
})
export class PhoneCardComponent {
  private readonly api = inject(ContactChannelsApi);
  private readonly message = inject(NzMessageService);
  private readonly fb = inject(FormBuilder).nonNullable;

  private readonly i18n = inject(LanguageService);
  protected readonly channels = signal<ContactChannelsView | null>(null);
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);

  /** The number to bind and the account password (its code is sm-sms-code-field's). */
  protected readonly fields = {
    phone: {
      control: 'phone',
      id: 'bind-phone',
      testid: 'bind-phone',
      label: 'me.phone.phone',
      type: 'tel',
      inputmode: 'tel',
      autocomplete: 'tel-national',
      required: true,
    },
    password: {
      control: 'password',
      id: 'bind-password',
      testid: 'bind-password',
      label: 'me.phone.password',
      type: 'password',
      autocomplete: 'current-password',
      required: true,
      hint: 'me.phone.passwordHint',
      fallback: 'me.phone.passwordRequired',
    },
  } satisfies Record<string, FieldSpec>;
  protected readonly form = this.fb.group({
    phone: ['', [phoneValidator]],
    code: ['', [Validators.required, Validators.pattern(/^\s*\d{6}\s*$/)]],
    password: ['', [Validators.required]],
  });
  private readonly sms = smsCodeFlow(this.form, 'me.phone.codeSent');
  protected readonly countdown = this.sms.countdown;
  protected readonly notice = this.sms.notice;
  protected readonly error = this.sms.error;
  protected readonly sending = this.sms.sending;
  constructor() {
    this.api.view().subscribe((c) => this.channels.set(c));
  }

  protected time(at: string): string {
    return beijingTime(at);
  }

  protected startEdit(): void {
    this.form.reset();
    this.notice.set(null);
    this.error.set(null);
    this.editing.set(true);
  }

  protected sendCode(): Promise<void> {
    return this.sms.send((phone) => this.api.sendCode(phone));
  }

  protected async bind(): Promise<void> {
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const { phone, code, password } = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    try {
      this.channels.set(
        await firstValueFrom(
          this.api.bind({
            phone: normalisePhone(phone) ?? phone,
            code: code.trim(),
            password,
          }),
        ),
      );
      this.editing.set(false);
      this.message.success(this.i18n.t('me.phone.bound'));
    } catch (error) {
      this.sms.fail(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(): Promise<void> {
    try {
      this.channels.set(await firstValueFrom(this.api.unbind()));
      this.message.success(this.i18n.t('me.phone.removed'));
    } catch (error) {
      this.message.error(toApiError(error).message);
    }
  }
}
