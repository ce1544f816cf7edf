import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  input,
  type TemplateRef,
} from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { NzGridModule } from 'ng-zorro-antd/grid';
import type { FieldOption, FieldSpec } from '../forms/field-spec';
import { FormFieldComponent } from '../forms/form-field.component';

/** A row of fields side by side; a row of one field is a field on its own. */
export type FieldRow = readonly FieldSpec[];

/**
 * Fields of a reactive form drawn from data, each in an `sm-form-field` (label, required mark,
 * hint, message): rows of one field stand alone, wider rows share their width (a grid when each
 * field has a `span` or an `md`). Goes inside the `nz-form` that owns `group`.
 *
 * ```html
 * <sm-field-list [group]="form" [rows]="rows" idPrefix="bf-" />
 * <sm-field-list [group]="form" [rows]="[tagFields]" [options]="{ domains: domainOptions }" />
 * ```
 */
@Component({
  selector: 'sm-field-list',
  imports: [FormFieldComponent, NgTemplateOutlet, NzGridModule],
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
  `,
  template: `
    @for (row of rows(); track $index) {
      @if (row.length === 1) {
        <ng-container
          *ngTemplateOutlet="field; context: { $implicit: row[0] }"
        />
      } @else if (row[0].span || row[0].md) {
        <div nz-row [nzGutter]="16">
          @for (f of row; track f.control) {
            <div nz-col [nzSpan]="f.span ?? 24" [nzMd]="f.md ?? null">
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
      <sm-form-field
        class="stretch"
        [spec]="f"
        [group]="group()"
        [idPrefix]="idPrefix()"
        [options]="options()[f.control] ?? []"
        [hint]="hints()[f.control]"
      />
    </ng-template>
  `,
})
export class FieldListComponent {
  /** The form group whose controls the fields edit. */
  readonly group = input.required<AbstractControl>();
  readonly rows = input.required<readonly FieldRow[]>();
  /** Put before each field's id (two forms may be on one page). */
  readonly idPrefix = input('');
  /** What the selects offer whose specs list no options, by control name. */
  readonly options = input<
    Readonly<Record<string, readonly FieldOption[] | undefined>>
  >({});
  /** Hints with markup, by control name (instead of the spec's text). */
  readonly hints = input<
    Readonly<Record<string, TemplateRef<void> | undefined>>
  >({});
}
