import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { BatchesApi } from '../../core/data-access/batches.api';

/**
 * A filter by batch (第 n 批 · name), clearable: it loads the batches itself (none when that
 * fails) and emits the chosen id, or null when cleared. The host is laid out as if the select
 * stood in its place.
 */
@Component({
  selector: 'sm-batch-select',
  imports: [FormsModule, NzSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
    nz-select {
      min-width: 200px;
    }
  `,
  template: `
    <nz-select
      [ngModel]="value()"
      (ngModelChange)="valueChange.emit($event)"
      [nzPlaceHolder]="placeholder()"
      nzAllowClear
      [attr.data-testid]="testid()"
    >
      @for (b of batches(); track b.id) {
        <nz-option
          [nzValue]="b.id"
          [nzLabel]="
            'stats.dashboard.batchLabel'
              | transloco: { n: b.number, name: b.name }
          "
        />
      }
    </nz-select>
  `,
})
export class BatchSelectComponent {
  readonly value = input<string | null>(null);
  /** The placeholder, already translated. */
  readonly placeholder = input.required<string>();
  readonly testid = input.required<string>();
  readonly valueChange = output<string | null>();

  protected readonly batches = toSignal(
    inject(BatchesApi)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
}
