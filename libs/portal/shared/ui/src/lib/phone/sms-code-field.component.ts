import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormFieldComponent } from '../forms/form-field.component';

/**
 * The SMS code field of a form (手机验证码登录, binding a number): the 6-digit code and the
 * "获取验证码" button, which counts down before another code may be asked for. Binds the parent
 * form group's control `code`; ids and test ids start with `prefix` (`sms-code`, `sms-get-code`).
 */
@Component({
  selector: 'sm-sms-code-field',
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzInputModule,
    FormFieldComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // formControlName below belongs to the parent's form group.
  viewProviders: [
    {
      provide: ControlContainer,
      useFactory: () => inject(ControlContainer, { skipSelf: true }),
    },
  ],
  template: `
    <sm-form-field
      [label]="'auth.sms.code' | transloco"
      [for]="prefix() + '-code'"
      required
      [fallback]="'auth.sms.codeRequired' | transloco"
    >
      <div class="code-row">
        <input
          nz-input
          [id]="prefix() + '-code'"
          formControlName="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength="6"
          [placeholder]="placeholder()"
          [attr.data-testid]="prefix() + '-code'"
        />
        <button
          nz-button
          type="button"
          class="get-code"
          [disabled]="secondsLeft() > 0"
          [nzLoading]="sending()"
          (click)="getCode.emit()"
          [attr.data-testid]="prefix() + '-get-code'"
        >
          {{
            secondsLeft() > 0
              ? ('auth.sms.resendIn' | transloco: { seconds: secondsLeft() })
              : ('auth.sms.getCode' | transloco)
          }}
        </button>
      </div>
    </sm-form-field>
  `,
  styles: `
    .code-row {
      display: flex;
      gap: 8px;
    }
    .code-row input {
      flex: 1;
      min-width: 0;
    }
    .get-code {
      flex: none;
      min-width: 112px;
    }
  `,
})
export class SmsCodeFieldComponent {
  readonly prefix = input.required<string>();
  readonly placeholder = input('');
  /** Seconds before another code may be asked for (0: now). */
  readonly secondsLeft = input(0);
  readonly sending = input(false);
  readonly getCode = output<void>();

}
