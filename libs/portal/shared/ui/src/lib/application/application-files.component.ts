import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationFileView } from '@scenematch/portal/applications/data-access/applications.api';
import { FileListBase } from '../ui/file-list-base';
import {
  FileListComponent,
  type FileListTestIds,
  type FileListTexts,
} from '../ui/file-list.component';

const TEXTS: FileListTexts = {
  confirmRemove: 'applications.files.confirmRemove',
  remove: 'applications.files.remove',
  loadFailed: 'applications.files.loadFailed',
};
const TEST_IDS: FileListTestIds = {
  row: 'application-file',
  link: 'application-file-link',
  remove: 'application-file-remove',
};

/**
 * An application's PDF attachments. They are sealed like the application, so each is fetched
 * through HttpClient (the bearer token goes along) and saved from a blob. With `removable` each
 * has a 删除 button (confirmed) that emits `remove`.
 */
@Component({
  selector: 'sm-application-files',
  imports: [TranslocoPipe, FileListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (files().length) {
      <sm-file-list
        [files]="files()"
        [removable]="removable()"
        [busyId]="busyId()"
        [compact]="compact()"
        [texts]="texts"
        [testids]="testids"
        (remove)="remove.emit($event)"
      />
    } @else if (showEmpty()) {
      <p class="muted" data-testid="application-files-empty">
        {{ 'applications.files.empty' | transloco }}
      </p>
    }
  `,
  styleUrl: '../ui/file-list.less',
})
export class ApplicationFilesComponent extends FileListBase<ApplicationFileView> {
  readonly showEmpty = input(false);
  /** Smaller rows, for table cells. */
  readonly compact = input(false);

  protected readonly texts = TEXTS;
  protected readonly testids = TEST_IDS;
}
