import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AgendaRunView,
  AgendaView,
  DemandCategory,
  DirectoryView,
  MeetingOutcome,
  MeetingRequestView,
  MeetingView,
  Page,
  ParticipantCategory,
  ParticipantView,
  SessionBreak,
  SessionNeed,
  SessionMode,
  SessionReport,
  SessionStatus,
  SessionSuggestion,
  SessionType,
  SessionView,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { type DownloadedFile, getFile } from './download';

/** Body of `POST /api/sessions` (and, partially, `PATCH`). */
export interface SessionRequest {
  title: string;
  description?: string;
  venue?: string;
  /** ISO date-time with offset. */
  startsAt: string;
  slotMinutes: number;
  slots: number;
  tables: number;
  breaks?: SessionBreak[];
  /** null (on update) lifts the limit. */
  maxCompanies?: number | null;
  maxAgencies?: number | null;
  sessionType?: SessionType;
  admits?: DemandCategory[];
  mode?: SessionMode;
  onlineLink?: string;
  tableLinks?: string[];
  followUpAfterDays?: number;
}

/** A need as a financier writes it (the server gives it its id). */
export type SessionNeedRequest = Omit<SessionNeed, 'id' | 'amountMin' | 'amountMax' | 'termMonths'> & {
  amountMin?: number | null;
  amountMax?: number | null;
  termMonths?: number | null;
};

/** Body of a registration (the caller's own, or with `organisationId` by staff). */
export interface ParticipantRequest {
  organisationId?: string;
  scenarioIds?: string[];
  capacity?: number;
  unavailableSlots?: number[];
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  needs?: SessionNeedRequest[];
}

/** Typed client for /api/sessions (供需对接会). */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/sessions';

  list(status?: SessionStatus, page = 1, pageSize = 20): Observable<Page<SessionView>> {
    let params = new HttpParams().set('page', page).set('pageSize', pageSize);
    if (status) params = params.set('status', status);
    return this.http.get<Page<SessionView>>(this.base, { params });
  }

  get(id: string): Observable<SessionView> {
    return this.http.get<SessionView>(`${this.base}/${id}`);
  }

  create(body: SessionRequest): Observable<SessionView> {
    return this.http.post<SessionView>(this.base, body);
  }

  update(id: string, body: Partial<SessionRequest>): Observable<SessionView> {
    return this.http.patch<SessionView>(`${this.base}/${id}`, body);
  }

  setStatus(id: string, status: SessionStatus): Observable<SessionView> {
    return this.http.post<SessionView>(`${this.base}/${id}/status`, { status });
  }

  participants(id: string, kind?: 'enterprise' | 'agency'): Observable<Page<ParticipantView>> {
    let params = new HttpParams().set('pageSize', 100);
    if (kind) params = params.set('kind', kind);
    return this.http.get<Page<ParticipantView>>(`${this.base}/${id}/participants`, { params });
  }

  /** Who is coming (参会名录); contacts only when the caller is a registered participant or staff. */
  directory(id: string, query: { q?: string; category?: ParticipantCategory | null; page?: number; pageSize?: number } = {}): Observable<DirectoryView> {
    let params = new HttpParams().set('page', query.page ?? 1).set('pageSize', query.pageSize ?? 50);
    if (query.q) params = params.set('q', query.q);
    if (query.category) params = params.set('category', query.category);
    return this.http.get<DirectoryView>(`${this.base}/${id}/directory`, { params });
  }

  participant(id: string, participantId: string): Observable<ParticipantView> {
    return this.http.get<ParticipantView>(`${this.base}/${id}/participants/${participantId}`);
  }

  register(id: string, body: ParticipantRequest): Observable<ParticipantView> {
    return this.http.post<ParticipantView>(`${this.base}/${id}/participants`, body);
  }

  updateParticipant(id: string, participantId: string, body: ParticipantRequest): Observable<ParticipantView> {
    return this.http.patch<ParticipantView>(`${this.base}/${id}/participants/${participantId}`, body);
  }

  cancelParticipant(id: string, participantId: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}/participants/${participantId}`);
  }

  /** The participant's check-in QR code as SVG text. */
  qr(id: string, participantId: string): Observable<string> {
    return this.http.get(`${this.base}/${id}/participants/${participantId}/qr.svg`, { responseType: 'text' });
  }

  checkInByCode(id: string, code: string): Observable<ParticipantView> {
    return this.http.post<ParticipantView>(`${this.base}/${id}/check-in`, { code });
  }

  checkIn(id: string, participantId: string): Observable<ParticipantView> {
    return this.http.post<ParticipantView>(`${this.base}/${id}/participants/${participantId}/check-in`, {});
  }

  noShow(id: string, participantId: string): Observable<ParticipantView> {
    return this.http.post<ParticipantView>(`${this.base}/${id}/participants/${participantId}/no-show`, {});
  }

  requests(id: string, direction?: 'incoming' | 'outgoing'): Observable<Page<MeetingRequestView>> {
    let params = new HttpParams().set('pageSize', 100);
    if (direction) params = params.set('direction', direction);
    return this.http.get<Page<MeetingRequestView>>(`${this.base}/${id}/meeting-requests`, { params });
  }

  request(id: string, body: { toOrganisationId: string; scenarioId?: string; message?: string }): Observable<MeetingRequestView> {
    return this.http.post<MeetingRequestView>(`${this.base}/${id}/meeting-requests`, body);
  }

  respond(id: string, requestId: string, decision: 'accept' | 'decline'): Observable<MeetingRequestView> {
    return this.http.post<MeetingRequestView>(`${this.base}/${id}/meeting-requests/${requestId}/respond`, { decision });
  }

  withdraw(id: string, requestId: string): Observable<MeetingRequestView> {
    return this.http.post<MeetingRequestView>(`${this.base}/${id}/meeting-requests/${requestId}/withdraw`, {});
  }

  suggestions(id: string): Observable<SessionSuggestion[]> {
    return this.http.get<SessionSuggestion[]>(`${this.base}/${id}/suggestions`);
  }

  generate(id: string): Observable<AgendaRunView> {
    return this.http.post<AgendaRunView>(`${this.base}/${id}/agenda`, {});
  }

  run(id: string, runId: string): Observable<AgendaRunView> {
    return this.http.get<AgendaRunView>(`${this.base}/${id}/agenda/runs/${runId}`);
  }

  agenda(id: string): Observable<AgendaView> {
    return this.http.get<AgendaView>(`${this.base}/${id}/agenda`);
  }

  addMeeting(id: string, body: { enterpriseId: string; agencyId: string; scenarioId?: string; slot: number; table: number }): Observable<MeetingView> {
    return this.http.post<MeetingView>(`${this.base}/${id}/meetings`, body);
  }

  updateMeeting(id: string, meetingId: string, body: { pinned?: boolean; outcome?: MeetingOutcome; outcomeNote?: string; online?: boolean; onlineLink?: string }): Observable<MeetingView> {
    return this.http.patch<MeetingView>(`${this.base}/${id}/meetings/${meetingId}`, body);
  }

  cancelMeeting(id: string, meetingId: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${id}/meetings/${meetingId}`);
  }

  report(id: string): Observable<SessionReport> {
    return this.http.get<SessionReport>(`${this.base}/${id}/report`);
  }

  /** The whole agenda as a workbook (staff), with the bearer token. */
  workbook(id: string): Observable<DownloadedFile> {
    return getFile(this.http, `${this.base}/${id}/agenda.xlsx`, '对接会日程.xlsx');
  }
}
