import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Page } from '@scenematch/contracts';
import { Observable } from 'rxjs';

/*
 * The shapes below are those of libs/server/matching (matching.service.ts), which the portal may
 * not import. TODO(contracts): move them to @scenematch/contracts so both sides share them.
 */

/** One recommended scenario of `GET /api/me/recommendations` (best first). */
export interface RecommendationView {
  scenario: {
    id: string;
    title: string;
    /** Domain name, e.g. 智慧医疗. */
    domain: string;
    /** The owning unit's name. */
    agency: string;
    /** YYYY-MM-DD. */
    deadline: string | null;
    /** Batch name. */
    batch: string | null;
    status: string;
  };
  /** 0–100. */
  score: number;
  reasons: string[];
}

/** One matching company of `GET /api/scenarios/:id/matches` (best first). */
export interface MatchView {
  enterprise: {
    id: string;
    name: string;
    verified: boolean;
    listedProducts: number;
  };
  score: number;
  reasons: string[];
}

/**
 * How far each part of the score is reached, each an integer 0–100 (percent of that part's own
 * maximum, ScoreComponents of libs/matching): its points are weight × value (see
 * shared/matching/match-components.ts).
 */
export interface MatchComponents {
  capability: number;
  keywords: number;
  domain: number;
  evidence: number;
}

/** `GET /api/scenarios/:id/matches/:organisationId`: why one pair scores what it does. */
export interface MatchExplanation {
  scenario: { id: string; title: string };
  enterprise: { id: string; name: string };
  score: number;
  /** false: a hard requirement (deployment mode, certificate) is not met; the score is then 0. */
  eligible: boolean;
  reasons: string[];
  whyNot: string[];
  components: MatchComponents;
}

export type RebuildStatus = 'running' | 'completed' | 'failed';

/** A full recomputation of every scenario–company pair (sharded across workers). */
export interface RebuildView {
  id: string;
  status: RebuildStatus;
  /** 0 until the worker has split the work. */
  shards: number;
  shardsDone: number;
  scenarios: number;
  companies: number;
  pairsKept: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

/** Query of `GET /api/me/recommendations`. */
export interface RecommendationQuery {
  /** Domain code or name. */
  domain?: string;
  /** YYYY-MM-DD: only scenarios still open on that day (or without a deadline). */
  deadlineFrom?: string;
  /** 0–100. */
  minScore?: number;
  page?: number;
  pageSize?: number;
}

/** The API's largest page (MAX_PAGE_SIZE of the server). */
export const MAX_PAGE_SIZE = 100;

function params(query: object): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    result = result.set(key, String(value));
  }
  return result;
}

/** Typed client for recommendations, matches, explanations and rebuilds. */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly http = inject(HttpClient);

  recommendations(
    query: RecommendationQuery,
  ): Observable<Page<RecommendationView>> {
    return this.http.get<Page<RecommendationView>>('/api/me/recommendations', {
      params: params(query),
    });
  }

  matches(
    scenarioId: string,
    query: { page?: number; pageSize?: number } = {},
  ): Observable<Page<MatchView>> {
    return this.http.get<Page<MatchView>>(
      `/api/scenarios/${scenarioId}/matches`,
      { params: params(query) },
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
