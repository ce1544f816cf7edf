import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { injectBatchList } from '@scenematch/portal/shared/ui/scenario/batch-list';

/**
 * The statistics pages' batch choice: every 榜单批次 as 第 n 批 name, cleared for all of them
 * (`placeholder`, already translated, says so). Emits the batch id, or null when cleared. It
 * stands in the page's filter row as if the select stood there itself.
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
      (ngModelChange)="changed.emit($event ?? null)"
      [nzPlaceHolder]="placeholder()"
      nzAllowClear
      [attr.data-testid]="testId()"
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
  readonly placeholder = input.required<string>();
  readonly testId = input.required<string>();
  readonly changed = output<string | null>();

  protected readonly batches = injectBatchList();
}
