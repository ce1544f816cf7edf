import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import {
  type ApplicationFileView,
  ApplicationsApi,
} from '../../core/data-access/applications.api';
import { saveFile } from '../../core/data-access/download';
import { formatFileSize } from '../product/product-format';
import { LanguageService } from '../../core/i18n/language.service';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * An application's PDF attachments. They are sealed like the application, so each is fetched
 * through HttpClient (the bearer token goes along) and saved from a blob. With `removable` each
 * has a 删除 button (confirmed) that emits `remove`.
 */
@Component({
  selector: 'sm-application-files',
  imports: [
    TranslocoPipe,NzButtonModule, NzIconModule, NzPopconfirmModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (files().length) {
      <ul class="files" [class.compact]="compact()">
        @for (f of files(); track f.id) {
          <li data-testid="application-file" [attr.data-id]="f.id">
            <nz-icon nzType="file-pdf" />
            <a
              role="button"
              tabindex="0"
              [title]="f.filename"
              data-i18n-skip
              (click)="download(f)"
              (keydown.enter)="download(f)"
              data-testid="application-file-link"
              >{{ f.filename }}</a
            >
            <span class="muted">{{ size(f.size) }}</span>
            @if (removable()) {
              <button
                nz-button
                nzType="link"
                nzDanger
                nzSize="small"
                nz-popconfirm
                [nzPopconfirmTitle]="'applications.files.confirmRemove' | transloco"
                (nzOnConfirm)="remove.emit(f)"
                [nzLoading]="busyId() === f.id"
                data-testid="application-file-remove"
              >
                <nz-icon nzType="delete" />{{ 'applications.files.remove' | transloco }}
              </button>
            }
          </li>
        }
      </ul>
    } @else if (showEmpty()) {
      <p class="muted" data-testid="application-files-empty">{{ 'applications.files.empty' | transloco }}</p>
    }
  `,
  styles: `
    .files {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .files li {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 4px;
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
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class ApplicationFilesComponent {
  private readonly i18n = inject(LanguageService);
  private readonly api = inject(ApplicationsApi);
  private readonly message = inject(NzMessageService);

  readonly files = input.required<readonly ApplicationFileView[]>();
  readonly removable = input(false);
  readonly showEmpty = input(false);
  /** Smaller rows, for table cells. */
  readonly compact = input(false);
  /** The file whose removal is under way. */
  readonly busyId = input<string | null>(null);
  readonly remove = output<ApplicationFileView>();


  protected size(bytes: number): string {
    return formatFileSize(bytes);
  }

  protected download(file: ApplicationFileView): void {
    this.api.fileContent(file.url).subscribe({
      next: (blob) => saveFile({ blob, fileName: file.filename }),
      error: () => this.message.error(this.i18n.t('applications.files.loadFailed')),
    });
  }
}
