import { Location } from '@angular/common';
import { HttpEventType } from '@angular/common/http';
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
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  MATURITIES,
  MATURITY_LABELS,
  PRODUCT_STATUS_LABELS,
  type ProductFileView,
  type ProductStatus,
  type ProductView,
} from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzUploadModule, type NzUploadFile } from 'ng-zorro-antd/upload';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../core/auth/auth.store';
import { ProductTaxonomyStore } from '../../core/data-access/product-taxonomy.store';
import {
  ProductsApi,
  type ProductRequest,
} from '../../core/data-access/products.api';
import { TaxonomyStore } from '../../core/data-access/taxonomy.store';
import { toApiError } from '../../core/http/api-error';
import { TEXTS } from '../../core/i18n/zh-cn';
import { PRODUCT_TEXTS } from '../../core/i18n/zh-cn.products';
import {
  applyServerErrors,
  revealErrors,
  SERVER_ERROR,
} from '../../shared/forms/server-errors';
import {
  EDITABLE_PRODUCT_STATUSES,
  canDo,
  isOwnProduct,
} from '../../shared/product/product-format';
import { ProductFilesComponent } from '../../shared/product/product-files.component';
import { ProductStatusTagComponent } from '../../shared/product/product-status-tag.component';
import {
  addCase,
  changedFields,
  createProductForm,
  fileProblem,
  fillProductForm,
  fromProductView,
  PRODUCT_RULES,
  toProductRequest,
} from './product-form';

type LoadState = 'loading' | 'ready' | 'notFound';
type Saving = 'save' | 'submit' | null;

/**
 * Adding and editing a product (its company). Drafts, rejected and listed products can be
 * changed; drafts and rejected ones can be submitted for review. Screenshots and brochures are
 * uploaded once the product has been saved (they belong to a product id).
 */
