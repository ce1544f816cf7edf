import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { type ProductStatus } from '@scenematch/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PRODUCT_STATUS_COLORS } from './product-format';
import { PRODUCT_STATUS_KEYS } from './product-keys';

/** A product's state as a coloured tag with its label. */
@Component({
  selector: 'sm-product-status-tag',
  imports: [NzTagModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag
    [nzColor]="color()"
    [attr.data-status]="status()"
    data-testid="product-status"
    >{{ label() | transloco }}</nz-tag
  >`,
})
export class ProductStatusTagComponent {
  readonly status = input.required<ProductStatus>();
  protected readonly label = computed(
    () => PRODUCT_STATUS_KEYS[this.status()] ?? this.status(),
  );
  protected readonly color = computed(
    () => PRODUCT_STATUS_COLORS[this.status()] ?? 'default',
  );
}
