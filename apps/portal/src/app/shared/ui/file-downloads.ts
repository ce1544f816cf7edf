import { inject, signal } from '@angular/core';
import type { ApiError } from '@scenematch/contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { Observable } from 'rxjs';
import { type DownloadedFile, saveFile } from '../../core/data-access/download';
import { toApiError } from '../../core/http/api-error';

/**
 * Files the user downloads on request (an export, a report), one at a time: `busy()` names the
 * one under way (its button spins), the file is saved when it arrives and a failure is told in a
 * message. Create it in an injection context (a component's field).
 */
export class FileDownloads<K extends string> {
  private readonly message = inject(NzMessageService);
  readonly busy = signal<K | null>(null);

  /** Downloads and saves a file, unless another download is under way. */
  run(
    key: K,
    request: Observable<DownloadedFile>,
    failed: (error: ApiError) => string,
  ): void {
    if (this.busy()) return;
    this.busy.set(key);
    request.subscribe({
      next: (file) => {
        this.busy.set(null);
        saveFile(file);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.error(failed(toApiError(error)));
      },
    });
  }
}
