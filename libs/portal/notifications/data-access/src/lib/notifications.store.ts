import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Subscription } from 'rxjs';
import { NotificationsApi, type NotificationView } from './notifications.api';

/** How many notifications the header's dropdown shows. */
export const LATEST_COUNT = 8;

/**
 * The signed-in user's unread count and latest notifications, for the header's bell. `refresh()`
 * is called by the bell (every minute and on navigation) and by 我的通知 after a change. While the
 * API has no notifications endpoint (404), `available` is false and the bell hides; `reset()`
 * (sign-out, another user) tries again.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly api = inject(NotificationsApi);

  private readonly _available = signal(true);
  private readonly _loaded = signal(false);
  private readonly _unread = signal(0);
  private readonly _latest = signal<readonly NotificationView[]>([]);
  private pending: Subscription | null = null;

  /** False once the API answered 404 (not deployed). */
  readonly available = this._available.asReadonly();
  /** True after the first successful answer (the bell shows from then on). */
  readonly shown = computed(() => this._available() && this._loaded());
  readonly unread = this._unread.asReadonly();
  readonly latest = this._latest.asReadonly();

  refresh(): void {
    if (!this._available()) return;
    this.pending?.unsubscribe();
    this.pending = this.api
      .list({ page: 1, pageSize: LATEST_COUNT })
      .subscribe({
        next: (page) => {
          this.pending = null;
          this._unread.set(page.unread);
          this._latest.set(page.items);
          this._loaded.set(true);
        },
        error: (error: unknown) => {
          this.pending = null;
          // Quiet: a missing endpoint hides the bell; anything else keeps the last state.
          if (error instanceof HttpErrorResponse && error.status === 404)
            this._available.set(false);
        },
      });
  }

  /** A notification read elsewhere: the count follows without a round trip. */
  markedRead(id: string): void {
    const latest = this._latest();
    const known = latest.find((n) => n.id === id);
    if (known && !known.readAt) {
      const now = new Date().toISOString();
      this._latest.set(
        latest.map((n) => (n.id === id ? { ...n, readAt: now } : n)),
      );
      this._unread.update((n) => Math.max(0, n - 1));
    }
  }

  reset(): void {
    this.pending?.unsubscribe();
    this.pending = null;
    this._available.set(true);
    this._loaded.set(false);
    this._unread.set(0);
    this._latest.set([]);
  }
}
