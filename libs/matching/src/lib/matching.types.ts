/**
 * Types of the matching engine. Everything here is plain data: the caller (API, worker, bench,
 * evaluation) reads the taxonomy and the records, the engine never does I/O.
 */

/** The shape of `seeds/data/taxonomy.json`. Domains and capabilities are referred to by name in scenario kinds. */
export interface TaxonomyDomain {
  code: string;
  name: string;
  group?: string;
  aliases?: string[];
  vocabulary?: string[];
}

export interface TaxonomyCapability {
  code: string;
  name: string;
  synonyms?: string[];
  keywords?: string[];
}

export interface TaxonomyScenarioKind {
  code: string;
  name: string;
  /** Words whose presence in a title or description marks a scenario of this kind. */
  patterns: string[];
  /** Domain names (or codes) where this kind usually occurs. */
  domains: string[];
  /** Capabilities (by name or code) such a scenario needs, weight 0–1. */
  capabilities: Array<{ name: string; weight: number }>;
}

export interface TaxonomyCodeName {
  code: string;
  name: string;
}

export interface MatchingTaxonomy {
  domains: TaxonomyDomain[];
  capabilities: TaxonomyCapability[];
  scenarioKinds: TaxonomyScenarioKind[];
  certifications?: TaxonomyCodeName[];
  deploymentModes?: TaxonomyCodeName[];
}

export type Maturity = 'prototype' | 'pilot' | 'scaled';

/**
 * A scenario as the engine sees it. A thin one (a row of a published list) carries only the
 * title, the domain and the unit; a rich one, authored in the portal, adds texts and capabilities.
 * Codes may also be given as names (计算机视觉, 智慧医疗, 本地化部署); the model normalises them.
 */
export interface ScenarioInput {
  id: string;
  title: string;
  domainCode: string;
  agencyName?: string;
  description?: string;
  painPoints?: string;
  expectedOutcome?: string;
  capabilityCodes?: string[];
  /** Hard requirements: deployment modes (any one suffices) and certifications (all needed). */
  requirements?: { deploymentModes?: string[]; certifications?: string[] };
}

export interface CompanyProductInput {
  id?: string;
  name: string;
  description: string;
  capabilityCodes: string[];
  domainCodes: string[];
  maturity: Maturity;
  deploymentModes: string[];
  cases: string[];
}

export interface CompanyInput {
  id: string;
  name: string;
  introduction?: string;
  /** Free tags in the company's words: those naming a capability or domain count as declared, all count as text. */
  tags?: string[];
  capabilityCodes: string[];
  domainCodes: string[];
  /** Certification kinds the company holds and that are valid today (codes or names). */
  certifications: string[];
  /** Reference cases of the company itself (not tied to a product). */
  cases: Array<{ domainCode?: string; text: string }>;
  /** The company's listed products (能力清单). */
  products: CompanyProductInput[];
}

/**
 * A sparse weighted vector, sorted by key: profiles serialise identically every time, and every
 * scorer (the index in both directions, the brute-force reference) adds a pair's products in
 * this one order, so they agree to the last bit.
 */
export type SparseVector = Array<[string, number]>;

export interface ScenarioKindHit {
  code: string;
  name: string;
  /** 1 for a kind named by the title, less for one only found in the description. */
  weight: number;
}

/** What a scenario asks for, after expansion through the taxonomy. Plain, serialisable data. */
export interface ScenarioProfile {
  id: string;
  title: string;
  domainCode: string;
  /** Domain codes where the matched scenario kinds occur (related domains). */
  relatedDomainCodes: string[];
  /** Domain group codes (民生服务, 产业发展 …) of the scenario's domain. */
  domainGroup: string;
  /** Whether the domain is one of the taxonomy's (a free-text domain only counts as words). */
  domainKnown: boolean;
  kinds: ScenarioKindHit[];
  /** Required capabilities, weight 0–1 (by code). */
  capabilities: SparseVector;
  /** Keyword query: term → weight (idf-weighted, sums to 1 less what was trimmed off a title's corpus associations), by term. */
  terms: SparseVector;
  requirements: { deploymentModes: string[]; certifications: string[] };
  /** True when the scenario carries no description text (a row of a published list). */
  thin: boolean;
  /**
   * Where the required capabilities come from: named by the author, inferred from the title and
   * texts (scenario kinds, capability words), guessed from the domain alone, or nowhere.
   */
  capabilitySource: CapabilitySource;
  /** Keyword coverage (Σ query weight × document weight) counted as a full textual fit. */
  lexicalFull: number;
}

export type CapabilitySource = 'stated' | 'inferred' | 'domain' | 'none';

/**
 * Statistics of the platform's own texts (company documents and scenarios), recomputed as the
 * corpus grows: document frequencies (idf of words and bigrams in this corpus, rather than in
 * general Chinese) and term associations (words that co-occur across documents), which give a
 * thin title the words its suppliers use.
 */
export interface CorpusStats {
  documents: number;
  /** term → documents holding it (terms in at least two documents). */
  df: Record<string, number>;
  /** word → associated words with a strength 0–1, strongest first. */
  associations: Record<string, Array<[string, number]>>;
}

export interface CompanyProductSummary {
  name: string;
  capabilityCodes: string[];
  domainCodes: string[];
  maturity: Maturity;
  caseCount: number;
}

/** What a company offers. Plain, serialisable data. */
export interface CompanyProfile {
  id: string;
  name: string;
  /** Capability strength 0–1: 1 shown by a listed product, 0.7 declared, 0.25 named in texts. */
  capabilities: SparseVector;
  /** Evidence per capability 0–1 (listed products and their maturity). */
  capabilityEvidence: SparseVector;
  /** Domain fit 1 for every domain the company or a product declares (or a case is in). */
  domainCodes: string[];
  /** Domain groups of those domains. */
  domainGroups: string[];
  /** Reference cases per domain. */
  casesByDomain: SparseVector;
  /** Keyword document: term → saturated term frequency 0–1. */
  terms: SparseVector;
  deploymentModes: string[];
  certifications: string[];
  products: CompanyProductSummary[];
  /**
   * How far the company shows an AI capability of its own, 0–1: listed products and declared
   * capabilities, capability words and AI vocabulary in its texts; a distributor, reseller or
   * outsourcer without own AI work stays near 0 whatever words it shares with a scenario.
   */
  ai: number;
  /** Why `ai` is low, for the explanation: a trading/outsourcing role, or no AI words at all. */
  aiNote?: 'reseller' | 'none' | 'weak';
  /** Trade roles its introduction names (代理, 安装 …) when they hold `ai` down, for the explanation. */
  aiRoles?: string[];
}

export interface Match {
  id: string;
  /** 0–100, integer. */
  score: number;
  reasons: string[];
}

export interface ScoreComponents {
  /** Each 0–100 (integer); capability is null when the scenario states no requirement and none could be inferred. */
  capability: number | null;
  keywords: number;
  domain: number;
  evidence: number;
}

export interface Explanation {
  score: number;
  eligible: boolean;
  reasons: string[];
  whyNot: string[];
  components: ScoreComponents;
  /** Where the scenario's capability requirement comes from (根据标题推断 when inferred). */
  capabilitySource: CapabilitySource;
  /** The company's own-AI factor applied to the total, 0–100. */
  aiFactor: number;
  /** The factor for a company working in other domains applied to the total, 0–100. */
  fieldFactor: number;
}
