import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import type { ProductFileView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzUploadModule, type NzUploadFile } from 'ng-zorro-antd/upload';
import { ProductsApi } from '@scenematch/portal/products/data-access/products.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { ApiActions } from '@scenematch/portal/shared/ui/ui/api-actions';
import { ProductFilesComponent } from '@scenematch/portal/shared/ui/product/product-files.component';
import { fileProblem } from './product-form';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A product's screenshots and brochures: listed, uploaded (with progress) and removed once the
 * product has been saved (they belong to a product id).
 */
@Component({
  selector: 'sm-product-uploads',
  imports: [
    TranslocoPipe,
    NzAlertModule,
    NzIconModule,
    NzSpinModule,
    NzUploadModule,
    ProductFilesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (productId(); as id) {
      <sm-product-files
        [files]="files()"
        [secure]="secure()"
        [removable]="editable()"
        [showEmpty]="false"
        [busyId]="removingFile()"
        (remove)="removeFile(id, $event)"
      />
      @if (editable()) {
        <nz-upload
          class="uploader"
          nzType="drag"
          [nzBeforeUpload]="beforeUpload"
          [nzShowUploadList]="false"
          [nzDisabled]="uploading() !== null"
          nzAccept="image/png,image/jpeg,image/webp,application/pdf"
          data-testid="file-upload"
        >
          @if (uploading(); as u) {
            <p class="ant-upload-drag-icon"><nz-spin nzSimple /></p>
            <p class="ant-upload-text">
              {{ 'products.form.uploading' | transloco }}
              <span data-i18n-skip>{{ u.name }}</span> {{ u.percent }}%
            </p>
          } @else {
            <p class="ant-upload-drag-icon"><nz-icon nzType="inbox" /></p>
            <p class="ant-upload-text">{{ 'products.form.upload' | transloco }}</p>
            <p class="ant-upload-hint">{{ 'products.form.filesHint' | transloco }}</p>
          }
        </nz-upload>
      }
      @if (uploadError(); as error) {
        <nz-alert
          class="upload-error"
          nzType="error"
          nzShowIcon
          [nzMessage]="error"
          data-testid="upload-error"
        />
      }
    } @else {
      <p class="muted" data-testid="files-need-save">{{ 'products.form.filesNeedSave' | transloco }}</p>
    }
  `,
  styles: `
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .uploader {
      display: block;
      margin-top: 12px;
    }
    .upload-error {
      display: block;
      margin: 12px 0 16px;
    }
  `,
})
export class ProductUploadsComponent {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ProductsApi);
  private readonly message = inject(NzMessageService);

  /** The saved product (null before its first save). */
  readonly productId = input<string | null>(null);
  readonly files = model<ProductFileView[]>([]);
  readonly editable = input(false);
  /** Files of a product not yet listed are served to its company only. */
  readonly secure = input(true);

  protected readonly uploading = signal<{
    name: string;
    percent: number;
  } | null>(null);
  protected readonly uploadError = signal<string | null>(null);
  private readonly removals = new ApiActions();
  /** The file whose removal is under way. */
  protected readonly removingFile = this.removals.busy;

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
        problem.kind === 'type'
          ? this.i18n.t('products.form.fileWrongType')
          : this.i18n.t('products.form.fileTooLarge', { mb: problem.maxMb }),
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
          this.message.success(
            this.i18n.t('products.form.uploaded', { name: added.filename }),
          );
        }
      },
      error: (error: unknown) => {
        const e = toApiError(error);
        this.uploading.set(null);
        this.uploadError.set(
          e.errors?.find((x) => x.field === 'file')?.message ??
            e.message ??
            this.i18n.t('products.form.uploadFailed'),
        );
      },
    });
  }

  protected removeFile(id: string, file: ProductFileView): void {
    this.removals.run(file.id, this.api.deleteFile(id, file.id), {
      then: () => this.files.update((files) => files.filter((f) => f.id !== file.id)),
      done: this.i18n.t('products.form.fileRemoved'),
      failed: (e) => e.message,
    });
  }
}
