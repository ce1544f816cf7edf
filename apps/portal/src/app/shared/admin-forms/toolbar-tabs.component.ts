import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzRadioModule } from 'ng-zorro-antd/radio';

/** A list toolbar's tabs as solid radio buttons: the chosen one, and a change on a click. */
@Component({
  selector: 'sm-toolbar-tabs',
  imports: [FormsModule, NzRadioModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-radio-group
      [ngModel]="value()"
      (ngModelChange)="changed.emit($event)"
      nzButtonStyle="solid"
      [attr.data-testid]="testId()"
    >
      @for (key of tabs(); track key) {
        <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- nz-radio-button renders its input inside the label -->
        <label nz-radio-button [nzValue]="key">{{
          labels()[key] | transloco
        }}</label>
      }
    </nz-radio-group>
  `,
})
export class ToolbarTabsComponent<T extends string> {
  readonly tabs = input.required<readonly T[]>();
  /** Each tab's name, as a catalogue key. */
  readonly labels = input.required<Readonly<Record<T, string>>>();
  readonly value = input.required<T>();
  readonly testId = input<string | null>(null);
  readonly changed = output<T>();
}
