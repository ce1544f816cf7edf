import { inject, Injectable } from '@angular/core';
import type { ApiQuery, RequestBody } from '@scenematch/api-client';
import type {
  AgendaRunView,
  AgendaView,
  DirectoryView,
  MeetingRequestView,
  MeetingView,
  Page,
  ParticipantView,
  SessionReport,
  SessionStatus,
  SessionSuggestion,
  SessionView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { ApiClient } from '@scenematch/portal/core/http/api-client';
import type { DownloadedFile } from '@scenematch/portal/core/http/download';

/** Body of `POST /api/sessions` (and, partially, `PATCH`). */
export type SessionRequest = RequestBody<'/api/sessions', 'post'>;

/** A need as a financier writes it (the server gives it its id). */
export type SessionNeedRequest = NonNullable<
  ParticipantRequest['needs']
>[number];

/** Body of a registration (the caller's own, or with `organisationId` by staff). */
export type ParticipantRequest = RequestBody<
  '/api/sessions/{id}/participants',
  'post'
>;

/** Typed client for /api/sessions (供需对接会). */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly api = inject(ApiClient);

  list(
    status?: SessionStatus,
    page = 1,
    pageSize = 20,
  ): Observable<Page<SessionView>> {
    return this.api.get('/api/sessions', { query: { page, pageSize, status } });
  }

  get(id: string): Observable<SessionView> {
    return this.api.get('/api/sessions/{id}', { path: { id } });
  }

  create(body: SessionRequest): Observable<SessionView> {
    return this.api.post('/api/sessions', body);
  }

  update(
    id: string,
    body: RequestBody<'/api/sessions/{id}', 'patch'>,
  ): Observable<SessionView> {
    return this.api.patch('/api/sessions/{id}', body, { path: { id } });
  }

  setStatus(id: string, status: SessionStatus): Observable<SessionView> {
    return this.api.post(
      '/api/sessions/{id}/status',
      { status },
      { path: { id } },
    );
  }

  participants(
    id: string,
    kind?: 'enterprise' | 'agency',
  ): Observable<Page<ParticipantView>> {
    return this.api.get('/api/sessions/{id}/participants', {
      path: { id },
      query: { pageSize: 100, kind },
    });
  }

  /** Who is coming (参会名录); contacts only when the caller is a registered participant or staff. */
  directory(
    id: string,
    query: ApiQuery<'/api/sessions/{id}/directory', 'get'> = {},
  ): Observable<DirectoryView> {
    return this.api.get('/api/sessions/{id}/directory', {
      path: { id },
      query: {
        page: query.page ?? 1,
        pageSize: query.pageSize ?? 50,
        q: query.q,
        category: query.category,
      },
    });
  }

  participant(id: string, participantId: string): Observable<ParticipantView> {
    return this.api.get('/api/sessions/{id}/participants/{participantId}', {
      path: { id, participantId },
    });
  }

  register(id: string, body: ParticipantRequest): Observable<ParticipantView> {
    return this.api.post('/api/sessions/{id}/participants', body, {
      path: { id },
    });
  }

  updateParticipant(
    id: string,
    participantId: string,
    body: RequestBody<
      '/api/sessions/{id}/participants/{participantId}',
      'patch'
    >,
  ): Observable<ParticipantView> {
    return this.api.patch(
      '/api/sessions/{id}/participants/{participantId}',
      body,
      { path: { id, participantId } },
    );
  }

  cancelParticipant(id: string, participantId: string): Observable<void> {
    return this.api.delete('/api/sessions/{id}/participants/{participantId}', {
      path: { id, participantId },
    });
  }

  /** The participant's check-in QR code as SVG text. */
  qr(id: string, participantId: string): Observable<string> {
    return this.api.text(
      '/api/sessions/{id}/participants/{participantId}/qr.svg',
      { path: { id, participantId } },
    );
  }

  checkInByCode(id: string, code: string): Observable<ParticipantView> {
    return this.api.post(
      '/api/sessions/{id}/check-in',
      { code },
      { path: { id } },
    );
  }

  checkIn(id: string, participantId: string): Observable<ParticipantView> {
    return this.api.post(
      '/api/sessions/{id}/participants/{participantId}/check-in',
      {},
      { path: { id, participantId } },
    );
  }

  noShow(id: string, participantId: string): Observable<ParticipantView> {
    return this.api.post(
      '/api/sessions/{id}/participants/{participantId}/no-show',
      {},
      { path: { id, participantId } },
    );
  }

  requests(
    id: string,
    direction?: 'incoming' | 'outgoing',
  ): Observable<Page<MeetingRequestView>> {
    return this.api.get('/api/sessions/{id}/meeting-requests', {
      path: { id },
      query: { pageSize: 100, direction },
    });
  }

  request(
    id: string,
    body: RequestBody<'/api/sessions/{id}/meeting-requests', 'post'>,
  ): Observable<MeetingRequestView> {
    return this.api.post('/api/sessions/{id}/meeting-requests', body, {
      path: { id },
    });
  }

  respond(
    id: string,
    requestId: string,
    decision: 'accept' | 'decline',
  ): Observable<MeetingRequestView> {
    return this.api.post(
      '/api/sessions/{id}/meeting-requests/{requestId}/respond',
      { decision },
      { path: { id, requestId } },
    );
  }

  withdraw(id: string, requestId: string): Observable<MeetingRequestView> {
    return this.api.post(
      '/api/sessions/{id}/meeting-requests/{requestId}/withdraw',
      {},
      { path: { id, requestId } },
    );
  }

  suggestions(id: string): Observable<SessionSuggestion[]> {
    return this.api.get('/api/sessions/{id}/suggestions', { path: { id } });
  }

  generate(id: string): Observable<AgendaRunView> {
    return this.api.post('/api/sessions/{id}/agenda', {}, { path: { id } });
  }

  run(id: string, runId: string): Observable<AgendaRunView> {
    return this.api.get('/api/sessions/{id}/agenda/runs/{runId}', {
      path: { id, runId },
    });
  }

  agenda(id: string): Observable<AgendaView> {
    return this.api.get('/api/sessions/{id}/agenda', { path: { id } });
  }

  addMeeting(
    id: string,
    body: RequestBody<'/api/sessions/{id}/meetings', 'post'>,
  ): Observable<MeetingView> {
    return this.api.post('/api/sessions/{id}/meetings', body, { path: { id } });
  }

  updateMeeting(
    id: string,
    meetingId: string,
    body: RequestBody<'/api/sessions/{id}/meetings/{meetingId}', 'patch'>,
  ): Observable<MeetingView> {
    return this.api.patch('/api/sessions/{id}/meetings/{meetingId}', body, {
      path: { id, meetingId },
    });
  }

  cancelMeeting(id: string, meetingId: string): Observable<void> {
    return this.api.delete('/api/sessions/{id}/meetings/{meetingId}', {
      path: { id, meetingId },
    });
  }

  report(id: string): Observable<SessionReport> {
    return this.api.get('/api/sessions/{id}/report', { path: { id } });
  }

  /** The whole agenda as a workbook (staff), with the bearer token. */
  workbook(id: string): Observable<DownloadedFile> {
    return this.api.file('/api/sessions/{id}/agenda.xlsx', '对接会日程.xlsx', {
      path: { id },
    });
  }
}
