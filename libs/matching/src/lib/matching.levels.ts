/**
 * The levels the portal names a score by (高度匹配 from 80, then 较好, 一般, 匹配度低), best first.
 * `npm run eval` measures how often a pair of each level fits on the held-out sets (a score is
 * honest when a 高度匹配 nearly always fits), and the unit tests hold it. Browser-safe: the portal
 * reads it through the contracts library.
 */
export const SCORE_LEVELS = [
  ['high', 80],
  ['good', 60],
  ['fair', 40],
  ['low', 0],
] as const satisfies ReadonlyArray<readonly [string, number]>;
export type ScoreLevel = (typeof SCORE_LEVELS)[number][0];

/** The level of a 0–100 score. */
export function scoreLevel(score: number): ScoreLevel {
  return SCORE_LEVELS.find(([, min]) => score >= min)?.[0] ?? 'low';
}
