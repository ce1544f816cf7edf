import { inject, signal } from '@angular/core';
import type { ApiError } from '@scenematch/contracts';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { Observable } from 'rxjs';
import { toApiError } from '@scenematch/portal/core/http/api-error';

/** The API's message followed by its field messages, when it named some (`无法提交：标题必填；…`). */
export function apiErrorText(error: ApiError): string {
  const details = error.errors?.map((f) => f.message).join('；');
  return details ? `${error.message}：${details}` : error.message;
}

/** What an {@link ApiActions} run does once its request has answered. */
export interface ApiActionOutcome<T> {
  /** Runs first on success, with the answer. */
  then?: (result: T) => void;
  /** The success message; none when absent. */
  done?: string | ((result: T) => string);
  /** The failure message; by default the API's words with its field messages ({@link apiErrorText}). */
  failed?: (error: ApiError) => string;
  /** How long the failure message stays, in ms (the message service's default unless told). */
  failedFor?: number;
  /** Runs last, on success and on failure alike (a reload). */
  settled?: () => void;
}

/**
 * Calls to the API that a button starts, one at a time: `busy()` names the one under way (its
 * button spins); the outcome is told in a message, then `settled` runs (a reload). Create it in an
 * injection context (a component's field).
 */
export class ApiActions<K extends string = string> {
  private readonly message = inject(NzMessageService);
  readonly busy = signal<K | null>(null);

  /** Sends the request unless another one is under way. */
  run<T>(key: K, request: Observable<T>, outcome: ApiActionOutcome<T> = {}): void {
    if (this.busy()) return;
    this.busy.set(key);
    request.subscribe({
      next: (result) => {
        this.busy.set(null);
        outcome.then?.(result);
        const done =
          typeof outcome.done === 'function' ? outcome.done(result) : outcome.done;
        if (done) this.message.success(done);
        outcome.settled?.();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const e = toApiError(error);
        const text = (outcome.failed ?? apiErrorText)(e);
        if (outcome.failedFor) this.message.error(text, { nzDuration: outcome.failedFor });
        else this.message.error(text);
        outcome.settled?.();
      },
    });
  }
}
