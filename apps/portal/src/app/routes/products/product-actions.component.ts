import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ProductAction, ProductView } from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { Observable } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { ProductsApi } from '../../core/data-access/products.api';
import { LanguageService } from '../../core/i18n/language.service';
import { productActions } from '../../shared/product/product-format';
import { ReasonModalComponent } from '../../shared/reason-modal.component';
import { ActionButtonComponent } from '../../shared/ui/action-button.component';
import { ItemActions } from '../../shared/ui/item-actions';

/** What each action says once done. */
const PRODUCT_DONE_KEYS: Record<ProductAction, string> = {
  submit: 'products.product.done.submit',
  list: 'products.product.done.list',
  reject: 'products.product.done.reject',
  delist: 'products.product.done.delist',
};

/** The buttons after 编辑, in order: 提交审核 and 上架 are confirmed, 驳回 and 下架 ask a reason. */
const BUTTONS: readonly {
  action: ProductAction;
  icon: string;
  label: string;
  confirm?: string;
  ok?: string;
}[] = [
  {
    action: 'submit',
    icon: 'send',
    label: 'products.product.actions.submit',
    confirm: 'products.product.confirmSubmit',
  },
  {
    action: 'list',
    icon: 'check',
    label: 'products.product.actions.list',
    confirm: 'products.product.confirmList',
    ok: 'products.product.confirmListOk',
  },
  {
    action: 'reject',
    icon: 'rollback',
    label: 'products.product.actions.reject',
  },
  { action: 'delist', icon: 'stop', label: 'products.product.actions.delist' },
];

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
    ActionButtonComponent,
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
        <a
          nz-button
          [routerLink]="['/me/products', p.id, 'edit']"
          data-testid="action-edit"
          ><nz-icon nzType="edit" />{{
            'products.product.actions.edit' | transloco
          }}</a
        >
      }
      @for (b of buttons; track b.action) {
        @if (can(b.action)) {
          <sm-action-button
            [type]="b.confirm ? 'primary' : null"
            [danger]="!b.confirm"
            [icon]="b.icon"
            [testid]="'action-' + b.action"
            [question]="b.confirm | transloco"
            [ok]="b.ok | transloco"
            [busy]="busy() === b.action"
            (pressed)="press(b.action)"
          >
            {{ b.label | transloco }}
          </sm-action-button>
        }
      }
    </div>

    <sm-reason-modal
      [open]="reasonFor() !== null"
      [title]="
        reasonFor() === 'reject'
          ? ('products.product.rejectTitle' | transloco)
          : ('products.product.delistTitle' | transloco)
      "
      [label]="
        reasonFor() === 'reject'
          ? ('products.product.rejectLabel' | transloco)
          : ('products.product.delistLabel' | transloco)
      "
      [okText]="
        reasonFor() === 'reject'
          ? ('products.product.rejectOk' | transloco)
          : ('products.product.delistOk' | transloco)
      "
      [placeholder]="
        reasonFor() === 'reject'
          ? ('products.product.rejectPlaceholder' | transloco)
          : ''
      "
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
  private readonly steps = new ItemActions<
    ProductAction,
    'reject' | 'delist'
  >();
  protected readonly busy = this.steps.busy;
  protected readonly reasonFor = this.steps.reasonFor;
  protected readonly reasonError = this.steps.reasonError;

  protected readonly buttons = BUTTONS;

  protected can(action: string): boolean {
    return (this.actions() as string[]).includes(action);
  }

  /** 提交审核 and 上架 go ahead (they were confirmed); 驳回 and 下架 ask for a reason first. */
  protected press(action: ProductAction): void {
    const id = this.product().id;
    if (action === 'submit') this.perform(action, this.api.submit(id));
    else if (action === 'list') this.perform(action, this.api.approve(id));
    else this.steps.ask(action);
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

  private perform(
    action: ProductAction,
    request: Observable<ProductView>,
  ): void {
    this.steps.run(action, request, {
      done: (product) => {
        this.updated.emit(product);
        this.message.success(this.i18n.t(PRODUCT_DONE_KEYS[action]));
      },
      failed: (e) => {
        this.message.error(e.message);
        this.stale.emit();
      },
    });
  }
}
