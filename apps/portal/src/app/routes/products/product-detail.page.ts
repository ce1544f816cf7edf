import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type ProductAction,
  type ProductView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, Observable } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { ProductsApi } from '../../core/data-access/products.api';
import { toApiError } from '../../core/http/api-error';
import {
  isOwnProduct,
  isStaff,
  MATURITY_COLORS,
  productActions,
} from '../../shared/product/product-format';
import { ProductFilesComponent } from '../../shared/product/product-files.component';
import { ProductStatusTagComponent } from '../../shared/product/product-status-tag.component';
import { ReasonModalComponent } from '../../shared/reason-modal.component';
import { BeijingTimePipe } from '../../shared/text/beijing-time';
import { PageStateComponent } from '../../shared/ui/page-state.component';
import { MATURITY_KEYS } from '../../shared/product/product-keys';
import { LanguageService } from '../../core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

/** What each action says once done. */
const PRODUCT_DONE_KEYS: Record<ProductAction, string> = {
  submit: 'products.product.done.submit',
  list: 'products.product.done.list',
  reject: 'products.product.done.reject',
  delist: 'products.product.done.delist',
};

type LoadState =
  | { state: 'loading' }
  | { state: 'ready'; product: ProductView }
  | { state: 'notFound' }
  | { state: 'failed'; message: string };

/**
 * A product's page: what it does, for which domains, how far along it is, screenshots and
 * brochures, and whose it is. Its company and staff also see its state and get its actions.
 */
@Component({
  selector: 'sm-product-detail-page',
  imports: [
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
    NzPopconfirmModule,
    NzTagModule,
    ProductFilesComponent,
    ProductStatusTagComponent,
    ReasonModalComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-detail.page.html',
  styleUrl: './product-detail.page.less',
})
export class ProductDetailPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ProductsApi);
  private readonly auth = inject(AuthStore);
  private readonly message = inject(NzMessageService);

  /** Route parameter of /products/:id. */
  readonly id = input.required<string>();

  protected readonly maturityKeys = MATURITY_KEYS;
  protected readonly maturityColors = MATURITY_COLORS;

  protected readonly view = signal<LoadState>({ state: 'loading' });
  protected readonly product = computed(() => {
    const v = this.view();
    return v.state === 'ready' ? v.product : null;
  });
  protected readonly failure = computed(() => {
    const v = this.view();
    return v.state === 'failed' ? v.message : '';
  });
  protected readonly modes = computed(
    () => this.product()?.deploymentModes.map((m) => m.name).join(this.i18n.t('products.listSeparator')) ?? '',
  );
  protected readonly actions = computed(() => {
    const p = this.product();
    return p ? productActions(p, this.auth.user()) : [];
  });
  /** Its company and staff see the state, dates and the reason of a rejection. */
  protected readonly insider = computed(() => {
    const p = this.product();
    const user = this.auth.user();
    return !!p && (isOwnProduct(p, user) || isStaff(user));
  });
  protected readonly busy = signal<ProductAction | null>(null);
  protected readonly reasonFor = signal<'reject' | 'delist' | null>(null);
  protected readonly reasonError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      // Signing in or out changes what may be seen.
      this.auth.isSignedIn();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    if (this.product()?.id !== id) this.view.set({ state: 'loading' });
    // After a reload the session is being restored: a product that is not listed yet is visible
    // to its company only once the token is back.
    await this.auth.whenReady();
    try {
      const product = await firstValueFrom(this.api.get(id));
      this.view.set({ state: 'ready', product });
    } catch (error) {
      const e = toApiError(error);
      this.view.set(
        e.statusCode === 404 || e.statusCode === 400
          ? { state: 'notFound' }
          : { state: 'failed', message: e.message },
      );
    }
  }

  protected retry(): void {
    void this.load(this.id());
  }

  protected can(action: string): boolean {
    return (this.actions() as string[]).includes(action);
  }

  protected run(action: 'submit' | 'list'): void {
    const p = this.product();
    if (!p) return;
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
    if (!p || !action) return;
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
        this.view.set({ state: 'ready', product });
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
        void this.load(this.id());
      },
    });
  }
}
