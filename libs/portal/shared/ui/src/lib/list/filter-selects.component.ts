import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzSelectModule } from 'ng-zorro-antd/select';

/** One filter of a search list shown as a select. */
export interface FilterSelect<K extends string = string> {
  key: K;
  /** Catalogue keys of the placeholder and of the accessible name. */
  placeholder: string;
  label: string;
  testId: string;
  /** Type to search among the options. */
  search: boolean;
  /** The options' names come from the catalogues (the page walker checks them). */
  translated: boolean;
  /** Several may be chosen (the value is a list). */
  multiple: boolean;
  options: ReadonlyArray<{ value: string; label: string }>;
}

/** A {@link FilterSelect} from its parts, in the order the lists write them. */
export function filterSelect<K extends string>(
  key: K,
  [placeholder, label]: [string, string],
  testId: string,
  options: FilterSelect['options'],
  { search = false, translated = false, multiple = false } = {},
): FilterSelect<K> {
  return {
    key,
    placeholder,
    label,
    testId,
    search,
    translated,
    multiple,
    options,
  };
}

/** What a filter select emits: its key and the value chosen (null, or [] for a list, when cleared). */
export interface FilterChange<K extends string = string> {
  key: K;
  value: string | string[] | null;
}

/**
 * A search list's filters as selects, in their order, for the list shell's filter row (they sit in
 * that row directly: the host has no box of its own).
 */
@Component({
  selector: 'sm-filter-selects',
  imports: [FormsModule, NzSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
    /* Like the list shell's own filters: each fills its column of the filter row. */
    nz-select {
      width: 100%;
      min-width: 0;
    }
  `,
  template: `
    @for (f of selects(); track f.key) {
      <nz-select
        [nzMode]="f.multiple ? 'multiple' : 'default'"
        [ngModel]="values()[f.key]"
        (ngModelChange)="
          changed.emit({
            key: f.key,
            value: $event ?? (f.multiple ? [] : null),
          })
        "
        [nzPlaceHolder]="f.placeholder | transloco"
        [nzMaxTagCount]="2"
        nzAllowClear
        [nzShowSearch]="f.search"
        [attr.aria-label]="f.label | transloco"
        [attr.data-testid]="f.testId"
        [attr.data-i18n-skip]="f.translated ? null : ''"
      >
        @for (o of f.options; track o.value) {
          <nz-option [nzValue]="o.value" [nzLabel]="o.label" />
        }
      </nz-select>
    }
  `,
})
export class FilterSelectsComponent<K extends string> {
  readonly selects = input.required<readonly FilterSelect<K>[]>();
  /** The current filters (each select reads its key). */
  readonly values = input.required<Readonly<Record<K, unknown>>>();
  readonly changed = output<FilterChange<K>>();
}
