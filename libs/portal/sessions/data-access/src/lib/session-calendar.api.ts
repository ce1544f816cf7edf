import { inject, Injectable } from '@angular/core';
import type { RequestBody } from '@scenematch/api-client';
import type { CalendarFeedView, FollowUpView } from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';
import type { DownloadedFile } from '@scenematch/portal/core/http/download';

/** Typed client for calendars (.ics, the private subscription URL) and follow-up questions. */
@Injectable({ providedIn: 'root' })
export class SessionCalendarApi {
  private readonly api = inject(ApiClient);

  /** The caller's meetings of a session as an .ics file. */
  agendaIcs(sessionId: string): Observable<DownloadedFile> {
    return this.api.file('/api/sessions/{id}/agenda.ics', '洽谈日程.ics', {
      path: { id: sessionId },
    });
  }

  feed(): Observable<CalendarFeedView> {
    return this.api.get('/api/me/calendar-feed');
  }

  /** Makes the subscription URL, or a new one (the old one stops working). */
  renewFeed(): Observable<CalendarFeedView> {
    return this.api.post('/api/me/calendar-feed', {});
  }

  revokeFeed(): Observable<void> {
    return this.api.delete('/api/me/calendar-feed');
  }

  followUps(sessionId: string): Observable<FollowUpView[]> {
    return this.api.get('/api/sessions/{id}/follow-ups', {
      path: { id: sessionId },
    });
  }

  answerFollowUp(
    sessionId: string,
    followUpId: string,
    body: RequestBody<'/api/sessions/{id}/follow-ups/{followUpId}', 'post'>,
  ): Observable<FollowUpView> {
    return this.api.post('/api/sessions/{id}/follow-ups/{followUpId}', body, {
      path: { id: sessionId, followUpId },
    });
  }
}
