import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  type TemplateRef,
} from '@angular/core';
import {
  AbstractControl,
  FormControl,
  ReactiveFormsModule,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { FormFieldComponent } from '../forms/form-field.component';

/** One option of a select field. */
export interface FieldOption {
  value: string;
  label: string;
}

/**
 * A form field described as data: which control of the group, which kind of input, and the
 * translation keys of its texts. A run of similar fields becomes a list of these and one `@for`.
 */
export interface FieldSpec {
  /** The control's name in its group. */
  key: string;
  kind: 'text' | 'textarea' | 'number' | 'select' | 'date';
  /** Translation key of the label. */
  label: string;
  /** The control's id (the row index is appended when the field has one). */
  id: string;
  testid: string;
  required?: boolean;
  /** Translation key of the message for an error no other message names. */
  fallback?: string;
  /** Translation key of the required message; it gets the label as `label`. */
  requiredMessage?: string;
  /** Translation key of the placeholder. */
  placeholder?: string;
  maxlength?: number;
  rows?: number;
  min?: number;
  max?: number;
  /** A number's step and decimals (1 and 0 unless told). */
  step?: number;
  precision?: number;
  /** A select that takes several values (at most `max`). */
  multiple?: boolean;
}

/**
 * `sm-form-field` around the control a `FieldSpec` describes (input, textarea, number, select or
 * date), bound to `group.controls[spec.key]`.
 */
@Component({
  selector: 'sm-control-field',
  imports: [
    ReactiveFormsModule,
    FormFieldComponent,
    NzDatePickerModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    nz-input-number {
      width: 100%;
    }
  `,
  template: `
    @let f = spec();
    <sm-form-field
      [label]="f.label | transloco"
      [for]="id()"
      [required]="!!f.required"
      [hint]="hint()"
      [messages]="
        f.requiredMessage
          ? {
              required:
                f.requiredMessage | transloco: { label: (f.label | transloco) },
            }
          : {}
      "
      [fallback]="f.fallback ? (f.fallback | transloco) : ''"
    >
      @switch (f.kind) {
        @case ('textarea') {
          <textarea
            nz-input
            [id]="id()"
            [rows]="f.rows ?? 2"
            [formControl]="control()"
            [attr.placeholder]="
              f.placeholder ? (f.placeholder | transloco) : null
            "
            [attr.data-testid]="f.testid"
          ></textarea>
        }
        @case ('number') {
          <nz-input-number
            [nzId]="id()"
            [formControl]="control()"
            [nzMin]="f.min ?? -Infinity"
            [nzMax]="f.max ?? Infinity"
            [nzStep]="f.step ?? 1"
            [nzPrecision]="f.precision ?? 0"
            [attr.data-testid]="f.testid"
          />
        }
        @case ('select') {
          <nz-select
            [nzId]="id()"
            [nzMode]="f.multiple ? 'multiple' : 'default'"
            [formControl]="control()"
            nzShowSearch
            [nzPlaceHolder]="f.placeholder ? (f.placeholder | transloco) : ''"
            [nzMaxMultipleCount]="f.multiple && f.max ? f.max : Infinity"
            [attr.data-testid]="f.testid"
            data-i18n-skip
          >
            @for (o of options(); track o.value) {
              <nz-option [nzValue]="o.value" [nzLabel]="o.label" />
            }
          </nz-select>
        }
        @case ('date') {
          <nz-date-picker
            [nzId]="id()"
            [formControl]="control()"
            [nzPlaceHolder]="f.placeholder ? (f.placeholder | transloco) : ''"
            [attr.data-testid]="f.testid"
          />
        }
        @default {
          <input
            nz-input
            [id]="id()"
            [formControl]="control()"
            [attr.placeholder]="
              f.placeholder ? (f.placeholder | transloco) : null
            "
            [maxlength]="f.maxlength ?? null"
            [attr.data-testid]="f.testid"
          />
        }
      }
    </sm-form-field>
  `,
})
export class ControlFieldComponent {
  readonly spec = input.required<FieldSpec>();
  /** The group that holds the control. */
  readonly group = input.required<{ controls: object }>();
  /** The row of a list the field is in (appended to the id). */
  readonly index = input<number | null>(null);
  /** What a select offers. */
  readonly options = input<readonly FieldOption[]>([]);
  /** A hint under the control. */
  readonly hint = input<string | TemplateRef<void> | undefined>(undefined);

  protected readonly Infinity = Infinity;
  protected readonly id = computed(() => {
    const index = this.index();
    return index === null ? this.spec().id : this.spec().id + index;
  });
  protected readonly control = computed(
    () =>
      (this.group().controls as Record<string, AbstractControl>)[
        this.spec().key
      ] as FormControl,
  );
}

/** Options whose value is their label (names from the taxonomy). */
export function namedOptions(
  names: readonly (string | { name: string })[],
): FieldOption[] {
  return names.map((n) => {
    const name = typeof n === 'string' ? n : n.name;
    return { value: name, label: name };
  });
}
