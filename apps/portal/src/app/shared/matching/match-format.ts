import { MATCHING_TEXTS } from '../../core/i18n/zh-cn.matching';

export type ScoreLevel = keyof typeof MATCHING_TEXTS.score.levels;

/** Lower bounds of the levels, best first. */
const LEVELS: ReadonlyArray<[ScoreLevel, number]> = [
  ['high', 80],
  ['good', 60],
  ['fair', 40],
  ['low', 0],
];

const LEVEL_COLORS: Record<ScoreLevel, string> = {
  high: '#389e0d',
  good: '#1677ff',
  fair: '#d48806',
  low: '#8c8c8c',
};

export function scoreLevel(score: number): ScoreLevel {
  return LEVELS.find(([, min]) => score >= min)?.[0] ?? 'low';
}

export function scoreLevelLabel(score: number): string {
  return MATCHING_TEXTS.score.levels[scoreLevel(score)];
}

/** The colour of a score's ring or bar. */
export function scoreColor(score: number): string {
  return LEVEL_COLORS[scoreLevel(score)];
}
