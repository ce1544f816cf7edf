/** Value of a mutual request (both sides asked); above any one-sided request plus any match score. */
export const MUTUAL_REQUEST_VALUE = 10_000;
/** Value of a one-sided request; above any match score alone. */
export const ONE_SIDED_REQUEST_VALUE = 1_000;
/** Match scores are clamped to 0 … MAX_MATCH_SCORE (the matching library's 0–100 score). */
export const MAX_MATCH_SCORE = 100;

export interface MeetingValueInput {
  /** Both sides asked to meet. */
  mutual?: boolean;
  /** At least one side asked to meet (implied by `mutual`). */
  requested?: boolean;
  /** 0–100 match score; breaks ties inside each tier. */
  matchScore?: number;
}

/**
 * The value of one candidate meeting: tiers mutual request > one-sided request > match score only,
 * with the match score ordering meetings inside a tier. Any mutual request is worth more than any
 * one-sided request, and any request more than any match score alone.
 */
export function meetingValue(input: MeetingValueInput): number {
  const raw = Number.isFinite(input.matchScore) ? (input.matchScore as number) : 0;
  const score = Math.min(MAX_MATCH_SCORE, Math.max(0, raw));
  const tier = input.mutual ? MUTUAL_REQUEST_VALUE : input.requested ? ONE_SIDED_REQUEST_VALUE : 0;
  return tier + score;
}
