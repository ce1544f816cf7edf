import { inject, Injectable } from '@angular/core';
import type { ApiQuery } from '@scenematch/api-client';
import type {
  NotificationPage,
  NotificationSettingsUpdate,
  NotificationSettingsView,
  NotificationView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';

export type { NotificationPage, NotificationView };

export type NotificationQuery = ApiQuery<'/api/me/notifications', 'get'>;

/** Typed client for the signed-in user's notifications. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly api = inject(ApiClient);

  list(query: NotificationQuery = {}): Observable<NotificationPage> {
    // Only what was asked for: all notifications and the API's first page and size otherwise.
    return this.api.get('/api/me/notifications', {
      query: {
        unread: query.unread || undefined,
        page: query.page || undefined,
        pageSize: query.pageSize || undefined,
      },
    });
  }

  /** `id` is the notification's number as its view gives it (bigint as text). */
  read(id: string): Observable<void> {
    return this.api.post(
      '/api/me/notifications/{id}/read',
      {},
      {
        path: { id: Number(id) },
      },
    );
  }

  readAll(): Observable<void> {
    return this.api.post('/api/me/notifications/read-all', {});
  }

  /** Email per category and the weekly digest (in-app is always on). */
  settings(): Observable<NotificationSettingsView> {
    return this.api.get('/api/me/notification-settings');
  }

  /** Saves only what changed; answers with the settings as stored. */
  saveSettings(
    update: NotificationSettingsUpdate,
  ): Observable<NotificationSettingsView> {
    return this.api.put('/api/me/notification-settings', update);
  }
}
