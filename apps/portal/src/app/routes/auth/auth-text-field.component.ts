import {
  ChangeDetectionStrategy,
  Component,
  input,
  TemplateRef,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import {
  FormFieldComponent,
  type FieldMessages,
} from '../../shared/forms/form-field.component';

/**
 * An input of the sign-in and registration forms: the labelled field with an icon before the
 * control (mail, lock, user, …).
 */
@Component({
  selector: 'sm-auth-text-field',
  imports: [
    ReactiveFormsModule,
    NzIconModule,
    NzInputModule,
    FormFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-form-field
      [label]="label()"
      [for]="inputId()"
      required
      [hint]="hint()"
      [messages]="messages()"
      [fallback]="fallback()"
    >
      <nz-input-wrapper>
        <nz-icon nzInputPrefix [nzType]="icon()" />
        <input
          nz-input
          [id]="inputId()"
          [formControl]="control()"
          [type]="type()"
          [attr.autocomplete]="autocomplete()"
          [attr.data-testid]="testid()"
        />
      </nz-input-wrapper>
    </sm-form-field>
  `,
})
export class AuthTextFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  readonly icon = input.required<string>();
  readonly testid = input.required<string>();
  readonly type = input<'text' | 'email' | 'password'>('text');
  readonly autocomplete = input<string | null>(null);
  readonly messages = input<FieldMessages>({});
  readonly fallback = input('');
  readonly hint = input<string | TemplateRef<void> | undefined>(undefined);
}
