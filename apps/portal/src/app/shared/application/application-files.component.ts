import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { NzIconModule } from 'ng-zorro-antd/icon';
import {
  type ApplicationFileView,
  ApplicationsApi,
} from '../../core/data-access/applications.api';
import { FileListBase } from '../ui/file-list-base';
import { ActionButtonComponent } from '../ui/action-button.component';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

/**
 * An application's PDF attachments. They are sealed like the application, so each is fetched
 * through HttpClient (the bearer token goes along) and saved from a blob. With `removable` each
 * has a 删除 button (confirmed) that emits `remove`.
 */
@Component({
  selector: 'sm-application-files',
  imports: [TranslocoPipe, NzIconModule, ActionButtonComponent],
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
              <sm-action-button
                type="link"
                danger
                size="small"
                icon="delete"
                [question]="'applications.files.confirmRemove' | transloco"
                testid="application-file-remove"
                [busy]="busyId() === f.id"
                (pressed)="remove.emit(f)"
              >
                {{ 'applications.files.remove' | transloco }}
              </sm-action-button>
            }
          </li>
        }
      </ul>
    } @else if (showEmpty()) {
      <p class="muted" data-testid="application-files-empty">
        {{ 'applications.files.empty' | transloco }}
      </p>
    }
  `,
  styleUrl: '../ui/file-list.less',
  styles: `
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
export class ApplicationFilesComponent extends FileListBase<ApplicationFileView> {
  private readonly api = inject(ApplicationsApi);

  readonly showEmpty = input(false);
  /** Smaller rows, for table cells. */
  readonly compact = input(false);

  protected readonly loadFailedKey = 'applications.files.loadFailed';

  protected content(url: string): Observable<Blob> {
    return this.api.fileContent(url);
  }
}
