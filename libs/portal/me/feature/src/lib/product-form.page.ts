import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import {
  type ProductFileView,
  type ProductStatus,
  type ProductView,
} from '@scenematch/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '@scenematch/portal/core/auth/auth.store';
import { ProductTaxonomyStore } from '@scenematch/portal/products/data-access/product-taxonomy.store';
import {
  ProductsApi,
  type ProductRequest,
} from '@scenematch/portal/products/data-access/products.api';
import { TaxonomyStore } from '@scenematch/portal/scenarios/data-access/taxonomy.store';
import { EditPageComponent } from '@scenematch/portal/shared/ui/forms/edit-page.component';
import {
  revealErrors,
  serverFormError,
} from '@scenematch/portal/shared/ui/forms/server-errors';
import {
  EDITABLE_PRODUCT_STATUSES,
  canDo,
  isOwnProduct,
} from '@scenematch/portal/shared/ui/product/product-format';
import { ProductStatusTagComponent } from '@scenematch/portal/shared/ui/product/product-status-tag.component';
import {
  createProductForm,
  fillProductForm,
  fromProductView,
  productFormButtons,
  productNotices,
  type ProductSaveIntent,
  toProductRequest,
} from './product-form';
import { ProductCasesComponent } from './product-cases.component';
import { ProductFieldsComponent } from './product-fields.component';
import { ProductUploadsComponent } from './product-uploads.component';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormActionsComponent } from '@scenematch/portal/shared/ui/forms/form-actions.component';
import {
  loadOwnItemOnId,
  type OwnItemLoadState,
  saveDraft,
} from '@scenematch/portal/shared/ui/forms/load-own-item';

/**
 * Adding and editing a product (its company). Drafts, rejected and listed products can be
 * changed; drafts and rejected ones can be submitted for review. Screenshots and brochures are
 * uploaded once the product has been saved (they belong to a product id).
 */
@Component({
  selector: 'sm-product-form-page',
  imports: [
    TranslocoPipe,
    ReactiveFormsModule,
    NzButtonModule,
    NzFormModule,
    EditPageComponent,
    ProductStatusTagComponent,
    ProductCasesComponent,
    FormActionsComponent,
    ProductFieldsComponent,
    ProductUploadsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-form.page.html',
  styleUrl: './product-form.page.less',
})
export class ProductFormPage {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ProductsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly message = inject(NzMessageService);
  private readonly fb = inject(FormBuilder);

  /** Route parameter of /me/products/:id/edit; absent on /me/products/new. */
  readonly id = input<string | undefined>();

  readonly form = createProductForm(this.fb);

  protected readonly loadState = signal<OwnItemLoadState>('loading');
  protected readonly productId = signal<string | null>(null);
  protected readonly status = signal<ProductStatus>('draft');
  protected readonly rejectReason = signal<string | null>(null);
  protected readonly files = signal<ProductFileView[]>([]);
  protected readonly saving = signal<ProductSaveIntent | null>(null);
  protected readonly formError = signal<string | null>(null);
  /** What the server holds, to send only the changes. */
  private saved: ProductRequest | null = null;

  protected readonly editable = computed(() =>
    EDITABLE_PRODUCT_STATUSES.includes(this.status()),
  );
  protected readonly canSubmit = computed(() => canDo('submit', this.status()));
  protected readonly buttons = computed(() =>
    productFormButtons(
      this.editable(),
      this.canSubmit(),
      this.status() === 'listed',
    ),
  );
  protected readonly notices = computed(() =>
    productNotices(
      this.status(),
      this.rejectReason(),
      this.formError(),
      (key, params) => this.i18n.t(key, params),
    ),
  );
  protected readonly title = computed(() =>
    this.productId()
      ? this.i18n.t('products.form.editTitle')
      : this.i18n.t('products.form.createTitle'),
  );
  /** Bumped when the form is refilled: the cases form array itself is not a signal. */
  protected readonly casesVersion = signal(0);

  constructor() {
    inject(TaxonomyStore).load();
    inject(ProductTaxonomyStore).load();
    loadOwnItemOnId(this.id, this.loadState, {
      request: (id) => this.api.get(id),
      isOwn: (item) => isOwnProduct(item, this.auth.user()),
      fill: (item) => this.fill(item),
      starting: () => this.formError.set(null),
      blank: () => {
        fillProductForm(this.form, this.fb, {
          ...this.form.getRawValue(),
          cases: [''],
        });
        this.casesVersion.update((v) => v + 1);
      },
    });
  }

  private fill(product: ProductView): void {
    this.productId.set(product.id);
    this.status.set(product.status);
    this.rejectReason.set(
      product.status === 'rejected' ? product.rejectReason : null,
    );
    this.files.set(product.files);
    const value = fromProductView(product);
    fillProductForm(
      this.form,
      this.fb,
      value.cases.length ? value : { ...value, cases: [''] },
    );
    this.casesVersion.update((v) => v + 1);
    this.saved = toProductRequest(this.form.getRawValue());
    if (this.editable()) this.form.enable();
    else this.form.disable();
  }

  protected async save(intent: ProductSaveIntent): Promise<void> {
    if (this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const request = toProductRequest(this.form.getRawValue());
    this.saving.set(intent);
    try {
      const { id, item: product } = await saveDraft(
        this.productId,
        request,
        this.saved,
        this.api,
        this.location,
        // From now on this page edits the saved draft (also after a reload); files can go up.
        (id) => `/me/products/${id}/edit`,
      );
      if (product) this.fill(product);
      if (intent === 'submit') {
        await firstValueFrom(this.api.submit(id));
        this.message.success(this.i18n.t('products.form.submitted'));
        await this.router.navigateByUrl('/me/products');
        return;
      }
      this.message.success(this.i18n.t('products.form.saved'));
      this.form.markAsPristine();
    } catch (error) {
      this.formError.set(
        serverFormError(this.form, error, {
          fallback: this.i18n.t('products.form.errors.saveFailed'),
        }),
      );
    } finally {
      this.saving.set(null);
    }
  }
}
