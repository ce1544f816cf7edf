import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzInputModule } from 'ng-zorro-antd/input';
import { LanguageService } from '../../core/i18n/language.service';
import { FormFieldComponent } from './form-field.component';

/**
 * One text field of a form, as data (texts as catalogue keys). Its test id is
 * `field-<control in kebab case>` unless `testid` says otherwise.
 */
export interface TextFieldSpec {
  readonly control: string;
  /** The control's element id (the label's `for`). */
  readonly id: string;
  readonly label: string;
  readonly placeholder?: string;
  /** A textarea of this many rows; an input without it. */
  readonly rows?: number;
  readonly type?: string;
  readonly maxlength?: number | null;
  readonly required?: boolean;
  readonly testid?: string;
  readonly errorTestid?: string | null;
  /** Catalogue key of a hint under the control. */
  readonly hint?: string;
  /** Catalogue keys of the messages, by validation error key. */
  readonly messages?: Readonly<Record<string, string>>;
  /** Catalogue key of the message for any other error, with `{{max}}` = `max`. */
  readonly fallback?: string;
  readonly max?: number;
}

/**
 * A text input or textarea in an `sm-form-field`, from a `TextFieldSpec`; it binds to the
 * surrounding form group by `formControlName`.
 */
@Component({
  selector: 'sm-text-field',
  imports: [
    ReactiveFormsModule,
    FormFieldComponent,
    NzInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  viewProviders: [
    {
      provide: ControlContainer,
      useFactory: () => inject(ControlContainer, { skipSelf: true }),
    },
  ],
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @let f = field();
    <sm-form-field
      [label]="f.label | transloco"
      [for]="f.id"
      [required]="!!f.required"
      [hint]="f.hint ? (f.hint | transloco) : undefined"
      [messages]="messages()"
      [fallback]="f.fallback ? (f.fallback | transloco: { max: f.max }) : ''"
      [errorTestid]="f.errorTestid ?? null"
    >
      @if (f.rows) {
        <textarea
          nz-input
          [id]="f.id"
          [rows]="f.rows"
          [formControlName]="f.control"
          [attr.placeholder]="
            f.placeholder ? (f.placeholder | transloco) : null
          "
          [maxlength]="f.maxlength ?? null"
          [attr.data-testid]="testid()"
        ></textarea>
      } @else {
        <input
          nz-input
          [id]="f.id"
          [attr.type]="f.type ?? null"
          [formControlName]="f.control"
          [attr.placeholder]="
            f.placeholder ? (f.placeholder | transloco) : null
          "
          [maxlength]="f.maxlength ?? null"
          [attr.data-testid]="testid()"
        />
      }
    </sm-form-field>
  `,
})
export class TextFieldComponent {
  private readonly i18n = inject(LanguageService);

  readonly field = input.required<TextFieldSpec>();

  protected readonly testid = computed(
    () =>
      this.field().testid ??
      `field-${this.field().control.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
  );
  protected readonly messages = computed(() =>
    Object.fromEntries(
      Object.entries(this.field().messages ?? {}).map(([error, key]) => [
        error,
        this.i18n.t(key),
      ]),
    ),
  );
}
