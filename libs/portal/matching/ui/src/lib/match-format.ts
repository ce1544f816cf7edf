import type { DismissReason } from '@scenematch/contracts';
import { scoreLevel, type ScoreLevel } from '@scenematch/matching/levels';

/** Catalogue keys of the score levels. */
const LEVEL_KEYS: Record<ScoreLevel, string> = {
  high: 'matching.score.levels.high',
  good: 'matching.score.levels.good',
  fair: 'matching.score.levels.fair',
  low: 'matching.score.levels.low',
};

/** Catalogue keys of the reasons a company gives for 不感兴趣. */
export const DISMISS_REASON_KEYS: Record<DismissReason, string> = {
  domain: 'matching.recommendations.dismissReasons.domain',
  capability: 'matching.recommendations.dismissReasons.capability',
  scale: 'matching.recommendations.dismissReasons.scale',
  partnered: 'matching.recommendations.dismissReasons.partnered',
  other: 'matching.recommendations.dismissReasons.other',
};

const LEVEL_COLORS: Record<ScoreLevel, string> = {
  high: '#389e0d',
  good: '#1677ff',
  fair: '#d48806',
  low: '#8c8c8c',
};

/** The catalogue key of a score's level (高度匹配 …). */
export function scoreLevelKey(score: number): string {
  return LEVEL_KEYS[scoreLevel(score)];
}

/** The catalogue key of a level (高度匹配 …). */
export function levelKey(level: ScoreLevel): string {
  return LEVEL_KEYS[level];
}

/** The colour of a score's ring or bar. */
export function scoreColor(score: number): string {
  return LEVEL_COLORS[scoreLevel(score)];
}