@Component({
  selector: 'sm-product-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzRadioModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    NzSpinModule,
    NzUploadModule,
    ProductFilesComponent,
    ProductStatusTagComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-form.page.html',
  styleUrl: './product-form.page.less',
})
export class ProductFormPage {
  private readonly api = inject(ProductsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly message = inject(NzMessageService);
  private readonly fb = inject(FormBuilder);
  protected readonly taxonomy = inject(TaxonomyStore);
  protected readonly productTaxonomy = inject(ProductTaxonomyStore);

  /** Route parameter of /me/products/:id/edit; absent on /me/products/new. */
  readonly id = input<string | undefined>();

  protected readonly t = PRODUCT_TEXTS.form;
  protected readonly p = PRODUCT_TEXTS.product;
  protected readonly f = PRODUCT_TEXTS.form.fields;
  protected readonly e = PRODUCT_TEXTS.form.errors;
  protected readonly common = TEXTS.common;
  protected readonly rules = PRODUCT_RULES;
  protected readonly SERVER_ERROR = SERVER_ERROR;
  protected readonly maturities = MATURITIES.map((value) => ({
    value,
    label: MATURITY_LABELS[value],
  }));

  protected readonly modeOptions = computed(() =>
    this.productTaxonomy
      .deploymentModes()
      .map((m) => ({ label: m.name, value: m.code })),
  );

  readonly form = createProductForm(this.fb);

  protected readonly loadState = signal<LoadState>('loading');
  protected readonly productId = signal<string | null>(null);
  protected readonly status = signal<ProductStatus>('draft');
  protected readonly rejectReason = signal<string | null>(null);
  protected readonly files = signal<ProductFileView[]>([]);
  protected readonly saving = signal<Saving>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly uploading = signal<{ name: string; percent: number } | null>(null);
  protected readonly uploadError = signal<string | null>(null);
  protected readonly removingFile = signal<string | null>(null);
  /** What the server holds, to send only the changes. */
  private saved: ProductRequest | null = null;

  protected readonly editable = computed(() =>
    EDITABLE_PRODUCT_STATUSES.includes(this.status()),
  );
  protected readonly canSubmit = computed(() => canDo('submit', this.status()));
  protected readonly statusLabel = computed(
    () => PRODUCT_STATUS_LABELS[this.status()],
  );
  protected readonly title = computed(() =>
    this.productId() ? this.t.editTitle : this.t.createTitle,
  );
  /** Bumped when cases are added or removed: the form array itself is not a signal. */
  private readonly casesVersion = signal(0);
  protected readonly caseControls = computed(() => {
    this.casesVersion();
    return [...this.form.controls.cases.controls];
  });

  constructor() {
    this.taxonomy.load();
    this.productTaxonomy.load();
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string | undefined): Promise<void> {
    this.formError.set(null);
    if (!id) {
      fillProductForm(this.form, this.fb, {
        ...this.form.getRawValue(),
        cases: [''],
      });
      this.casesVersion.update((v) => v + 1);
      this.loadState.set('ready');
      return;
    }
    this.loadState.set('loading');
    try {
      const product = await firstValueFrom(this.api.get(id));
      if (!isOwnProduct(product, this.auth.user())) {
        this.loadState.set('notFound');
        return;
      }
      this.fill(product);
      this.loadState.set('ready');
    } catch {
      this.loadState.set('notFound');
    }
  }

  private fill(product: ProductView): void {
    this.productId.set(product.id);
    this.status.set(product.status);
    this.rejectReason.set(product.status === 'rejected' ? product.rejectReason : null);
    this.files.set(product.files);
    const value = fromProductView(product);
    fillProductForm(this.form, this.fb, value.cases.length ? value : { ...value, cases: [''] });
    this.casesVersion.update((v) => v + 1);
    this.saved = toProductRequest(this.form.getRawValue());
    if (this.editable()) this.form.enable();
    else this.form.disable();
  }

  protected addCase(): void {
    if (addCase(this.form, this.fb)) this.casesVersion.update((v) => v + 1);
  }

  protected removeCase(index: number): void {
    this.form.controls.cases.removeAt(index);
    this.form.controls.cases.markAsDirty();
    this.casesVersion.update((v) => v + 1);
  }

  protected async save(intent: 'save' | 'submit'): Promise<void> {
    if (this.saving()) return;
    this.formError.set(null);
    if (this.form.invalid) {
      revealErrors(this.form);
      return;
    }
    const request = toProductRequest(this.form.getRawValue());
    this.saving.set(intent);
    try {
      let id = this.productId();
      let product: ProductView | null = null;
      if (!id) {
        product = await firstValueFrom(this.api.create(request));
        id = product.id;
        this.productId.set(id);
        // From now on this page edits the saved draft (also after a reload); files can go up.
        this.location.replaceState(`/me/products/${id}/edit`);
      } else {
        const changes = this.saved ? changedFields(this.saved, request) : request;
        if (Object.keys(changes).length)
          product = await firstValueFrom(this.api.update(id, changes));
      }
      if (product) this.fill(product);
      if (intent === 'submit') {
        await firstValueFrom(this.api.submit(id));
        this.message.success(this.t.submitted);
        await this.router.navigateByUrl('/me/products');
        return;
      }
      this.message.success(this.t.saved);
      this.form.markAsPristine();
    } catch (error) {
      const e = toApiError(error);
      const unmatched = applyServerErrors(this.form, e.errors);
      if (!e.errors?.length || unmatched.length)
        this.formError.set(
          unmatched.map((u) => u.message).join('；') || e.message || this.e.saveFailed,
        );
    } finally {
      this.saving.set(null);
    }
  }

  /** nz-upload hands the picked file here; returning false keeps its own request from running. */
  protected readonly beforeUpload = (file: NzUploadFile): boolean => {
    this.upload(file as unknown as File);
    return false;
  };

  private upload(file: File): void {
    const id = this.productId();
    if (!id || this.uploading()) return;
    this.uploadError.set(null);
    const problem = fileProblem(file);
    if (problem) {
      this.uploadError.set(
        problem.kind === 'type' ? this.t.fileWrongType : this.t.fileTooLarge(problem.maxMb),
      );
      return;
    }
    this.uploading.set({ name: file.name, percent: 0 });
    this.api.uploadFile(id, file).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress && event.total) {
          this.uploading.set({
            name: file.name,
            percent: Math.round((event.loaded / event.total) * 100),
          });
        } else if (event.type === HttpEventType.Response && event.body) {
          const added = event.body;
          this.files.update((files) => [...files, added]);
          this.uploading.set(null);
          this.message.success(this.t.uploaded(added.filename));
        }
      },
      error: (error: unknown) => {
        const e = toApiError(error);
        this.uploading.set(null);
        this.uploadError.set(
          e.errors?.find((x) => x.field === 'file')?.message ?? e.message ?? this.t.uploadFailed,
        );
      },
    });
  }

  protected removeFile(file: ProductFileView): void {
    const id = this.productId();
    if (!id || this.removingFile()) return;
    this.removingFile.set(file.id);
    this.api.deleteFile(id, file.id).subscribe({
      next: () => {
        this.files.update((files) => files.filter((f) => f.id !== file.id));
        this.removingFile.set(null);
        this.message.success(this.t.fileRemoved);
      },
      error: (error: unknown) => {
        this.removingFile.set(null);
        this.message.error(toApiError(error).message);
      },
    });
  }

  protected back(): void {
    void this.router.navigateByUrl('/me/products');
  }
}
