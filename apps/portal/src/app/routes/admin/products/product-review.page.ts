import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ProductView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { ProductsApi } from '../../../core/data-access/products.api';
import { toApiError } from '../../../core/http/api-error';
import { TEXTS } from '../../../core/i18n/zh-cn';
import { PRODUCT_TEXTS } from '../../../core/i18n/zh-cn.products';
import { ReasonModalComponent } from '../../../shared/reason-modal.component';
import { Reloadable } from '../../../shared/ui/reloadable-list';
import { BeijingTimePipe } from '../../../shared/text/beijing-time';

const PAGE_SIZE = 20;

/** 产品审核: products companies submitted, with 入库 and 驳回 per row and their launch event. */
@Component({
  selector: 'sm-product-review-page',
  imports: [
    BeijingTimePipe,
    RouterLink,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzPopconfirmModule,
    NzResultModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
    ReasonModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-review.page.html',
  styleUrl: './product-review.page.less',
})
export class ProductReviewPage {
  private readonly api = inject(ProductsApi);
  private readonly message = inject(NzMessageService);

  protected readonly t = PRODUCT_TEXTS.review;
  protected readonly p = PRODUCT_TEXTS.product;
  protected readonly common = TEXTS.common;
  protected readonly pageSize = PAGE_SIZE;

  protected readonly pageIndex = signal(1);
  protected readonly busy = signal<string | null>(null);
  protected readonly rejecting = signal<ProductView | null>(null);
  protected readonly reasonError = signal<string | null>(null);
  private readonly list = new Reloadable(
    (page: number) =>
      this.api.list({
        status: ['submitted'],
        sort: 'newest',
        page,
        pageSize: PAGE_SIZE,
      }),
    toObservable(this.pageIndex),
  );
  protected readonly page = this.list.value;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;

  protected approve(product: ProductView): void {
    if (this.busy()) return;
    this.busy.set(product.id);
    this.api.approve(product.id).subscribe({
      next: () => {
        this.busy.set(null);
        this.message.success(this.p.done.list);
        this.list.reload();
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected askReject(product: ProductView): void {
    this.reasonError.set(null);
    this.rejecting.set(product);
  }

  protected confirmReject(reason: string): void {
    const product = this.rejecting();
    if (!product || this.busy()) return;
    this.busy.set(product.id);
    this.api.reject(product.id, reason).subscribe({
      next: () => {
        this.busy.set(null);
        this.rejecting.set(null);
        this.message.success(this.p.done.reject);
        this.list.reload();
      },
      error: (error: unknown) => {
        const problem = toApiError(error).errors?.find(
          (f) => f.field === 'reason',
        );
        if (problem) {
          this.busy.set(null);
          this.reasonError.set(problem.message);
          return;
        }
        this.rejecting.set(null);
        this.failed(error);
      },
    });
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
