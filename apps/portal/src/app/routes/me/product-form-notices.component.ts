import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  PRODUCT_STATUS_LABELS,
  type ProductStatus,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { PRODUCT_TEXTS } from '../../core/i18n/zh-cn.products';
import { EDITABLE_PRODUCT_STATUSES } from '../../shared/product/product-format';

/** What the product form says above its fields: why it was rejected, what a change does, a failed save. */
@Component({
  selector: 'sm-product-form-notices',
  imports: [NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rejectReason(); as reason) {
      <nz-alert
        nzType="warning"
        nzShowIcon
        [nzMessage]="p.rejectReason"
        [nzDescription]="reason"
        data-testid="form-reject-reason"
      />
    }
    @if (status() === 'listed') {
      <nz-alert nzType="info" nzShowIcon [nzMessage]="t.listedHint" />
    }
    @if (locked()) {
      <nz-alert
        nzType="warning"
        nzShowIcon
        [nzMessage]="t.lockedHint(statusLabel())"
        data-testid="form-locked"
      />
    }
    @if (error(); as message) {
      <nz-alert
        nzType="error"
        nzShowIcon
        [nzMessage]="message"
        data-testid="form-error"
      />
    }
  `,
  styles: `
    nz-alert {
      display: block;
      margin-bottom: 16px;
    }
  `,
})
export class ProductFormNoticesComponent {
  readonly status = input.required<ProductStatus>();
  readonly rejectReason = input<string | null>(null);
  readonly error = input<string | null>(null);

  protected readonly t = PRODUCT_TEXTS.form;
  protected readonly p = PRODUCT_TEXTS.product;
  protected readonly locked = computed(
    () => !EDITABLE_PRODUCT_STATUSES.includes(this.status()),
  );
  protected readonly statusLabel = computed(
    () => PRODUCT_STATUS_LABELS[this.status()],
  );
}
