import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CalendarFeedView, FollowUpAnswer, FollowUpView } from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { type DownloadedFile, getFile } from './download';

/** Typed client for calendars (.ics, the private subscription URL) and follow-up questions. */
@Injectable({ providedIn: 'root' })
export class SessionCalendarApi {
  private readonly http = inject(HttpClient);

  /** The caller's meetings of a session as an .ics file. */
  agendaIcs(sessionId: string): Observable<DownloadedFile> {
    return getFile(this.http, `/api/sessions/${sessionId}/agenda.ics`, '洽谈日程.ics');
  }

  feed(): Observable<CalendarFeedView> {
    return this.http.get<CalendarFeedView>('/api/me/calendar-feed');
  }

  /** Makes the subscription URL, or a new one (the old one stops working). */
  renewFeed(): Observable<CalendarFeedView> {
    return this.http.post<CalendarFeedView>('/api/me/calendar-feed', {});
  }

  revokeFeed(): Observable<void> {
    return this.http.delete<void>('/api/me/calendar-feed');
  }

  followUps(sessionId: string): Observable<FollowUpView[]> {
    return this.http.get<FollowUpView[]>(`/api/sessions/${sessionId}/follow-ups`);
  }

  answerFollowUp(sessionId: string, followUpId: string, body: { answer: FollowUpAnswer; note?: string }): Observable<FollowUpView> {
    return this.http.post<FollowUpView>(`/api/sessions/${sessionId}/follow-ups/${followUpId}`, body);
  }
}
