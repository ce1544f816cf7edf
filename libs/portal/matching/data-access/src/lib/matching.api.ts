import { inject, Injectable } from '@angular/core';
import type { ApiQuery } from '@scenematch/api-client';
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
import { ApiClient } from '@scenematch/portal/core/http/api-client';

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
export type RecommendationQuery = ApiQuery<'/api/me/recommendations', 'get'>;

/** The API's largest page (MAX_PAGE_SIZE of the server). */
export const MAX_PAGE_SIZE = 100;

/** Typed client for recommendations, matches, explanations and rebuilds. */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly api = inject(ApiClient);

  recommendations(query: RecommendationQuery): Observable<RecommendationPage> {
    return this.api.get('/api/me/recommendations', { query });
  }

  /** 不感兴趣: the scenario leaves the company's list; similar ones rank lower. */
  dismiss(scenarioId: string, body: DismissRequest): Observable<DismissalView> {
    return this.api.put('/api/me/recommendations/{id}/dismissal', body, {
      path: { id: scenarioId },
    });
  }

  /** 恢复: undoes a dismissal. */
  restore(scenarioId: string): Observable<void> {
    return this.api.delete('/api/me/recommendations/{id}/dismissal', {
      path: { id: scenarioId },
    });
  }

  /** The company's dismissed recommendations, newest first. */
  dismissed(
    query: ApiQuery<'/api/me/recommendations/dismissed', 'get'> = {},
  ): Observable<Page<DismissalView>> {
    return this.api.get('/api/me/recommendations/dismissed', { query });
  }

  matches(
    scenarioId: string,
    query: ApiQuery<'/api/scenarios/{id}/matches', 'get'> = {},
  ): Observable<MatchPage> {
    return this.api.get('/api/scenarios/{id}/matches', {
      path: { id: scenarioId },
      query,
    });
  }

  /** 邀请揭榜: idempotent per scenario and company (`created` false the second time). */
  invite(
    scenarioId: string,
    body: InvitationRequest,
  ): Observable<InvitationView> {
    return this.api.post('/api/scenarios/{id}/invitations', body, {
      path: { id: scenarioId },
    });
  }

  explain(
    scenarioId: string,
    organisationId: string,
  ): Observable<MatchExplanation> {
    return this.api.get('/api/scenarios/{id}/matches/{organisationId}', {
      path: { id: scenarioId, organisationId },
    });
  }

  /** Starts a rebuild, or answers the one already running. */
  startRebuild(): Observable<RebuildView> {
    return this.api.post('/api/matching/rebuilds', {});
  }

  /** The latest ten runs, newest first. */
  rebuilds(): Observable<RebuildView[]> {
    return this.api.get('/api/matching/rebuilds');
  }

  rebuild(id: string): Observable<RebuildView> {
    return this.api.get('/api/matching/rebuilds/{id}', { path: { id } });
  }
}
