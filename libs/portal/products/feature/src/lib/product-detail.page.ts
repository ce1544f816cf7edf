import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProductView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { DetailHeadComponent } from '@scenematch/portal/shared/ui/ui/detail-head.component';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ProductsApi } from '@scenematch/portal/products/data-access/products.api';
import {
  isOwnProduct,
  isStaff,
  MATURITY_COLORS,
} from '@scenematch/portal/shared/ui/product/product-format';
import { ProductActionsComponent } from './product-actions.component';
import { ProductFilesComponent } from '@scenematch/portal/shared/ui/product/product-files.component';
import { ProductStatusTagComponent } from '@scenematch/portal/shared/ui/product/product-status-tag.component';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';
import { ItemLoad } from '@scenematch/portal/shared/ui/ui/item-load';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { MATURITY_KEYS } from '@scenematch/portal/shared/ui/product/product-keys';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A product's page: what it does, for which domains, how far along it is, screenshots and
 * brochures, and whose it is. Its company and staff also see its state and get its actions.
 */
@Component({
  selector: 'sm-product-detail-page',
  imports: [
    DetailHeadComponent,
    TranslocoPipe,
    PageStateComponent,
    BeijingTimePipe,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzGridModule,
    NzIconModule,
    NzTagModule,
    ProductActionsComponent,
    ProductFilesComponent,
    ProductStatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-detail.page.html',
  styleUrl: './product-detail.page.less',
})
export class ProductDetailPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ProductsApi);
  private readonly auth = inject(AuthStore);

  /** Route parameter of /products/:id. */
  readonly id = input.required<string>();

  protected readonly maturityKeys = MATURITY_KEYS;
  protected readonly maturityColors = MATURITY_COLORS;

  private readonly load = new ItemLoad(this.id, (id) => this.api.get(id));
  protected readonly view = this.load.view;
  protected readonly product = this.load.item;
  protected readonly failure = this.load.failure;
  protected readonly modes = computed(
    () =>
      this.product()
        ?.deploymentModes.map((m) => m.name)
        .join(this.i18n.t('products.listSeparator')) ?? '',
  );
  /** Its company and staff see the state, dates and the reason of a rejection. */
  protected readonly insider = computed(() => {
    const p = this.product();
    const user = this.auth.user();
    return !!p && (isOwnProduct(p, user) || isStaff(user));
  });

  protected retry(): void {
    this.load.retry();
  }

  /** An action's result: the product as it is now. */
  protected updated(product: ProductView): void {
    this.load.set(product);
  }
}
