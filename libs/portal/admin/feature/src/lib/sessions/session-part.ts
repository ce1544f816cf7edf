import { Directive, inject, input, type WritableSignal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SessionView } from '@scenematch/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { Observable } from 'rxjs';
import { SessionsApi } from '@scenematch/portal/sessions/data-access/sessions.api';
import { toApiError } from '@scenematch/portal/core/http/api-error';
import { LanguageService } from '@scenematch/portal/core/i18n/language.service';
import { BeijingTimePipe } from '@scenematch/portal/shared/ui/text/beijing-time';

/**
 * What every part of a session's admin page starts from: the session it is about, the sessions
 * API, the messages at the top of the page and the active language's texts.
 */
@Directive()
export abstract class SessionPart {
  protected readonly api = inject(SessionsApi);
  protected readonly message = inject(NzMessageService);
  protected readonly i18n = inject(LanguageService);

  readonly session = input.required<SessionView>();

  /** Shows the API's message for a call that failed. */
  protected showError(error: unknown): void {
    this.message.error(toApiError(error).message);
  }

  /**
   * Loads a page of the session's items into `items`: `loading` while it runs, the API's message
   * in `loadError` when it fails.
   */
  protected loadItems<T>(
    request: Observable<{ readonly items: T[] }>,
    items: WritableSignal<T[]>,
    loading: WritableSignal<boolean>,
    loadError: WritableSignal<string | null>,
  ): void {
    loading.set(true);
    request.subscribe({
      next: (page) => {
        items.set(page.items);
        loading.set(false);
        loadError.set(null);
      },
      error: (error: unknown) => {
        loading.set(false);
        loadError.set(toApiError(error).message);
      },
    });
  }
}

/**
 * What a session part drawn as a card with times, alerts and buttons needs: spread into its
 * `imports`.
 */
export const SESSION_CARD_IMPORTS = [
  TranslocoPipe,
  BeijingTimePipe,
  NzAlertModule,
  NzButtonModule,
  NzCardModule,
] as const;
