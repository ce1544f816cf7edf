import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ProductAction, ProductView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import type { Observable } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { ProductsApi } from '../../core/data-access/products.api';
import { toApiError } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { productActions } from '../../shared/product/product-format';
import { ReasonModalComponent } from '../../shared/reason-modal.component';

/** What each action says once done. */
const PRODUCT_DONE_KEYS: Record<ProductAction, string> = {
  submit: 'products.product.done.submit',
  list: 'products.product.done.list',
  reject: 'products.product.done.reject',
  delist: 'products.product.done.delist',
};

/**
 * A product's actions for the signed-in user (编辑, 提交审核, 上架, 驳回, 下架; 驳回 and 下架 ask
 * for a reason). Emits the product as it is after an action, or `stale` when a refusal means the
 * page's copy is out of date.
 */
@Component({
  selector: 'sm-product-actions',
  imports: [
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    ReasonModalComponent,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  template: `
    @let p = product();
    <div class="actions" data-testid="product-actions">
      @if (can('edit')) {
        <a nz-button [routerLink]="['/me/products', p.id, 'edit']" data-testid="action-edit"
          ><nz-icon nzType="edit" />{{ 'products.product.actions.edit' | transloco }}</a
        >
      }
      @if (can('submit')) {
        <button
          nz-button
          nzType="primary"
          nz-popconfirm
          [nzPopconfirmTitle]="'products.product.confirmSubmit' | transloco"
          (nzOnConfirm)="run('submit')"
          [nzLoading]="busy() === 'submit'"
          data-testid="action-submit"
        >
          <nz-icon nzType="send" />{{ 'products.product.actions.submit' | transloco }}
        </button>
      }
      @if (can('list')) {
        <button
          nz-button
          nzType="primary"
          nz-popconfirm
          [nzPopconfirmTitle]="'products.product.confirmList' | transloco"
          [nzOkText]="'products.product.confirmListOk' | transloco"
          (nzOnConfirm)="run('list')"
          [nzLoading]="busy() === 'list'"
          data-testid="action-list"
        >
          <nz-icon nzType="check" />{{ 'products.product.actions.list' | transloco }}
        </button>
      }
      @if (can('reject')) {
        <button nz-button nzDanger (click)="askReason('reject')" data-testid="action-reject">
          <nz-icon nzType="rollback" />{{ 'products.product.actions.reject' | transloco }}
        </button>
      }
      @if (can('delist')) {
        <button nz-button nzDanger (click)="askReason('delist')" data-testid="action-delist">
          <nz-icon nzType="stop" />{{ 'products.product.actions.delist' | transloco }}
        </button>
      }
    </div>

    <sm-reason-modal
      [open]="reasonFor() !== null"
      [title]="reasonFor() === 'reject' ? ('products.product.rejectTitle' | transloco) : ('products.product.delistTitle' | transloco)"
      [label]="reasonFor() === 'reject' ? ('products.product.rejectLabel' | transloco) : ('products.product.delistLabel' | transloco)"
      [okText]="reasonFor() === 'reject' ? ('products.product.rejectOk' | transloco) : ('products.product.delistOk' | transloco)"
      [placeholder]="reasonFor() === 'reject' ? ('products.product.rejectPlaceholder' | transloco) : ''"
      [required]="reasonFor() === 'reject'"
      [danger]="true"
      [busy]="busy() !== null"
      [error]="reasonError()"
      (confirmed)="confirmReason($event)"
      (cancelled)="reasonFor.set(null)"
    />
  `,
})
export class ProductActionsComponent {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ProductsApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);

  readonly product = input.required<ProductView>();
  readonly updated = output<ProductView>();
  readonly stale = output<void>();

  protected readonly actions = computed(() =>
    productActions(this.product(), this.auth.user()),
  );
  protected readonly busy = signal<ProductAction | null>(null);
  protected readonly reasonFor = signal<'reject' | 'delist' | null>(null);
  protected readonly reasonError = signal<string | null>(null);

  protected can(action: string): boolean {
    return (this.actions() as string[]).includes(action);
  }

  protected run(action: 'submit' | 'list'): void {
    const p = this.product();
    this.perform(
      action,
      action === 'submit' ? this.api.submit(p.id) : this.api.approve(p.id),
    );
  }

  protected askReason(action: 'reject' | 'delist'): void {
    this.reasonError.set(null);
    this.reasonFor.set(action);
  }

  protected confirmReason(reason: string): void {
    const p = this.product();
    const action = this.reasonFor();
    if (!action) return;
    this.perform(
      action,
      action === 'reject'
        ? this.api.reject(p.id, reason)
        : this.api.delist(p.id, reason || undefined),
    );
  }

  private perform(action: ProductAction, request: Observable<ProductView>): void {
    if (this.busy()) return;
    this.busy.set(action);
    request.subscribe({
      next: (product) => {
        this.busy.set(null);
        this.reasonFor.set(null);
        this.updated.emit(product);
        this.message.success(this.i18n.t(PRODUCT_DONE_KEYS[action]));
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const problem = e.errors?.find((f) => f.field === 'reason');
        if (problem && this.reasonFor()) {
          this.reasonError.set(problem.message);
          return;
        }
        this.reasonFor.set(null);
        this.message.error(e.message);
        this.stale.emit();
      },
    });
  }
}
