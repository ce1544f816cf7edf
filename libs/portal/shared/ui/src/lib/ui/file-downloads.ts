import type { ApiError } from '@scenematch/contracts';
import type { Observable } from 'rxjs';
import { type DownloadedFile, saveFile } from '@scenematch/portal/core/http/download';
import { ApiActions } from './api-actions';

/**
 * Files the user downloads on request (an export, a report), one at a time: `busy()` names the
 * one under way (its button spins), the file is saved when it arrives (then `saved` is told, when
 * given) and a failure is told in a message. Create it in an injection context (a component's
 * field).
 */
export class FileDownloads<K extends string> {
  private readonly actions = new ApiActions<K>();
  readonly busy = this.actions.busy;

  /** Downloads and saves a file, unless another download is under way. */
  run(
    key: K,
    request: Observable<DownloadedFile>,
    failed: (error: ApiError) => string,
    saved?: string,
  ): void {
    this.actions.run(key, request, { then: saveFile, failed, done: saved });
  }
}
