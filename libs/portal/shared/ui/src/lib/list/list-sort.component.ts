import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzSelectModule } from 'ng-zorro-antd/select';

/** A sort a list offers: its code and the translation key of its name. */
export interface ListSortOption<T extends string = string> {
  value: T;
  label: string;
}

/** The sort select of a search list's filters (cleared: the list's default order). */
@Component({
  selector: 'sm-list-sort',
  imports: [FormsModule, NzSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    nz-select {
      width: 100%;
    }
  `,
  template: `
    <nz-select
      [ngModel]="value()"
      (ngModelChange)="valueChange.emit($event ?? null)"
      [nzPlaceHolder]="label()"
      nzAllowClear
      [attr.aria-label]="label()"
      data-testid="filter-sort"
    >
      @for (s of options(); track s.value) {
        <nz-option [nzValue]="s.value" [nzLabel]="s.label | transloco" />
      }
    </nz-select>
  `,
})
export class ListSortComponent<T extends string> {
  readonly value = input<T | null | undefined>(null);
  readonly options = input.required<readonly ListSortOption<T>[]>();
  readonly label = input('');
  readonly valueChange = output<T | null>();
}
