import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  PRODUCT_STATUSES,
  type ProductStatus,
  type ProductView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { map } from 'rxjs/operators';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ProductsApi } from '@scenematch/portal/products/data-access/products.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { productActions } from '@scenematch/portal/shared/ui/product/product-format';
import { ProductStatusTagComponent } from '@scenematch/portal/shared/ui/product/product-status-tag.component';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import { ReloadableList } from '@scenematch/portal/shared/ui/ui/reloadable-list';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { PageStateComponent } from '@scenematch/portal/shared/ui/ui/page-state.component';
import { PRODUCT_STATUS_KEYS } from '@scenematch/portal/shared/ui/product/product-keys';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

/** A company has a handful of products: one request (the API's largest page) holds them all. */
const MAX_PRODUCTS = 100;

/**
 * 我的产品: every product of the company in any state, by state in tabs (with counts), with
 * 提交审核 and 下架 per row and the reason of a rejection where there is one.
 */
@Component({
  selector: 'sm-my-products-page',
  imports: [
    PageHeadComponent,
    TranslocoPipe,
    DATA_TABLE,
    PageStateComponent,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzTabsModule,
    NzTagModule,
    NzTooltipModule,
    ProductStatusTagComponent,
    ReasonModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-products.page.html',
  styleUrl: './me-page.less',
})
export class MyProductsPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ProductsApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);


  protected readonly tab = signal<ProductStatus | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly delisting = signal<ProductView | null>(null);

  private readonly list = new ReloadableList(() =>
    this.api
      .list({ mine: true, sort: 'newest', pageSize: MAX_PRODUCTS })
      .pipe(map((page) => page.items)),
  );
  protected readonly items = this.list.items;
  protected readonly columns = computed((): TableColumn<ProductView>[] => [
    { key: 'name', title: this.i18n.t('products.mine.name') },
    { key: 'capabilities', title: this.i18n.t('products.product.capabilities') },
    { key: 'status', title: this.i18n.t('products.mine.status'), width: '110px' },
    {
      key: 'updatedAt',
      title: this.i18n.t('products.mine.updatedAt'),
      width: '150px',
      value: (r) => beijingTime(r.updatedAt),
    },
    {
      key: 'actions',
      title: this.i18n.t('common.actions'),
      width: '230px',
      buttons: [
        { label: this.i18n.t('products.product.actions.edit'), testid: 'row-edit', icon: 'edit', shown: (r) => this.can(r, 'edit'), link: (r) => ['/me/products', r.id, 'edit'] },
        { label: this.i18n.t('products.product.actions.submit'), testid: 'row-submit', type: 'primary', icon: 'send', question: this.i18n.t('products.product.confirmSubmit'), shown: (r) => this.can(r, 'submit'), busy: (r) => this.busy() === r.id, pressed: (r) => this.submit(r) },
        { label: this.i18n.t('products.product.actions.delist'), testid: 'row-delist', danger: true, icon: 'stop', shown: (r) => this.can(r, 'delist'), pressed: (r) => this.delisting.set(r) },
        { label: this.i18n.t('products.mine.view'), testid: null, type: 'link', link: (r) => ['/products', r.id] },
      ],
    },
  ]);
  protected readonly rowAttrs = (r: ProductView) => ({
    'data-id': r.id,
    'data-status': r.status,
  });
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
  protected readonly counts = computed(() => {
    const counts = new Map<ProductStatus, number>();
    for (const p of this.items()) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
    return counts;
  });
  protected readonly tabs = computed(() => [
    {
      status: null,
      label: this.i18n.t('products.tabLabel', {
        label: this.i18n.t('products.mine.all'),
        n: this.items().length,
      }),
    },
    ...PRODUCT_STATUSES.map((status) => ({
      status,
      label: this.i18n.t('products.tabLabel', {
        label: this.i18n.t(PRODUCT_STATUS_KEYS[status]),
        n: this.counts().get(status) ?? 0,
      }),
    })),
  ]);
  protected readonly tabIndex = computed(() =>
    this.tabs().findIndex((t) => t.status === this.tab()),
  );
  protected readonly shown = computed(() => {
    const tab = this.tab();
    return tab ? this.items().filter((p) => p.status === tab) : this.items();
  });
  protected readonly rejectedCount = computed(() => this.counts().get('rejected') ?? 0);

  protected selectTab(index: number): void {
    this.tab.set(this.tabs()[index]?.status ?? null);
  }

  protected can(product: ProductView, action: string): boolean {
    return (productActions(product, this.auth.user()) as string[]).includes(action);
  }

  protected submit(product: ProductView): void {
    if (this.busy()) return;
    this.busy.set(product.id);
    this.api.submit(product.id).subscribe({
      next: () => this.done(this.i18n.t('products.product.done.submit')),
      error: (error: unknown) => this.failed(error),
    });
  }

  protected confirmDelist(reason: string): void {
    const product = this.delisting();
    if (!product || this.busy()) return;
    this.busy.set(product.id);
    this.api.delist(product.id, reason || undefined).subscribe({
      next: () => {
        this.delisting.set(null);
        this.done(this.i18n.t('products.product.done.delist'));
      },
      error: (error: unknown) => {
        this.delisting.set(null);
        this.failed(error);
      },
    });
  }

  private done(text: string): void {
    this.busy.set(null);
    this.message.success(text);
    this.list.reload();
  }

  private failed(error: unknown): void {
    this.busy.set(null);
    this.message.error(toApiError(error).message);
    this.list.reload();
  }

  protected retry(): void {
    this.list.reload();
  }
}
