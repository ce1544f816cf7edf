import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ApplicationFileView,
  ApplicationStatus,
  ApplicationView,
  ConsortiumInvitationView,
  EvaluationView,
  ExpertOption,
  NoticeView,
  ObjectionView,
  Page,
  ReviewAssignment,
  ScenarioApplicationsPage,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';

/** Body of `POST /api/scenarios/:id/applications` and (partially) `PATCH /api/applications/:id`. */
export interface ApplicationRequest {
  proposal: string;
  productIds: string[];
  /** Consortium members (联合体成员): enterprise organisation ids, at most 4. */
  memberIds: string[];
  /** CNY (元). */
  quote: number;
  durationDays: number;
  team: string;
  declarations: { truthful: boolean };
}

// The answers' types live in the contracts, shared with the API; pages import them from here too.
export type { ApplicationFileView, EvaluationRow, EvaluationView, ExpertOption, NoticeStatus, NoticeView, ObjectionView, ReviewAssignment } from '@scenematch/contracts';

/** Body of `POST /api/applications/:id/reviews`. */
export interface ReviewRequest {
  scores?: Record<string, number>;
  comment?: string;
  conflictOfInterest?: true;
}


/** A company's applications fit in one page of the API's largest size. */
const MAX_PAGE = 100;

/**
 * Typed client for applications (揭榜申报), their form check, expert review and awards with
 * their public notice (公示).
 */
@Injectable({ providedIn: 'root' })
export class ApplicationsApi {
  private readonly http = inject(HttpClient);

  create(
    scenarioId: string,
    body: ApplicationRequest,
  ): Observable<ApplicationView> {
    return this.http.post<ApplicationView>(
      `/api/scenarios/${scenarioId}/applications`,
      body,
    );
  }

  update(
    id: string,
    body: Partial<ApplicationRequest>,
  ): Observable<ApplicationView> {
    return this.http.patch<ApplicationView>(`/api/applications/${id}`, body);
  }

  get(id: string): Observable<ApplicationView> {
    return this.http.get<ApplicationView>(`/api/applications/${id}`);
  }

  submit(id: string): Observable<ApplicationView> {
    return this.http.post<ApplicationView>(
      `/api/applications/${id}/submit`,
      {},
    );
  }

  withdraw(id: string): Observable<ApplicationView> {
    return this.http.post<ApplicationView>(
      `/api/applications/${id}/withdraw`,
      {},
    );
  }

  /** Bids this company is named in as a consortium member (联合体邀请), with its answer. */
  invitations(): Observable<ConsortiumInvitationView[]> {
    return this.http.get<ConsortiumInvitationView[]>(
      '/api/me/consortium-invitations',
    );
  }

  acceptInvitation(applicationId: string): Observable<ConsortiumInvitationView> {
    return this.http.post<ConsortiumInvitationView>(
      `/api/consortium-invitations/${applicationId}/accept`,
      {},
    );
  }

  declineInvitation(
    applicationId: string,
    reason?: string,
  ): Observable<ConsortiumInvitationView> {
    return this.http.post<ConsortiumInvitationView>(
      `/api/consortium-invitations/${applicationId}/decline`,
      reason ? { reason } : {},
    );
  }

  /** The company's own applications and those it is a consortium member of. */
  mine(
    status?: readonly ApplicationStatus[],
  ): Observable<Page<ApplicationView>> {
    let params = new HttpParams().set('pageSize', MAX_PAGE);
    if (status?.length) params = params.set('status', status.join(','));
    return this.http.get<Page<ApplicationView>>('/api/me/applications', {
      params,
    });
  }

  /**
   * A scenario's applications (staff and its unit): before the opening (开标) only how many
   * there are (`sealed`), after it the bids.
   */
  forScenario(
    scenarioId: string,
    status?: readonly ApplicationStatus[],
  ): Observable<ScenarioApplicationsPage> {
    let params = new HttpParams().set('pageSize', MAX_PAGE);
    if (status?.length) params = params.set('status', status.join(','));
    return this.http.get<ScenarioApplicationsPage>(
      `/api/scenarios/${scenarioId}/applications`,
      { params },
    );
  }

