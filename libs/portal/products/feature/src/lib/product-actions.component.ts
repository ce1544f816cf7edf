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
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ProductsApi } from '@scenematch/portal/products/data-access/products.api';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { productActions } from '@scenematch/portal/shared/ui/product/product-format';
import {
  ItemActionBarComponent,
  type ItemActionButton,
  type ItemReasonTexts,
  type ReasonGiven,
} from '@scenematch/portal/shared/ui/ui/item-action-bar.component';
import { ItemActions } from '@scenematch/portal/shared/ui/ui/item-actions';

/** What each action says once done. */
const PRODUCT_DONE_KEYS: Record<ProductAction, string> = {
  submit: 'products.product.done.submit',
  list: 'products.product.done.list',
  reject: 'products.product.done.reject',
  delist: 'products.product.done.delist',
};

/** The buttons after 编辑, in order: 提交审核 and 上架 are confirmed, 驳回 and 下架 ask a reason. */
const BUTTONS: readonly ItemActionButton<ProductAction>[] = [
  {
    action: 'submit',
    icon: 'send',
    label: 'products.product.actions.submit',
    primary: true,
    confirm: { title: 'products.product.confirmSubmit' },
  },
  {
    action: 'list',
    icon: 'check',
    label: 'products.product.actions.list',
    primary: true,
    confirm: {
      title: 'products.product.confirmList',
      ok: 'products.product.confirmListOk',
    },
  },
  {
    action: 'reject',
    icon: 'rollback',
    label: 'products.product.actions.reject',
    danger: true,
  },
  {
    action: 'delist',
    icon: 'stop',
    label: 'products.product.actions.delist',
    danger: true,
  },
];

/** The actions that ask for a reason. */
type Reasoned = 'reject' | 'delist';

/** The reason dialogs of 驳回 (a reason is required) and 下架. */
const REASONS: Record<Reasoned, ItemReasonTexts> = {
  reject: {
    title: 'products.product.rejectTitle',
    label: 'products.product.rejectLabel',
    ok: 'products.product.rejectOk',
    placeholder: 'products.product.rejectPlaceholder',
    required: true,
    danger: true,
  },
  delist: {
    title: 'products.product.delistTitle',
    label: 'products.product.delistLabel',
    ok: 'products.product.delistOk',
    required: false,
    danger: true,
  },
};

/**
 * A product's actions for the signed-in user (编辑, 提交审核, 上架, 驳回, 下架; 驳回 and 下架 ask
 * for a reason). Emits the product as it is after an action, or `stale` when a refusal means the
 * page's copy is out of date.
 */
@Component({
  selector: 'sm-product-actions',
  imports: [
    ItemActionBarComponent,
    NzButtonModule,
    NzIconModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sm-item-action-bar
      [buttons]="buttons()"
      [steps]="steps"
      [reasons]="reasons"
      testid="product-actions"
      (pressed)="press($event)"
      (reasonGiven)="confirmReason($event)"
    >
      @if (can('edit')) {
        <a
          nz-button
          [routerLink]="['/me/products', product().id, 'edit']"
          data-testid="action-edit"
          ><nz-icon nzType="edit" />{{
            'products.product.actions.edit' | transloco
          }}</a
        >
      }
    </sm-item-action-bar>
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
  protected readonly steps = new ItemActions<ProductAction, Reasoned>();
  protected readonly reasons = REASONS;
  protected readonly buttons = computed(() =>
    BUTTONS.filter((b) => this.can(b.action)),
  );

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

  protected confirmReason({ action, reason }: ReasonGiven<Reasoned>): void {
    const p = this.product();
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
