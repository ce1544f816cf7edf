import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProductView } from '@scenematch/contracts';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import {
  ProductsApi,
  type ProductListQuery,
} from '@scenematch/portal/products/data-access/products.api';
import { PagedQuery } from '@scenematch/portal/shared/ui/list/paged-query';
import { ReasonModalComponent } from '@scenematch/portal/shared/ui/reason-modal.component';
import { beijingTime } from '@scenematch/portal/shared/ui/text/beijing-time';
import {
  DATA_TABLE,
  type TableColumn,
} from '@scenematch/portal/shared/ui/ui/data-table.component';
import { RowActions } from '@scenematch/portal/shared/ui/ui/row-actions';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';
import { PageHeadComponent } from '@scenematch/portal/shared/ui/ui/page-head.component';

const PAGE_SIZE = 20;

/** 产品审核: products companies submitted, with 入库 and 驳回 per row and their launch event. */
@Component({
  selector: 'sm-product-review-page',
  imports: [
    PageHeadComponent,
    TranslocoPipe,
    DATA_TABLE,
    RouterLink,
    NzIconModule,
    NzTagModule,
    NzTooltipModule,
    ReasonModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-review.page.html',
  styleUrl: './product-review.page.less',
})
export class ProductReviewPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ProductsApi);

  protected readonly columns = computed((): TableColumn<ProductView>[] => [
    {
      key: 'name',
      title: this.i18n.t('products.review.name'),
    },
    {
      key: 'company',
      title: this.i18n.t('products.review.company'),
    },
    { key: 'capabilities', title: this.i18n.t('products.review.capabilities') },
    {
      key: 'launchEvent',
      title: this.i18n.t('products.review.launchEvent'),
      width: '200px',
      testId: 'queue-event',
    },
    {
      key: 'submittedAt',
      title: this.i18n.t('products.review.submittedAt'),
      width: '150px',
      value: (r) => beijingTime(r.submittedAt),
    },
    {
      key: 'actions',
      title: this.i18n.t('common.actions'),
      width: '170px',
      buttons: [
        {
          label: this.i18n.t('products.product.actions.list'),
          testid: 'queue-list',
          type: 'primary',
          question: this.i18n.t('products.product.confirmList'),
          ok: this.i18n.t('products.product.confirmListOk'),
          busy: (row) => this.actions.busy() === row.id,
          pressed: (row) => this.approve(row),
        },
        {
          label: this.i18n.t('products.product.actions.reject'),
          testid: 'queue-reject',
          danger: true,
          pressed: (row) => this.actions.ask(row),
        },
      ],
    },
  ]);
  protected readonly rowAttrs = (r: ProductView) => ({ 'data-id': r.id });

  protected readonly list = new PagedQuery(
    (query: ProductListQuery) => this.api.list(query),
    { status: ['submitted'], sort: 'newest' } as ProductListQuery,
    PAGE_SIZE,
  );
  /** 驳回 asks a reason; 入库 is confirmed in place. */
  protected readonly actions = new RowActions<ProductView>(() =>
    this.list.reload(),
  );

  protected approve(product: ProductView): void {
    this.actions.run(
      product.id,
      this.api.approve(product.id),
      this.i18n.t('products.product.done.list'),
    );
  }

  protected confirmReject(reason: string): void {
    this.actions.confirm(
      (product, why) => this.api.reject(product.id, why),
      reason,
      this.i18n.t('products.product.done.reject'),
    );
  }
}
