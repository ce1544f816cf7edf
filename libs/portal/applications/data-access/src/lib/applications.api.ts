import { inject, Injectable } from '@angular/core';
import type { RequestBody } from '@scenematch/api-client';
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
import { ApiClient } from '@scenematch/portal/core/http/api-client';

/**
 * Body of `POST /api/scenarios/:id/applications` with every field given, as the form sends it
 * (and, partially, of `PATCH /api/applications/:id`).
 */
export type ApplicationRequest = Required<
  RequestBody<'/api/scenarios/{id}/applications', 'post'>
>;

// The answers' types live in the contracts, shared with the API; pages import them from here too.
export type {
  ApplicationFileView,
  EvaluationRow,
  EvaluationView,
  ExpertOption,
  NoticeStatus,
  NoticeView,
  ObjectionView,
  ReviewAssignment,
} from '@scenematch/contracts';

/** Body of `POST /api/applications/:id/reviews`. */
export type ReviewRequest = RequestBody<
  '/api/applications/{id}/reviews',
  'post'
>;

/** A company's applications fit in one page of the API's largest size. */
const MAX_PAGE = 100;

/**
 * Typed client for applications (揭榜申报), their form check, expert review and awards with
 * their public notice (公示).
 */
@Injectable({ providedIn: 'root' })
export class ApplicationsApi {
  private readonly api = inject(ApiClient);

  create(
    scenarioId: string,
    body: ApplicationRequest,
  ): Observable<ApplicationView> {
    return this.api.post('/api/scenarios/{id}/applications', body, {
      path: { id: scenarioId },
    });
  }

  update(
    id: string,
    body: RequestBody<'/api/applications/{id}', 'patch'>,
  ): Observable<ApplicationView> {
    return this.api.patch('/api/applications/{id}', body, { path: { id } });
  }

  get(id: string): Observable<ApplicationView> {
    return this.api.get('/api/applications/{id}', { path: { id } });
  }

  submit(id: string): Observable<ApplicationView> {
    return this.api.post('/api/applications/{id}/submit', {}, { path: { id } });
  }

  withdraw(id: string): Observable<ApplicationView> {
    return this.api.post(
      '/api/applications/{id}/withdraw',
      {},
      {
        path: { id },
      },
    );
  }

  /** Bids this company is named in as a consortium member (联合体邀请), with its answer. */
  invitations(): Observable<ConsortiumInvitationView[]> {
    return this.api.get('/api/me/consortium-invitations');
  }

  acceptInvitation(
    applicationId: string,
  ): Observable<ConsortiumInvitationView> {
    return this.api.post(
      '/api/consortium-invitations/{applicationId}/accept',
      {},
      {
        path: { applicationId },
      },
    );
  }

  declineInvitation(
    applicationId: string,
    reason?: string,
  ): Observable<ConsortiumInvitationView> {
    return this.api.post(
      '/api/consortium-invitations/{applicationId}/decline',
      reason ? { reason } : {},
      { path: { applicationId } },
    );
  }

  /** The company's own applications and those it is a consortium member of. */
  mine(
    status?: readonly ApplicationStatus[],
  ): Observable<Page<ApplicationView>> {
    return this.api.get('/api/me/applications', {
      query: { pageSize: MAX_PAGE, status },
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
    return this.api.get('/api/scenarios/{id}/applications', {
      path: { id: scenarioId },
      query: { pageSize: MAX_PAGE, status },
    });
  }

  /** 形式审查通过. */
  shortlist(id: string): Observable<ApplicationView> {
    return this.api.post(
      '/api/applications/{id}/shortlist',
      {},
      {
        path: { id },
      },
    );
  }

  /** 形式审查不通过, with the reason the company will see. */
  reject(id: string, reason: string): Observable<ApplicationView> {
    return this.api.post(
      '/api/applications/{id}/reject',
      { reason },
      { path: { id } },
    );
  }

  assignReviewers(
    scenarioId: string,
    expertIds: string[],
  ): Observable<EvaluationView> {
    return this.api.post(
      '/api/scenarios/{id}/reviewers',
      { expertIds },
      { path: { id: scenarioId } },
    );
  }

  evaluation(scenarioId: string): Observable<EvaluationView> {
    return this.api.get('/api/scenarios/{id}/evaluation', {
      path: { id: scenarioId },
    });
  }

  myReviews(): Observable<ReviewAssignment[]> {
    return this.api.get('/api/me/reviews');
  }

  review(
    applicationId: string,
    body: ReviewRequest,
  ): Observable<{ recused: boolean }> {
    return this.api.post('/api/applications/{id}/reviews', body, {
      path: { id: applicationId },
    });
  }

  /** 拟揭榜: proposes the award and starts its public notice. */
  award(
    scenarioId: string,
    applicationIds: string[],
    noticeDays?: number,
  ): Observable<NoticeView> {
    return this.api.post(
      '/api/scenarios/{id}/award',
      { applicationIds, ...(noticeDays ? { noticeDays } : {}) },
      { path: { id: scenarioId } },
    );
  }

  notices(): Observable<Page<NoticeView>> {
    return this.api.get('/api/notices', { query: { pageSize: MAX_PAGE } });
  }

  object(noticeId: string, reason: string): Observable<ObjectionView> {
    return this.api.post(
      '/api/notices/{id}/objections',
      { reason },
      { path: { id: noticeId } },
    );
  }

  objections(noticeId: string): Observable<ObjectionView[]> {
    return this.api.get('/api/notices/{id}/objections', {
      path: { id: noticeId },
    });
  }

  /**
   * 异议成立 (the award is overturned) or 不成立, with the response the objector will see; the
   * answer is the notice as it stands after the decision.
   */
  decideObjection(
    objectionId: string,
    decision: 'upheld' | 'dismissed',
    response: string,
  ): Observable<NoticeView> {
    return this.api.post(
      '/api/objections/{id}/decide',
      { decision, response },
      { path: { id: objectionId } },
    );
  }

  /** 确认揭榜 after the notice period, with no pending objections (409 otherwise). */
  confirmNotice(noticeId: string): Observable<NoticeView> {
    return this.api.post(
      '/api/notices/{id}/confirm',
      {},
      {
        path: { id: noticeId },
      },
    );
  }

  /** 开始试点 of an awarded scenario. */
  startPilot(scenarioId: string): Observable<{ status: string }> {
    return this.api.post(
      '/api/scenarios/{id}/pilot',
      {},
      {
        path: { id: scenarioId },
      },
    );
  }

  /** 验收 of a piloting scenario with its acceptance report. */
  accept(scenarioId: string, report: string): Observable<{ status: string }> {
    return this.api.post(
      '/api/scenarios/{id}/accept',
      { report },
      { path: { id: scenarioId } },
    );
  }

  experts(): Observable<ExpertOption[]> {
    return this.api.get('/api/experts');
  }

  /** Attaches a PDF (multipart field `file`). */
  uploadFile(
    applicationId: string,
    file: File,
  ): Observable<ApplicationFileView> {
    return this.api.postForm(
      '/api/applications/{id}/files',
      { file },
      { path: { id: applicationId } },
    );
  }

  removeFile(applicationId: string, fileId: string): Observable<void> {
    return this.api.delete('/api/applications/{id}/files/{fileId}', {
      path: { id: applicationId, fileId },
    });
  }

  /** A sealed attachment (the `url` of its ApplicationFileView), fetched with the bearer token. */
  fileContent(url: string): Observable<Blob> {
    return this.api.linkedBlob(url);
  }
}
