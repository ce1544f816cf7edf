import type { Page } from './api';

/** Matching results as the API returns them (GET /api/me/recommendations, /api/scenarios/:id/matches …). */
export interface RecommendationView {
  scenario: { id: string; title: string; domain: string; agency: string; deadline: string | null; batch: string | null; status: string };
  score: number;
  reasons: string[];
  /** An invitation to apply (邀请揭榜) from the scenario's unit or the service centre: such scenarios come first. */
  invitation?: RecommendationInvitation | null;
  /** Ranked lower (not rescored) because the company dismissed similar scenarios. */
  lowered?: RecommendationLowered | null;
}

export interface RecommendationInvitation {
  /** The inviting organisation (the scenario's unit or the service centre). */
  by: string;
  at: string;
  message: string;
}

export interface RecommendationLowered {
  /** Rank points taken off (the shown score is the engine's, unchanged). */
  points: number;
  /** The dismissed scenarios it resembles most. */
  because: Array<{ scenarioId: string; title: string }>;
  /** What it shares with them, in words (同属智慧医疗, 标题相近: 影像 …). */
  shared: string[];
}

/** The levels the portal names a score by (高度匹配 from 80 …): defined with the engine, whose eval measures them. */
export { SCORE_LEVELS, scoreLevel, type ScoreLevel } from '@scenematch/matching/levels';

/**
 * Recommendations open at this minimum score when the query names none: scores are calibrated
 * so that unrelated companies stay ≤ 30 and clear fits reach ≥ 80, so 50 keeps the plausible
 * ones and leaves the long tail behind 显示更多 (`minScore=0`).
 */
export const RECOMMENDATION_DEFAULT_MIN_SCORE = 50;

/** `GET /api/me/recommendations`: a page at `minScore`, and how many more there are below it. */
export interface RecommendationPage extends Page<RecommendationView> {
  /** The minimum applied (the query's, else RECOMMENDATION_DEFAULT_MIN_SCORE). */
  minScore: number;
  /** Recommendations under the same filters scoring below `minScore`. */
  belowMinScore: number;
  /** Scenarios the company dismissed (left out of the list; see /api/me/recommendations/dismissed). */
  dismissed: number;
}

/** Why a company dismisses a recommendation (不感兴趣). */
export const DISMISS_REASONS = ['domain', 'capability', 'scale', 'partnered', 'other'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];
export const DISMISS_REASON_LABELS: Record<DismissReason, string> = {
  domain: '领域不符',
  capability: '能力不符',
  scale: '规模不符',
  partnered: '已有合作',
  other: '其他',
};
export const DISMISS_NOTE_MAX = 200;

/** `PUT /api/me/recommendations/:id/dismissal`. */
export interface DismissRequest {
  reason?: DismissReason;
  note?: string;
}

/** One dismissed recommendation (`GET /api/me/recommendations/dismissed`). */
export interface DismissalView {
  scenario: { id: string; title: string; domain: string; agency: string; status: string };
  reason: DismissReason | null;
  note: string;
  dismissedAt: string;
}

export interface MatchView {
  enterprise: { id: string; name: string; verified: boolean; listedProducts: number };
  score: number;
  reasons: string[];
  /** This company was invited to apply (邀请揭榜). */
  invitation?: MatchInvitation | null;
}

export interface MatchInvitation {
  by: string;
  at: string;
  /** Whether the company applied: null while bids are sealed (until the deadline). */
  applied: boolean | null;
}

/** `GET /api/scenarios/:id/matches`: the ranked companies and the invitations sent for the scenario. */
export interface MatchPage extends Page<MatchView> {
  invitations: {
    total: number;
    /** Invited companies that applied: null while bids are sealed. */
    applied: number | null;
  };
}

export const INVITATION_MESSAGE_MAX = 500;

/** `POST /api/scenarios/:id/invitations`. */
export interface InvitationRequest {
  organisationId: string;
  message?: string;
}

/** An invitation to apply; `created` is false when the company had been invited already. */
export interface InvitationView {
  id: string;
  scenario: { id: string; title: string };
  enterprise: { id: string; name: string };
  by: string;
  message: string;
  at: string;
  created: boolean;
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

