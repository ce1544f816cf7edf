import { inject, signal } from '@angular/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { Observable } from 'rxjs';
import { toApiError } from '@scenematch/portal/core/http/api-error';

/**
 * The actions on a list's rows (通过, 停用, 驳回 …), one at a time: `busy()` names the row whose
 * action is under way; success says so and reloads the list; a failure shows the API's message and
 * reloads. An action that needs a reason opens the reason dialog (`ask`, `asking()`); the API's
 * complaint about the reason stays in the dialog (`reasonError()`), any other failure closes it.
 * Create it in an injection context (a component's field).
 */
export class RowActions<R extends { id: string }> {
  private readonly message = inject(NzMessageService);

  readonly busy = signal<string | null>(null);
  /** The row the reason dialog is open for. */
  readonly asking = signal<R | null>(null);
  readonly reasonError = signal<string | null>(null);

  constructor(private readonly reload: () => void) {}

  /** Runs `action` for the row (or a named action) unless another is under way. */
  run(key: string, action: Observable<unknown>, done: string): void {
    if (this.busy()) return;
    this.busy.set(key);
    action.subscribe({
      next: () => this.succeeded(done),
      error: (error: unknown) => this.failed(error),
    });
  }

  /** Opens the reason dialog for the row. */
  ask(row: R): void {
    this.reasonError.set(null);
    this.asking.set(row);
  }

  cancel(): void {
    this.asking.set(null);
  }

  /** Sends the reason given in the dialog for the row it was opened for. */
  confirm(
    action: (row: R, reason: string) => Observable<unknown>,
    reason: string,
    done: string,
  ): void {
    const row = this.asking();
    if (!row || this.busy()) return;
    this.busy.set(row.id);
    action(row, reason).subscribe({
      next: () => {
        this.asking.set(null);
        this.succeeded(done);
      },
      error: (error: unknown) => {
        const problem = toApiError(error).errors?.find(
          (f) => f.field === 'reason',
        );
        if (problem) {
          this.busy.set(null);
          this.reasonError.set(problem.message);
          return;
        }
        this.asking.set(null);
        this.failed(error);
      },
    });
  }

  private succeeded(done: string): void {
    this.busy.set(null);
    this.message.success(done);
    this.reload();
  }

  private failed(error: unknown): void {
    this.busy.set(null);
    this.message.error(toApiError(error).message);
    this.reload();
  }
}
