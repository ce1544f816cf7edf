export * from './lib/matching.types';
export { MatchingModel, CAPABILITY_STRENGTH, MATURITY_LABEL, MATURITY_VALUE, type MatchingModelOptions } from './lib/matching.model';
export { MatchingTokenizer, EXTRA_TERMS, BIGRAM_MARK } from './lib/matching.tokenizer';
export { normaliseText, scriptRuns, hanBigrams, type ScriptRuns } from './lib/matching.text';
export { searchTerms, searchQuery, matchesSearch, type SearchQuery } from './lib/matching.text';
export { STOP_WORDS } from './lib/matching.stopwords';
export { MatchIndex, CompanyFloors, type RankFloor, type ScoreAllOptions, type ScoreAllStats } from './lib/matching.index';
export {
  CompanyLookup,
  SCORE_WEIGHTS,
  CAPABILITY_UNSUPPORTED,
  DOMAIN_UNSUPPORTED,
  AI_FACTOR,
  OTHER_FIELD_PENALTY,
  aiFactor,
  lexicalFit,
  scoreTotal,
  DOMAIN_FIT,
  explainPair,
  eligibilityGaps,
  pairSums,
  components,
  toScore,
  MIN_KEPT_SCORE,
  type PairSums,
  type ComponentValues,
} from './lib/matching.scoring';
export { rankCompaniesBruteForce, rankScenariosBruteForce } from './lib/matching.brute-force';
export {
  companyInputFromDemo,
  companyInputFromDescribed,
  parseSynonymList,
  scenarioInputFromListRow,
  type DescribedCompanyRecord,
  type DemoEnterpriseRecord,
  type ScenarioListRecord,
} from './lib/matching.seed-adapters';
export { syntheticCatalogue, seededRandom, type SyntheticOptions } from './lib/matching.synthetic';
