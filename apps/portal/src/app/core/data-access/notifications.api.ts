import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  NotificationPage,
  NotificationSettingsUpdate,
  NotificationSettingsView,
  NotificationView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';

export type { NotificationPage, NotificationView };

export interface NotificationQuery {
  unread?: boolean;
  page?: number;
  pageSize?: number;
}

/** Typed client for the signed-in user's notifications. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(query: NotificationQuery = {}): Observable<NotificationPage> {
    let params = new HttpParams();
    if (query.unread) params = params.set('unread', 'true');
    if (query.page) params = params.set('page', query.page);
    if (query.pageSize) params = params.set('pageSize', query.pageSize);
    return this.http.get<NotificationPage>('/api/me/notifications', {
      params,
    });
  }

  read(id: string): Observable<void> {
    return this.http.post<void>(`/api/me/notifications/${id}/read`, {});
  }

  readAll(): Observable<void> {
    return this.http.post<void>('/api/me/notifications/read-all', {});
  }

  /** Email per category and the weekly digest (in-app is always on). */
  settings(): Observable<NotificationSettingsView> {
    return this.http.get<NotificationSettingsView>(
      '/api/me/notification-settings',
    );
  }

  /** Saves only what changed; answers with the settings as stored. */
  saveSettings(
    update: NotificationSettingsUpdate,
  ): Observable<NotificationSettingsView> {
    return this.http.put<NotificationSettingsView>(
      '/api/me/notification-settings',
      update,
    );
  }
}
