export * from './lib/matching.types';
export { MatchingModel, CAPABILITY_STRENGTH, MATURITY_LABEL, MATURITY_VALUE } from './lib/matching.model';
export { MatchingTokenizer, EXTRA_TERMS } from './lib/matching.tokenizer';
export { normaliseText, scriptRuns, hanBigrams, type ScriptRuns } from './lib/matching.text';
export { searchTerms, searchQuery, matchesSearch, type SearchQuery } from './lib/matching.text';
export { STOP_WORDS } from './lib/matching.stopwords';
export { MatchIndex, type ScoreAllOptions, type ScoreAllStats } from './lib/matching.index';
export {
  CompanyLookup,
  SCORE_WEIGHTS,
  CAPABILITY_GATE,
  KEYWORD_FULL,
  DOMAIN_FIT,
  explainPair,
  eligibilityGaps,
  pairSums,
  components,
  toScore,
  type PairSums,
  type ComponentValues,
} from './lib/matching.scoring';
export { rankCompaniesBruteForce, rankScenariosBruteForce } from './lib/matching.brute-force';
export {
  companyInputFromDemo,
  scenarioInputFromListRow,
  type DemoEnterpriseRecord,
  type ScenarioListRecord,
} from './lib/matching.seed-adapters';
export { syntheticCatalogue, seededRandom, type SyntheticOptions } from './lib/matching.synthetic';
