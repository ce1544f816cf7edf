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
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PRODUCT_STATUS_COLORS } from './product-format';

/** A product's state as a coloured tag with its Chinese label. */
@Component({
  selector: 'sm-product-status-tag',
  imports: [NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag
    [nzColor]="color()"
    [attr.data-status]="status()"
    data-testid="product-status"
    >{{ label() }}</nz-tag
  >`,
})
export class ProductStatusTagComponent {
  readonly status = input.required<ProductStatus>();
  protected readonly label = computed(
    () => PRODUCT_STATUS_LABELS[this.status()] ?? this.status(),
  );
  protected readonly color = computed(
    () => PRODUCT_STATUS_COLORS[this.status()] ?? 'default',
  );
}
