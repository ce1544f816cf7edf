import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import type { ProductFileView } from '@scenematch/contracts';
import { NzImageModule } from 'ng-zorro-antd/image';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { FileListBase } from '../ui/file-list-base';
import {
  FileListComponent,
  FileRemoveComponent,
  type FileListTestIds,
  type FileListTexts,
} from '../ui/file-list.component';
import { ProductsApi } from '@scenematch/portal/products/data-access/products.api';
import { TranslocoPipe } from '@jsverse/transloco';

const TEXTS: FileListTexts = {
  confirmRemove: 'products.form.confirmRemoveFile',
  remove: 'products.form.removeFile',
  loadFailed: 'products.product.fileLoadFailed',
};
const TEST_IDS: FileListTestIds = { row: 'file-brochure', remove: 'file-remove' };

type Source =
  | { state: 'loading' }
  | { state: 'ready'; src: string }
  | { state: 'failed' };

/**
 * A product's screenshots (a previewable nz-image group) and brochures (links). Files of a listed
 * product are public and load straight from their URL; with `secure` (a product that is not
 * listed: only its company and staff may read its files) they are fetched through HttpClient, so
 * that the bearer token goes along, and shown from object URLs that are revoked when no longer
 * needed.
 */
@Component({
  selector: 'sm-product-files',
  imports: [
    TranslocoPipe,
    FileListComponent,
    FileRemoveComponent,
    NzImageModule,
    NzSpinModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (images().length) {
      <nz-image-group class="shots">
        @for (f of images(); track f.id) {
          <figure class="shot" data-testid="file-image" [attr.data-id]="f.id">
            @switch (source(f.id).state) {
              @case ('ready') {
                <img
                  nz-image
                  [nzSrc]="srcOf(f.id)"
                  [alt]="f.filename"
                  data-testid="file-image-img"
                />
              }
              @case ('failed') {
                <div class="frame muted">
                  {{ 'products.product.fileLoadFailed' | transloco }}
                </div>
              }
              @default {
                <div class="frame"><nz-spin nzSimple /></div>
              }
            }
            <figcaption>
              <span class="file-name" [title]="f.filename" data-i18n-skip>{{
                f.filename
              }}</span>
              @if (removable()) {
                <sm-file-remove
                  [texts]="texts"
                  [testid]="testids.remove"
                  [busy]="busyId() === f.id"
                  (pressed)="remove.emit(f)"
                />
              }
            </figcaption>
          </figure>
        }
      </nz-image-group>
    } @else if (showEmpty()) {
      <p class="muted">{{ 'products.product.noFiles' | transloco }}</p>
    }
    @if (brochures().length) {
      <sm-file-list
        class="brochures"
        [files]="brochures()"
        [removable]="removable()"
        [busyId]="busyId()"
        [secure]="secure()"
        [texts]="texts"
        [testids]="testids"
        (remove)="remove.emit($event)"
      />
    }
  `,
  styleUrl: '../ui/file-list.less',
  styles: `
    .shots {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .shot {
      margin: 0;
      width: 176px;
    }
    .shot img,
    .frame {
      width: 176px;
      height: 120px;
      object-fit: cover;
      border: 1px solid #f0f0f0;
      border-radius: 6px;
      display: flex;
      align-items: center;
      justify-content: center;
    }
    figcaption {
      display: flex;
      align-items: center;
      justify-content: space-between;
      font-size: 12px;
    }
    .file-name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .brochures {
      margin: 12px 0 0;
    }
  `,
})
export class ProductFilesComponent extends FileListBase<ProductFileView> {
  private readonly api = inject(ProductsApi);

  /** Fetch with the bearer token (the product is not public). */
  readonly secure = input(false);
  readonly showEmpty = input(true);
  protected readonly texts = TEXTS;
  protected readonly testids = TEST_IDS;

  protected readonly images = computed(() =>
    this.files().filter((f) => f.kind === 'image'),
  );
  protected readonly brochures = computed(() =>
    this.files().filter((f) => f.kind === 'brochure'),
  );

  private readonly sources = signal<ReadonlyMap<string, Source>>(new Map());
  /** Object URLs by file id, to revoke. */
  private readonly objectUrls = new Map<string, string>();
  private destroyed = false;

  constructor() {
    super();
    effect(() => {
      const images = this.images();
      const secure = this.secure();
      untracked(() => this.resolve(images, secure));
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      for (const url of this.objectUrls.values()) URL.revokeObjectURL(url);
      this.objectUrls.clear();
    });
  }

  protected source(id: string): Source {
    return this.sources().get(id) ?? { state: 'loading' };
  }

  protected srcOf(id: string): string {
    const s = this.source(id);
    return s.state === 'ready' ? s.src : '';
  }

  private resolve(images: readonly ProductFileView[], secure: boolean): void {
    const ids = new Set(images.map((f) => f.id));
    for (const [id, url] of this.objectUrls) {
      if (!ids.has(id)) {
        URL.revokeObjectURL(url);
        this.objectUrls.delete(id);
      }
    }
    const next = new Map<string, Source>();
    for (const file of images) {
      if (!secure) {
        next.set(file.id, { state: 'ready', src: file.url });
        continue;
      }
      const known = this.objectUrls.get(file.id);
      if (known) {
        next.set(file.id, { state: 'ready', src: known });
        continue;
      }
      next.set(file.id, { state: 'loading' });
      this.api.fileContent(file.url).subscribe({
        next: (blob) => {
          if (this.destroyed) return;
          const url = URL.createObjectURL(blob);
          this.objectUrls.set(file.id, url);
          this.set(file.id, { state: 'ready', src: url });
        },
        error: () => this.set(file.id, { state: 'failed' }),
      });
    }
    this.sources.set(next);
  }

  private set(id: string, source: Source): void {
    const next = new Map(this.sources());
    next.set(id, source);
    this.sources.set(next);
  }
}