  /** 形式审查通过. */
  shortlist(id: string): Observable<ApplicationView> {
    return this.http.post<ApplicationView>(
      `/api/applications/${id}/shortlist`,
      {},
    );
  }

  /** 形式审查不通过, with the reason the company will see. */
  reject(id: string, reason: string): Observable<ApplicationView> {
    return this.http.post<ApplicationView>(`/api/applications/${id}/reject`, {
      reason,
    });
  }

  assignReviewers(
    scenarioId: string,
    expertIds: string[],
  ): Observable<EvaluationView> {
    return this.http.post<EvaluationView>(
      `/api/scenarios/${scenarioId}/reviewers`,
      { expertIds },
    );
  }

  evaluation(scenarioId: string): Observable<EvaluationView> {
    return this.http.get<EvaluationView>(
      `/api/scenarios/${scenarioId}/evaluation`,
    );
  }

  myReviews(): Observable<ReviewAssignment[]> {
    return this.http.get<ReviewAssignment[]>('/api/me/reviews');
  }

  review(
    applicationId: string,
    body: ReviewRequest,
  ): Observable<{ recused: boolean }> {
    return this.http.post<{ recused: boolean }>(
      `/api/applications/${applicationId}/reviews`,
      body,
    );
  }

  /** 拟揭榜: proposes the award and starts its public notice. */
  award(
    scenarioId: string,
    applicationIds: string[],
    noticeDays?: number,
  ): Observable<NoticeView> {
    return this.http.post<NoticeView>(`/api/scenarios/${scenarioId}/award`, {
      applicationIds,
      ...(noticeDays ? { noticeDays } : {}),
    });
  }

  notices(): Observable<Page<NoticeView>> {
    return this.http.get<Page<NoticeView>>('/api/notices', {
      params: new HttpParams().set('pageSize', MAX_PAGE),
    });
  }

  object(noticeId: string, reason: string): Observable<ObjectionView> {
    return this.http.post<ObjectionView>(
      `/api/notices/${noticeId}/objections`,
      { reason },
    );
  }

  objections(noticeId: string): Observable<ObjectionView[]> {
    return this.http.get<ObjectionView[]>(
      `/api/notices/${noticeId}/objections`,
    );
  }

  /** 异议成立 (the award is overturned) or 不成立, with the response the objector will see. */
  decideObjection(
    objectionId: string,
    decision: 'upheld' | 'dismissed',
    response: string,
  ): Observable<ObjectionView> {
    return this.http.post<ObjectionView>(
      `/api/objections/${objectionId}/decide`,
      { decision, response },
    );
  }

  /** 确认揭榜 after the notice period, with no pending objections (409 otherwise). */
  confirmNotice(noticeId: string): Observable<NoticeView> {
    return this.http.post<NoticeView>(`/api/notices/${noticeId}/confirm`, {});
  }

  /** 开始试点 of an awarded scenario. */
  startPilot(scenarioId: string): Observable<{ status: string }> {
    return this.http.post<{ status: string }>(
      `/api/scenarios/${scenarioId}/pilot`,
      {},
    );
  }

  /** 验收 of a piloting scenario with its acceptance report. */
  accept(scenarioId: string, report: string): Observable<{ status: string }> {
    return this.http.post<{ status: string }>(
      `/api/scenarios/${scenarioId}/accept`,
      { report },
    );
  }

  experts(): Observable<ExpertOption[]> {
    return this.http.get<ExpertOption[]>('/api/experts');
  }

  /** Attaches a PDF (multipart field `file`). */
  uploadFile(
    applicationId: string,
    file: File,
  ): Observable<ApplicationFileView> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ApplicationFileView>(
      `/api/applications/${applicationId}/files`,
      body,
    );
  }

  removeFile(applicationId: string, fileId: string): Observable<void> {
    return this.http.delete<void>(
      `/api/applications/${applicationId}/files/${fileId}`,
    );
  }

  /** A sealed attachment, fetched with the bearer token. */
  fileContent(url: string): Observable<Blob> {
    return this.http.get(url, { responseType: 'blob' });
  }
}
