import { scoreLevel, type ScoreLevel } from '@scenematch/matching/levels';

/** The portal's names of the score levels (its zh-CN catalogue, matching.score.levels). */
const LEVEL_NAMES: Record<ScoreLevel, string> = {
  high: '高度匹配',
  good: '较为匹配',
  fair: '一般匹配',
  low: '匹配度低',
};

/**
 * What a notice about matches of at least `minScore` (MATCH_NOTIFY_MIN_SCORE) calls them: the
 * portal's name of that score's level, so that at 70 a notice says 较为匹配 as the portal does
 * for a 70, and 高度匹配 only from 80.
 */
export function matchLevelName(minScore: number): string {
  return LEVEL_NAMES[scoreLevel(minScore)];
}

/** The title of the notice of a newly published scenario matching a company at least `minScore` well. */
export function strongMatchTitle(minScore: number): string {
  return `新场景与贵企业${matchLevelName(minScore)}`;
}
