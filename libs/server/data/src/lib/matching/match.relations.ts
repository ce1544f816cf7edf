import { relation } from '../relation';

/** The latest match of each scenario × company pair, with its score and reasons. */
export const MATCH_RESULTS = relation('match_results', [
  'scenario_id',
  'organisation_id',
  'score',
  'reasons',
  'computed_at',
]);
