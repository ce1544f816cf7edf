import { signal } from '@angular/core';
import type { ApiError } from '@scenematch/contracts';
import type { Observable } from 'rxjs';
import { toApiError } from '@scenematch/portal/core/http/api-error';

/** What an {@link ItemActions} run does with its outcome. */
export interface ItemActionOutcome<T> {
  done(result: T): void;
  /** A failure that is not about the reason given (that one stays in the reason dialog). */
  failed(error: ApiError): void;
}

/**
 * The actions on one item (a product, a scenario), one at a time: `busy()` names the action under
 * way. An action that needs a reason opens the reason dialog first (`ask`, `reasonFor()`); the
 * API's complaint about the reason stays in the dialog (`reasonError()`), a success or any other
 * failure closes it.
 */
export class ItemActions<A extends string, R extends A = A> {
  readonly busy = signal<A | null>(null);
  /** The action whose reason dialog is open. */
  readonly reasonFor = signal<R | null>(null);
  readonly reasonError = signal<string | null>(null);

  /** Opens the reason dialog for the action. */
  ask(action: R): void {
    this.reasonError.set(null);
    this.reasonFor.set(action);
  }

  /** Sends the action's request unless another is under way. */
  run<T>(
    action: A,
    request: Observable<T>,
    outcome: ItemActionOutcome<T>,
  ): void {
    if (this.busy()) return;
    this.busy.set(action);
    request.subscribe({
      next: (result) => {
        this.busy.set(null);
        this.reasonFor.set(null);
        outcome.done(result);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const problem = e.errors?.find((f) => f.field === 'reason');
        if (problem && this.reasonFor()) {
          this.reasonError.set(problem.message);
          return;
        }
        this.reasonFor.set(null);
        outcome.failed(e);
      },
    });
  }
}
