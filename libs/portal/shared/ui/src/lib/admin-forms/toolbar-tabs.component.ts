import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzRadioModule } from 'ng-zorro-antd/radio';

/** One tab of `sm-toolbar-tabs`: its value and its name as a catalogue key. */
export interface ToolbarTab<T> {
  value: T;
  label: string;
}

/** The tabs of a record of catalogue keys, in the record's order. */
export function tabsOf<T extends string>(
  labels: Readonly<Record<T, string>>,
): ToolbarTab<T>[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({
    value,
    label,
  }));
}

/**
 * A list toolbar's tabs as radio buttons (solid unless `solid` is false): the chosen one, and a
 * change on a click.
 */
@Component({
  selector: 'sm-toolbar-tabs',
  imports: [FormsModule, NzRadioModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: block; }',
  template: `
    <nz-radio-group
      [ngModel]="value()"
      (ngModelChange)="changed.emit($event)"
      [nzButtonStyle]="solid() ? 'solid' : 'outline'"
      [attr.data-testid]="testId()"
    >
      @for (tab of tabs(); track tab.value) {
        <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- nz-radio-button renders its input inside the label -->
        <label nz-radio-button [nzValue]="tab.value">{{
          tab.label | transloco
        }}</label>
      }
    </nz-radio-group>
  `,
})
export class ToolbarTabsComponent<T> {
  readonly tabs = input.required<readonly ToolbarTab<T>[]>();
  readonly value = input.required<T>();
  readonly solid = input(true);
  readonly testId = input<string | null>(null);
  readonly changed = output<T>();
}
