import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  TemplateRef,
} from '@angular/core';
import {
  AbstractControl,
  FormControl,
  ReactiveFormsModule,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { LanguageService } from '../../core/i18n/language.service';
import {
  FormFieldComponent,
  type FieldMessages,
} from '../../shared/forms/form-field.component';

/** An input of the sign-in and registration forms, as data; texts are catalogue keys. */
export interface AuthFieldSpec {
  /** The control's name in the form (or its group). */
  key: string;
  id: string;
  testid: string;
  label: string;
  /** The icon before the control (mail, lock, user, …). */
  icon: string;
  type?: 'text' | 'email' | 'password' | 'tel';
  inputmode?: 'numeric' | 'tel';
  /** A text after the icon (the country code of a phone number). */
  prefixText?: string;
  /** Catalogue key of the placeholder. */
  placeholder?: string;
  autocomplete?: string;
  /** Error key → catalogue key, in order of precedence. */
  messages?: Readonly<Record<string, string>>;
  fallback?: string;
  hint?: string;
  maxlength?: number;
  /** Off for codes (USCC). */
  spellcheck?: boolean;
  errorTestid?: string;
}

/**
 * An input of the sign-in and registration forms: the labelled, required field with an icon before
 * the control (mail, lock, user, …), described by an `AuthFieldSpec`.
 */
@Component({
  selector: 'sm-auth-text-field',
  imports: [
    ReactiveFormsModule,
    NzIconModule,
    NzInputModule,
    FormFieldComponent,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .prefix {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  template: `
    @let f = spec();
    <sm-form-field
      [label]="f.label | transloco"
      [for]="f.id"
      required
      [hint]="hintTemplate() ?? (f.hint ? (f.hint | transloco) : undefined)"
      [messages]="messages()"
      [fallback]="f.fallback ? (f.fallback | transloco) : ''"
      [errorTestid]="f.errorTestid ?? null"
    >
      <nz-input-wrapper>
        <nz-icon nzInputPrefix [nzType]="f.icon" />
        @if (f.prefixText) {
          <span nzInputPrefix class="prefix">{{ f.prefixText }}</span>
        }
        <input
          nz-input
          [id]="f.id"
          [formControl]="formControl()"
          [type]="f.type ?? 'text'"
          [maxlength]="f.maxlength ?? null"
          [attr.inputmode]="f.inputmode ?? null"
          [attr.autocomplete]="f.autocomplete ?? null"
          [attr.placeholder]="
            f.placeholder ? (f.placeholder | transloco) : null
          "
          [attr.spellcheck]="f.spellcheck === false ? 'false' : null"
          [attr.data-testid]="f.testid"
        />
      </nz-input-wrapper>
    </sm-form-field>
  `,
})
export class AuthTextFieldComponent {
  private readonly i18n = inject(LanguageService);

  readonly spec = input.required<AuthFieldSpec>();
  /** The control, or the group that holds `spec.key`. */
  readonly control = input.required<AbstractControl>();
  /** Messages that are functions of the error, after the spec's own. */
  readonly extraMessages = input<FieldMessages>({});
  /** A hint with markup (instead of the spec's text). */
  readonly hintTemplate = input<TemplateRef<void> | undefined>(undefined);

  protected readonly formControl = computed(() => {
    const control = this.control();
    const inner =
      control instanceof FormControl ? control : control.get(this.spec().key);
    return inner as FormControl<string>;
  });
  protected readonly messages = computed<FieldMessages>(() => {
    const messages: Record<string, string | ((error: never) => string)> = {};
    for (const [error, key] of Object.entries(this.spec().messages ?? {})) {
      messages[error] = this.i18n.t(key);
    }
    return { ...messages, ...this.extraMessages() };
  });
}
