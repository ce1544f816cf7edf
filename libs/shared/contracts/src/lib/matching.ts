/** Matching results as the API returns them (GET /api/me/recommendations, /api/scenarios/:id/matches …). */
export interface RecommendationView {
  scenario: { id: string; title: string; domain: string; agency: string; deadline: string | null; batch: string | null; status: string };
  score: number;
  reasons: string[];
}

export interface MatchView {
  enterprise: { id: string; name: string; verified: boolean; listedProducts: number };
  score: number;
  reasons: string[];
}

export interface ExplanationView {
  scenario: { id: string; title: string };
  enterprise: { id: string; name: string };
  score: number;
  eligible: boolean;
  reasons: string[];
  whyNot: string[];
  components: { capability: number; keywords: number; domain: number; evidence: number };
}

export interface RebuildView {
  id: string;
  status: 'running' | 'completed' | 'failed';
  shards: number;
  shardsDone: number;
  scenarios: number;
  companies: number;
  pairsKept: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

