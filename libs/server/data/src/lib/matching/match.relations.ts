import { relation } from '../relation';

/** The latest match of each scenario × company pair, with its score and reasons. */
export const MATCH_RESULTS = relation('match_results', [
  'scenario_id',
  'organisation_id',
  'score',
  'reasons',
  'computed_at',
]);

/** The scenarios a company marked 不感兴趣 (not interested in). */
export const MATCH_DISMISSALS = relation('match_dismissals', [
  'organisation_id',
  'scenario_id',
  'reason',
  'created_at',
]);
