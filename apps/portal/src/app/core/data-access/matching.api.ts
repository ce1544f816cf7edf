import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  DismissalView,
  DismissRequest,
  ExplanationView,
  InvitationRequest,
  InvitationView,
  MatchPage,
  Page,
  RebuildView,
  RecommendationPage,
} from '@scenematch/contracts';
import { Observable } from 'rxjs';
import { queryParams } from '../http/query-params';

/*
 * The API's shapes are those of @scenematch/contracts (lib/matching.ts); the names below are the
 * ones the portal uses for them.
 */
export type {
  DismissalView,
  DismissReason,
  InvitationView,
  MatchPage,
  MatchView,
  RebuildView,
  RecommendationPage,
  RecommendationView,
} from '@scenematch/contracts';

/** `GET /api/scenarios/:id/matches/:organisationId`: why one pair scores what it does. */
export type MatchExplanation = ExplanationView;

/**
 * How far each part of the score is reached, each an integer 0–100 (percent of that part's own
 * maximum, ScoreComponents of libs/matching): its points are weight × value (see
 * shared/matching/match-components.ts).
 */
export type MatchComponents = ExplanationView['components'];

export type RebuildStatus = RebuildView['status'];

/** Query of `GET /api/me/recommendations`. */
export interface RecommendationQuery {
  /** Domain code or name. */
  domain?: string;
  /** YYYY-MM-DD: only scenarios still open on that day (or without a deadline). */
  deadlineFrom?: string;
  /** 0–100; the API applies RECOMMENDATION_DEFAULT_MIN_SCORE when it is left out. */
  minScore?: number;
  page?: number;
  pageSize?: number;
}

/** The API's largest page (MAX_PAGE_SIZE of the server). */
export const MAX_PAGE_SIZE = 100;

/** Typed client for recommendations, matches, explanations and rebuilds. */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly http = inject(HttpClient);

  recommendations(query: RecommendationQuery): Observable<RecommendationPage> {
    return this.http.get<RecommendationPage>('/api/me/recommendations', {
      params: queryParams(query),
    });
  }

  /** 不感兴趣: the scenario leaves the company's list; similar ones rank lower. */
  dismiss(scenarioId: string, body: DismissRequest): Observable<DismissalView> {
    return this.http.put<DismissalView>(
      `/api/me/recommendations/${scenarioId}/dismissal`,
      body,
    );
  }

  /** 恢复: undoes a dismissal. */
  restore(scenarioId: string): Observable<void> {
    return this.http.delete<void>(
      `/api/me/recommendations/${scenarioId}/dismissal`,
    );
  }

  /** The company's dismissed recommendations, newest first. */
  dismissed(
    query: { page?: number; pageSize?: number } = {},
  ): Observable<Page<DismissalView>> {
    return this.http.get<Page<DismissalView>>(
      '/api/me/recommendations/dismissed',
      { params: queryParams(query) },
    );
  }

  matches(
    scenarioId: string,
    query: { page?: number; pageSize?: number } = {},
  ): Observable<MatchPage> {
    return this.http.get<MatchPage>(`/api/scenarios/${scenarioId}/matches`, {
      params: queryParams(query),
    });
  }

  /** 邀请揭榜: idempotent per scenario and company (`created` false the second time). */
  invite(
    scenarioId: string,
    body: InvitationRequest,
  ): Observable<InvitationView> {
    return this.http.post<InvitationView>(
      `/api/scenarios/${scenarioId}/invitations`,
      body,
    );
  }

  explain(
    scenarioId: string,
    organisationId: string,
  ): Observable<MatchExplanation> {
    return this.http.get<MatchExplanation>(
      `/api/scenarios/${scenarioId}/matches/${organisationId}`,
    );
  }

  /** Starts a rebuild, or answers the one already running. */
  startRebuild(): Observable<RebuildView> {
    return this.http.post<RebuildView>('/api/matching/rebuilds', {});
  }

  /** The latest ten runs, newest first. */
  rebuilds(): Observable<RebuildView[]> {
    return this.http.get<RebuildView[]>('/api/matching/rebuilds');
  }

  rebuild(id: string): Observable<RebuildView> {
    return this.http.get<RebuildView>(`/api/matching/rebuilds/${id}`);
  }
}
