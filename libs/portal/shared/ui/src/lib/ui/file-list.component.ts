import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { fetchAndSave } from '@scenematch/portal/core/http/download';
import { ApiClient } from '@scenematch/portal/core/http/api-client';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { formatFileSize } from '../product/product-format';
import { ActionButtonComponent } from './action-button.component';
import { FileListBase, type ListedFile } from './file-list-base';

/** Catalogue keys of a file list's texts. */
export interface FileListTexts {
  /** The question before a file is removed. */
  confirmRemove: string;
  /** The remove button. */
  remove: string;
  /** The message when a file does not load. */
  loadFailed: string;
}

/** The test ids of a file list's row, link and remove button. */
export interface FileListTestIds {
  row: string;
  link?: string;
  remove: string;
}

/**
 * A file's 删除 button: a danger link that asks the `texts`' question first and spins while
 * `busy`; `pressed` when the user goes ahead.
 */
@Component({
  selector: 'sm-file-remove',
  imports: [TranslocoPipe, ActionButtonComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <sm-action-button
      type="link"
      danger
      size="small"
      icon="delete"
      [question]="texts().confirmRemove | transloco"
      [testid]="testid()"
      [busy]="busy()"
      (pressed)="pressed.emit()"
    >
      {{ texts().remove | transloco }}
    </sm-action-button>
  `,
})
export class FileRemoveComponent {
  readonly texts = input.required<FileListTexts>();
  readonly testid = input.required<string>();
  readonly busy = input(false);
  readonly pressed = output();
}

/**
 * A list of files, a row each: an icon, the name as a link and the size, and with `removable` a
 * 删除 button (confirmed) that emits `remove`. With `secure` (the default) a file is fetched
 * through HttpClient, so that the bearer token goes along, and saved from a blob; else the link
 * opens its URL.
 */
@Component({
  selector: 'sm-file-list',
  imports: [NzIconModule, FileRemoveComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="files" [class.compact]="compact()">
      @for (f of files(); track f.id) {
        <li [attr.data-testid]="testids().row" [attr.data-id]="f.id">
          <nz-icon nzType="file-pdf" />
          @if (secure()) {
            <a
              role="button"
              tabindex="0"
              [title]="f.filename"
              data-i18n-skip
              (click)="download(f)"
              (keydown.enter)="download(f)"
              [attr.data-testid]="testids().link ?? null"
              >{{ f.filename }}</a
            >
          } @else {
            <a
              [href]="f.url"
              target="_blank"
              rel="noopener"
              [title]="f.filename"
              data-i18n-skip
              [attr.data-testid]="testids().link ?? null"
              >{{ f.filename }}</a
            >
          }
          <span class="muted">{{ size(f.size) }}</span>
          @if (removable()) {
            <sm-file-remove
              [texts]="texts()"
              [testid]="testids().remove"
              [busy]="busyId() === f.id"
              (pressed)="remove.emit(f)"
            />
          }
        </li>
      }
    </ul>
  `,
  styleUrl: './file-list.less',
  styles: `
    :host {
      display: block;
    }
    .files.compact li {
      font-size: 12px;
      margin: 2px 0 0;
    }
    .files a {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      max-width: 320px;
    }
  `,
})
export class FileListComponent<F extends ListedFile> extends FileListBase<F> {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(LanguageService);
  private readonly message = inject(NzMessageService);

  readonly texts = input.required<FileListTexts>();
  readonly testids = input.required<FileListTestIds>();
  /** Fetch with the bearer token (the files are not public). */
  readonly secure = input(true);
  /** Smaller rows, for table cells. */
  readonly compact = input(false);

  protected size(bytes: number): string {
    return formatFileSize(bytes);
  }

  protected download(file: F): void {
    fetchAndSave(this.api.linkedBlob(file.url), file.filename, () =>
      this.message.error(this.i18n.t(this.texts().loadFailed)),
    );
  }
}
