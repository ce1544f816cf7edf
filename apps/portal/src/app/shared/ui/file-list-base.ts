import { Directive, inject, input, output } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { Observable } from 'rxjs';
import { fetchAndSave } from '../../core/data-access/download';
import { LanguageService } from '../../core/i18n/language.service';
import { formatFileSize } from '../product/product-format';

/** What a listed file has. */
export interface ListedFile {
  id: string;
  url: string;
  filename: string;
  size: number;
}

/**
 * What the file lists (an application's attachments, a product's files) have in common: the files,
 * their removal (`removable`, `busyId`, `remove`), sizes, and a download through HttpClient (the
 * bearer token goes along) saved from a blob, with `loadFailedKey`'s message when it fails.
 */
@Directive()
export abstract class FileListBase<F extends ListedFile> {
  private readonly i18n = inject(LanguageService);
  private readonly message = inject(NzMessageService);

  readonly files = input.required<readonly F[]>();
  readonly removable = input(false);
  /** The file whose removal is under way. */
  readonly busyId = input<string | null>(null);
  readonly remove = output<F>();

  /** Catalogue key of the message when a file does not load. */
  protected abstract readonly loadFailedKey: string;
  /** A file's content, fetched with the bearer token. */
  protected abstract content(url: string): Observable<Blob>;

  protected size(bytes: number): string {
    return formatFileSize(bytes);
  }

  protected download(file: F): void {
    fetchAndSave(this.content(file.url), file.filename, () =>
      this.message.error(this.i18n.t(this.loadFailedKey)),
    );
  }
}
