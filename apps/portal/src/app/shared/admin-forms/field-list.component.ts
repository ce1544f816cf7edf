import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  ReactiveFormsModule,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { FormFieldComponent } from '../forms/form-field.component';

/** One option of a select field: its value and its name as a catalogue key. */
export interface FieldOption {
  readonly value: unknown;
  readonly label: string;
}

/**
 * One field of a form as data: the control it edits, its element id (after the list's
 * `idPrefix`), its texts as catalogue keys, and what the control needs.
 */
export interface FieldSpec {
  readonly control: string;
  readonly id: string;
  readonly kind:
    | 'text'
    | 'textarea'
    | 'number'
    | 'date'
    | 'datetime'
    | 'select';
  readonly label: string;
  readonly required?: boolean;
  /** The message for an invalid value (catalogue key). */
  readonly fallback?: string;
  readonly hint?: string;
  /** The placeholder (catalogue key). */
  readonly placeholder?: string;
  /** A placeholder shown as it is (an example value). */
  readonly example?: string;
  readonly testid?: string;
  readonly maxlength?: number;
  readonly rows?: number;
  readonly min?: number;
  readonly max?: number;
  readonly options?: readonly FieldOption[];
  readonly multiple?: boolean;
  /** Grid columns (of 24) in a row whose fields all have one; else the row shares its width. */
  readonly span?: number;
}

/** A row of fields side by side; a row of one field is a field on its own. */
export type FieldRow = readonly FieldSpec[];

/**
 * Fields of a reactive form drawn from data, each in an `sm-form-field` (label, required mark,
 * hint, message): rows of one field stand alone, wider rows share their width (a grid when each
 * field has a `span`). Goes inside the `nz-form` that owns `group`.
 *
 * ```html
 * <sm-field-list [group]="form" [rows]="rows" idPrefix="bf-" />
 * ```
 */
@Component({
  selector: 'sm-field-list',
  imports: [
    FormFieldComponent,
    NgTemplateOutlet,
    NzDatePickerModule,
    NzGridModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      > sm-form-field {
        flex: 1 1 160px;
      }
    }
    nz-date-picker,
    nz-input-number {
      width: 100%;
    }
  `,
  template: `
    @for (row of rows(); track $index) {
      @if (row.length === 1) {
        <ng-container
          *ngTemplateOutlet="field; context: { $implicit: row[0] }"
        />
      } @else if (row[0].span) {
        <div nz-row [nzGutter]="16">
          @for (f of row; track f.control) {
            <div nz-col [nzSpan]="f.span">
              <ng-container
                *ngTemplateOutlet="field; context: { $implicit: f }"
              />
            </div>
          }
        </div>
      } @else {
        <div class="row">
          @for (f of row; track f.control) {
            <ng-container
              *ngTemplateOutlet="field; context: { $implicit: f }"
            />
          }
        </div>
      }
    }
    <ng-template #field let-f>
      @let id = idPrefix() + f.id;
      @let c = control(f);
      <sm-form-field
        [label]="f.label | transloco"
        [for]="id"
        [required]="!!f.required"
        [hint]="f.hint ? (f.hint | transloco) : undefined"
        [fallback]="f.fallback ? (f.fallback | transloco) : ''"
      >
        @switch (f.kind) {
          @case ('textarea') {
            <textarea
              nz-input
              [id]="id"
              [rows]="f.rows ?? 3"
              [formControl]="c"
              [maxlength]="f.maxlength ?? null"
              [attr.data-testid]="f.testid"
            ></textarea>
          }
          @case ('number') {
            <nz-input-number
              [nzId]="id"
              [formControl]="c"
              [nzMin]="f.min ?? noMin"
              [nzMax]="f.max ?? noMax"
              [nzPrecision]="0"
              [nzPlaceHolder]="
                f.placeholder ? (f.placeholder | transloco) : null
              "
              [attr.data-testid]="f.testid"
            />
          }
          @case ('date') {
            <nz-date-picker
              [nzId]="id"
              [formControl]="c"
              [attr.data-testid]="f.testid"
            />
          }
          @case ('datetime') {
            <nz-date-picker
              [nzId]="id"
              [formControl]="c"
              [nzShowTime]="{ nzFormat: 'HH:mm' }"
              nzFormat="yyyy-MM-dd HH:mm"
              [attr.data-testid]="f.testid"
            />
          }
          @case ('select') {
            <nz-select
              [nzId]="id"
              [nzMode]="f.multiple ? 'multiple' : 'default'"
              [formControl]="c"
              [attr.data-testid]="f.testid"
            >
              @for (o of f.options; track o.value) {
                <nz-option
                  [nzValue]="o.value"
                  [nzLabel]="o.label | transloco"
                />
              }
            </nz-select>
          }
          @default {
            <input
              nz-input
              [id]="id"
              [formControl]="c"
              [maxlength]="f.maxlength ?? null"
              [attr.placeholder]="
                f.example ??
                (f.placeholder ? (f.placeholder | transloco) : null)
              "
              [attr.data-testid]="f.testid"
            />
          }
        }
      </sm-form-field>
    </ng-template>
  `,
})
export class FieldListComponent {
  /** The form group whose controls the fields edit. */
  readonly group = input.required<{
    readonly controls: Readonly<Record<string, AbstractControl>>;
  }>();
  readonly rows = input.required<readonly FieldRow[]>();
  /** Put before each field's id (two forms may be on one page). */
  readonly idPrefix = input('');

  protected readonly noMin = Number.MIN_SAFE_INTEGER;
  protected readonly noMax = Number.MAX_SAFE_INTEGER;

  protected control(field: FieldSpec): FormControl {
    return this.group().controls[field.control] as FormControl;
  }
}
