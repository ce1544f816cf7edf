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
  /**
   * Each 0–100. capability is null when the scenario states no capability requirement and none
   * could be inferred (it is then not part of the score).
   */
  components: { capability: number | null; keywords: number; domain: number; evidence: number };
  /** Where the capability requirement comes from: stated by the author, inferred from the title and texts (根据标题推断), guessed from the domain, or none. */
  capabilitySource: 'stated' | 'inferred' | 'domain' | 'none';
  /** Factor (0–100) for the company's own AI work: low for resellers, distributors, outsourcers. */
  aiFactor: number;
  /** Factor (0–100) for a company known to work in other domains than the scenario's. */
  fieldFactor: number;
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

