import { MATURITY_LABEL, MATURITY_VALUE, type MatchingModel } from './matching.model';
import { MatchingTokenizer } from './matching.tokenizer';
import type { CompanyProfile, Explanation, Maturity, ScenarioProfile } from './matching.types';

/**
 * How the components make a 0–100 score. The textual fit (BM25-style coverage of the scenario's
 * words and character bigrams by the company's whole document) is the backbone; capability
 * coverage through the taxonomy is a boost on top of it, never a gate; domain and evidence count
 * in proportion to the textual fit, so they cannot lift an unrelated company; and the total is
 * scaled by the company's own-AI factor, so that a reseller sharing every word stays low.
 */
export const SCORE_WEIGHTS = { keywords: 0.7, capability: 0.14, domain: 0.09, evidence: 0.07 } as const;
/** Share of the capability boost and of the domain fit that counts without textual support. */
export const CAPABILITY_UNSUPPORTED = 0.2;
export const DOMAIN_UNSUPPORTED = 0.4;
/**
 * Own-AI factor: floor for a company with no evidence of AI work of its own, and the slope up to 1
 * (reached at ai = 0.375: 1.5 of the 4 evidence points of matching.own-ai.ts, e.g. one AI product
 * described by its technique, or a technique word with own work).
 */
export const AI_FACTOR = { floor: 0.1, slope: 2.4 } as const;
/**
 * A company known to work in other domains (declared or read from its texts) than the scenario's
 * known domain loses up to this share of a weak textual fit: generic AI words shared by a company
 * from another field are not a fit. A full textual fit loses nothing.
 */
export const OTHER_FIELD_PENALTY = 0.35;
/**
 * Domain fit: the scenario's own domain, a domain where the scenario's kind also occurs, the same
 * domain group; negative values are the share of OTHER_FIELD_PENALTY that applies: a company known
 * to work in other domains (other), and one whose texts name no domain at all (unnamed), so that
 * an AI company whose documents share only generic AI words with the scenario and none of its
 * field's vocabulary is held down as well, less than one that works elsewhere.
 */
export const DOMAIN_FIT = { same: 1, related: 0.6, group: 0.3, other: -1, unnamed: -0.5 } as const;
/** Evidence: cases in the scenario's domain (two count fully) and listed products with the needed capabilities. */
export const EVIDENCE_WEIGHTS = { cases: 0.4, products: 0.6 } as const;
const CASES_FULL = 2;

/** The factor (0.1–1) by which a company's own AI evidence scales its totals. */
export function aiFactor(ai: number): number {
  const f = AI_FACTOR.floor + AI_FACTOR.slope * ai;
  return f >= 1 ? 1 : f;
}

/** A company profile with look-up maps, built once per company and reused for every pair. */
export class CompanyLookup {
  readonly capabilities: Map<string, number>;
  readonly evidence: Map<string, number>;
  readonly terms: Map<string, number>;
  readonly domains: Set<string>;
  readonly groups: Set<string>;
  readonly cases: Map<string, number>;
  readonly deploymentModes: Set<string>;
  readonly certifications: Set<string>;
  readonly aiFactor: number;

  constructor(readonly profile: CompanyProfile) {
    this.aiFactor = aiFactor(profile.ai ?? 1);
    this.capabilities = new Map(profile.capabilities);
    this.evidence = new Map(profile.capabilityEvidence);
    this.terms = new Map(profile.terms);
    this.domains = new Set(profile.domainCodes);
    this.groups = new Set(profile.domainGroups);
    this.cases = new Map(profile.casesByDomain);
    this.deploymentModes = new Set(profile.deploymentModes);
    this.certifications = new Set(profile.certifications);
  }
}

/** Raw sums of one scenario–company pair, in the exact order the inverted index adds them. */
export interface PairSums {
  /** Σ required weight × company strength. */
  capability: number;
  /** Σ required weight × product evidence. */
  evidence: number;
  /** Σ query weight × document weight. */
  keywords: number;
  /** Domain fit 0–1; −1 (DOMAIN_FIT.other) when both domains are known and unrelated, −0.5 (unnamed) when the company names none. */
  domain: number;
  /** Reference cases in the scenario's domain. */
  cases: number;
}

/**
 * The capability and evidence denominator: the mass of what a scenario needs most. Capabilities
 * at full weight (stated by the author, or named outright in the title) are each required; beyond
 * them, the capabilities a kind brings are the menu of ways such a task is done (a hotline: large
 * models, NLP, knowledge graphs, speech, agents), not a checklist. So the denominator is the mass
 * of the CORE_CAPABILITIES heaviest (or of every full-weight one, if more), the others count as a
 * bonus, and the coverage is capped at 1. Before, a supplier strong in the two capabilities a
 * title needs most read 30 % coverage against a five-capability menu, and a textual fit plus a
 * capability fit could not read high.
 */
export const CORE_CAPABILITIES = 2;
export function requiredMass(scenario: ScenarioProfile): number {
  let sum = 0;
  let stated = 0;
  const weights: number[] = [];
  for (const [, w] of scenario.capabilities) {
    sum += w;
    if (w >= 1) stated++;
    weights.push(w);
  }
  const k = Math.max(CORE_CAPABILITIES, stated);
  if (weights.length <= k) return sum;
  weights.sort((a, b) => b - a);
  let core = 0;
  for (let i = 0; i < k; i++) core += weights[i];
  return core;
}

/** Coverage of the needed capabilities (0–1): Σ weight × strength over the core mass, capped. */
function coverage(sum: number, mass: number): number {
  return mass > 0 ? (sum >= mass ? 1 : sum / mass) : 0;
}

/** The pair's sums, straight from the profiles (the brute-force path; the index computes the same numbers). */
export function pairSums(scenario: ScenarioProfile, company: CompanyLookup): PairSums {
  let capability = 0;
  let evidence = 0;
  for (const [code, w] of scenario.capabilities) {
    const s = company.capabilities.get(code);
    if (s === undefined) continue;
    capability += w * s;
    evidence += w * (company.evidence.get(code) ?? 0);
  }
  let keywords = 0;
  for (const [term, q] of scenario.terms) {
    const d = company.terms.get(term);
    if (d !== undefined) keywords += q * d;
  }
  let domain = 0;
  if (company.domains.has(scenario.domainCode)) domain = DOMAIN_FIT.same;
  else if (scenario.relatedDomainCodes.some((d) => company.domains.has(d))) domain = DOMAIN_FIT.related;
  else if (company.groups.has(scenario.domainGroup)) domain = DOMAIN_FIT.group;
  else if (scenario.domainKnown) domain = company.domains.size > 0 ? DOMAIN_FIT.other : DOMAIN_FIT.unnamed;
  return { capability, evidence, keywords, domain, cases: company.cases.get(scenario.domainCode) ?? 0 };
}

export interface ComponentValues {
  capability: number;
  keywords: number;
  domain: number;
  evidence: number;
  /** The own-AI factor applied to the total. */
  ai: number;
  /** The other-field factor applied to the total (1 unless the company works in other domains). */
  field: number;
  /** 0–1 before rounding; the ranking key. */
  total: number;
}

/**
 * The total (0–1, the ranking key) from the raw sums, without allocating: the index calls this
 * for every candidate pair. `components` reports the same numbers one by one.
 */
/**
 * Below this share of a full textual fit, shared words are mostly chance: one or two words any
 * brochure uses (规模, 设计, 周期, 优化) that an AI company from another field shares with the
 * title. There the fit grows with the square of the coverage (x² / CHANCE_OVERLAP, continuous at
 * the knee), so a pair resting on one common word falls out of the kept list instead of filling
 * a sparse list's third place; from the knee on the fit is linear as before. Never above the
 * linear coverage, so the index's bounds (totalUpperBound, keywordCut) still hold.
 */
export const CHANCE_OVERLAP = 0.4;

/** Textual fit 0–1: the keyword coverage over the coverage of a full fit, capped; below CHANCE_OVERLAP quadratic. */
export function lexicalFit(keywordSum: number, lexicalFull: number): number {
  if (keywordSum >= lexicalFull) return 1;
  const x = keywordSum / lexicalFull;
  return x >= CHANCE_OVERLAP ? x : (x * x) / CHANCE_OVERLAP;
}

export function scoreTotal(capabilitySum: number, evidenceSum: number, keywordSum: number, domain: number, cases: number, mass: number, lexicalFull: number, ai: number): number {
  const keywords = lexicalFit(keywordSum, lexicalFull);
  const evidence = EVIDENCE_WEIGHTS.cases * (cases >= CASES_FULL ? 1 : cases / CASES_FULL) + EVIDENCE_WEIGHTS.products * coverage(evidenceSum, mass);
  const fit =
    (mass > 0 ? SCORE_WEIGHTS.keywords * keywords + SCORE_WEIGHTS.capability * coverage(capabilitySum, mass) * (CAPABILITY_UNSUPPORTED + (1 - CAPABILITY_UNSUPPORTED) * keywords) : (SCORE_WEIGHTS.keywords + SCORE_WEIGHTS.capability) * keywords) +
    SCORE_WEIGHTS.domain * (domain > 0 ? domain : 0) * (DOMAIN_UNSUPPORTED + (1 - DOMAIN_UNSUPPORTED) * keywords) +
    SCORE_WEIGHTS.evidence * evidence * keywords;
  const field = domain < 0 ? 1 + OTHER_FIELD_PENALTY * domain * (1 - keywords) : 1;
  return (fit >= 1 ? 1 : fit) * ai * field;
}

/**
 * An upper bound of `scoreTotal` from the keyword sum and the own-AI factor alone (capability
 * coverage, evidence and domain at their best, no other-field penalty): the index scores a pair
 * in full only when this bound could reach its current floor. Slightly widened against rounding.
 */
export const BOUND_BASE = SCORE_WEIGHTS.capability * CAPABILITY_UNSUPPORTED + SCORE_WEIGHTS.domain * DOMAIN_UNSUPPORTED;
export const BOUND_SLOPE = SCORE_WEIGHTS.keywords + SCORE_WEIGHTS.capability * (1 - CAPABILITY_UNSUPPORTED) + SCORE_WEIGHTS.domain * (1 - DOMAIN_UNSUPPORTED) + SCORE_WEIGHTS.evidence;
export function totalUpperBound(keywordSum: number, lexicalFull: number, ai: number): number {
  const keywords = keywordSum >= lexicalFull ? 1 : keywordSum / lexicalFull;
  const fit = BOUND_BASE + BOUND_SLOPE * keywords;
  return ai * fit * (1 + 1e-9) + 1e-12;
}

/** The components (0–1), the own-AI factor and the total, from the raw sums. */
export function components(capabilitySum: number, evidenceSum: number, keywordSum: number, domain: number, cases: number, mass: number, lexicalFull: number, ai: number): ComponentValues {
  return {
    capability: coverage(capabilitySum, mass),
    keywords: lexicalFit(keywordSum, lexicalFull),
    domain: domain > 0 ? domain : 0,
    evidence: EVIDENCE_WEIGHTS.cases * (cases >= CASES_FULL ? 1 : cases / CASES_FULL) + EVIDENCE_WEIGHTS.products * coverage(evidenceSum, mass),
    ai,
    field: domain < 0 ? 1 + OTHER_FIELD_PENALTY * domain * (1 - lexicalFit(keywordSum, lexicalFull)) : 1,
    total: scoreTotal(capabilitySum, evidenceSum, keywordSum, domain, cases, mass, lexicalFull, ai),
  };
}

/**
 * Pairs scoring below this are not kept, so no user ever sees them: the server stores only pairs
 * at or above it (the agency's 匹配企业, a company's 为我推荐), and the eval counts decoys in the
 * lists as kept. One constant, so that the product and its measurement cannot drift apart.
 */
export const MIN_KEPT_SCORE = 10;

/** 0–1 → integer 0–100. */
export function toScore(total: number): number {
  return Math.max(0, Math.min(100, Math.round(total * 100)));
}

/** Hard requirements the company does not meet, as why-not phrases (empty: eligible). */
export function eligibilityGaps(model: MatchingModel, scenario: ScenarioProfile, company: CompanyLookup): string[] {
  const gaps: string[] = [];
  const modes = scenario.requirements.deploymentModes;
  if (modes.length && !modes.some((m) => company.deploymentModes.has(m))) {
    gaps.push(`不满足：需要${modes.map((m) => model.deploymentModeName(m)).join('或')}`);
  }
  for (const c of scenario.requirements.certifications) {
    if (!company.certifications.has(c)) gaps.push(`缺少资质：${model.certificationName(c)}`);
  }
  return gaps;
}

/** Quick test used in the index's inner loop. */
export function isEligible(scenario: ScenarioProfile, company: CompanyLookup): boolean {
  const modes = scenario.requirements.deploymentModes;
  if (modes.length && !modes.some((m) => company.deploymentModes.has(m))) return false;
  return scenario.requirements.certifications.every((c) => company.certifications.has(c));
}

const MAX_LISTED = 3;
const MIN_REASON_CONTRIBUTION = 0.004;
const MIN_REASON_QUERY_WEIGHT = 0.008;
/** A word shown without its bigram mark. */
const display = (term: string) => (MatchingTokenizer.isBigram(term) ? term.slice(1) : term);

/**
 * What the reasons of a scenario's pairs need of the scenario alone, worked out once per scenario
 * (a rebuild builds the reasons of two million pairs, a hundred or more per scenario): its
 * capabilities with their names, the terms that may be named (query weight high enough, with
 * how they are shown), the domain's name, the needed capabilities, the requirements' names.
 */
export class ScenarioReasonContext {
  /** Required capabilities in key order: code, weight, name. */
  readonly capabilities: Array<{ code: string; weight: number; name: string }>;
  readonly capabilityLabel: string;
  /** Terms the scenario itself stresses, in key order: term, query weight, displayed word. */
  readonly terms: Array<{ term: string; q: number; shown: string }>;
  readonly sameDomain: string;
  /** Capabilities needed with weight ≥ 0.5 (a listed product with one of them counts). */
  readonly needed: Set<string>;
  /** Required deployment modes and certifications with their names. */
  readonly modes: Array<{ code: string; name: string }>;
  readonly certifications: Array<{ code: string; name: string }>;

  constructor(
    readonly model: MatchingModel,
    scenario: ScenarioProfile,
  ) {
    this.capabilities = scenario.capabilities.map(([code, weight]) => ({ code, weight, name: model.capabilityName(code) }));
    this.capabilityLabel = scenario.capabilitySource === 'stated' ? '能力匹配' : '能力匹配（根据标题推断）';
    // The query weight a term is judged by is its (last) entry's, as a map of the terms reads it.
    const queryWeight = new Map(scenario.terms);
    this.terms = scenario.terms.filter(([t]) => (queryWeight.get(t) ?? 0) >= MIN_REASON_QUERY_WEIGHT).map(([term, q]) => ({ term, q, shown: display(term) }));
    this.sameDomain = `同领域：${model.domainName(scenario.domainCode)}`;
    this.needed = new Set(scenario.capabilities.filter(([, w]) => w >= 0.5).map(([code]) => code));
    this.modes = scenario.requirements.deploymentModes.map((code) => ({ code, name: model.deploymentModeName(code) }));
    this.certifications = scenario.requirements.certifications.map((code) => ({ code, name: model.certificationName(code) }));
  }
}

const reasonContexts = new WeakMap<ScenarioProfile, ScenarioReasonContext>();

/** The scenario's reason context (made once per profile and model; profiles are treated as immutable). */
export function scenarioReasonContext(model: MatchingModel, scenario: ScenarioProfile): ScenarioReasonContext {
  let context = reasonContexts.get(scenario);
  if (!context || context.model !== model) reasonContexts.set(scenario, (context = new ScenarioReasonContext(model, scenario)));
  return context;
}

/** Short Chinese reasons a civil servant can check against the company's page. */
export function matchReasons(model: MatchingModel, scenario: ScenarioProfile, company: CompanyLookup, sums: PairSums): string[] {
  return pairReasons(scenarioReasonContext(model, scenario), company, sums);
}

/** matchReasons from the scenario's reason context (the same reasons, without redoing the scenario's part per pair). */
export function pairReasons(context: ScenarioReasonContext, company: CompanyLookup, sums: PairSums): string[] {
  const reasons: string[] = [];
  const held = company.capabilities;
  const strongCaps: Array<[string, number, string]> = [];
  for (const c of context.capabilities) {
    const s = held.get(c.code) ?? 0;
    if (s >= 0.5) strongCaps.push([c.code, c.weight * s, c.name]);
  }
  if (strongCaps.length) {
    strongCaps.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const strong = strongCaps.slice(0, MAX_LISTED).map((c) => c[2]);
    reasons.push(`${context.capabilityLabel}：${strong.join('、')}`);
  }

  const contributions: Array<[string, number, string]> = [];
  const companyTerms = company.terms;
  for (const t of context.terms) {
    const c = t.q * (companyTerms.get(t.term) ?? 0);
    // Words the scenario itself stresses, not the faint domain-vocabulary expansion.
    if (c >= MIN_REASON_CONTRIBUTION) contributions.push([t.term, c, t.shown]);
  }
  if (contributions.length) {
    contributions.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const words: string[] = [];
    for (const [, , w] of contributions) {
      if (words.length >= MAX_LISTED) break;
      // 医学影像 already says 影像.
      if (words.some((x) => x.includes(w) || w.includes(x))) continue;
      words.push(w);
    }
    if (words.length) reasons.push(`关键词：${words.join('、')}`);
  }

  if (sums.cases > 0) reasons.push(`同领域案例 ${sums.cases} 个`);
  else if (sums.domain === DOMAIN_FIT.same) reasons.push(context.sameDomain);
  else if (sums.domain === DOMAIN_FIT.related) reasons.push('相关领域有布局');

  const needed = context.needed;
  if (needed.size) {
    let relevant = 0;
    let best: Maturity = 'prototype';
    for (const p of company.profile.products) {
      if (!p.capabilityCodes.some((c) => needed.has(c))) continue;
      relevant++;
      if (MATURITY_VALUE[p.maturity] > MATURITY_VALUE[best]) best = p.maturity;
    }
    if (relevant) reasons.push(`已入库产品 ${relevant} 个（${MATURITY_LABEL[best]}）`);
  }
  if (context.modes.length) {
    const modes = context.modes.filter((m) => company.deploymentModes.has(m.code));
    if (modes.length) reasons.push(`支持${modes.map((m) => m.name).join('、')}`);
  }
  if (context.certifications.length) {
    const certs = context.certifications.filter((c) => company.certifications.has(c.code));
    if (certs.length) reasons.push(`具备资质：${certs.map((c) => c.name).join('、')}`);
  }
  // A company whose texts show no AI work of its own says so in the list itself, not only in the explanation.
  const caution = ownAiCaution(company.profile);
  if (caution) reasons.push(caution);
  if (!reasons.length) {
    // A listed match always says something: the weaker signals that brought it here.
    const weak = context.capabilities.filter((c) => held.has(c.code)).map((c) => c.name);
    if (weak.length) reasons.push(`文本提及相关能力：${weak.slice(0, MAX_LISTED).join('、')}`);
    else if (sums.keywords > 0) reasons.push('文本部分相近');
    else if (sums.domain > 0) reasons.push('同一领域大类');
  }
  return reasons;
}

/** What the company's own introduction says it is, when that holds its own-AI factor down (简介自述：代理、安装). */
function ownAiWhy(profile: CompanyProfile): string | undefined {
  return profile.aiNote && profile.aiRoles?.length ? `简介自述：${profile.aiRoles.join('、')}` : undefined;
}

/** A short caution among a listed match's reasons when its own-AI evidence is low. */
function ownAiCaution(profile: CompanyProfile): string | undefined {
  if (profile.aiNote === 'reseller') return `未见自有 AI 能力（${profile.aiRoles?.length ? `简介自述：${profile.aiRoles.join('、')}` : '自述不从事算法研发'}）`;
  if (profile.aiNote === 'weak') return '未见自有 AI 能力（产品与案例未见算法、模型或训练）';
  if (profile.aiNote === 'none') return '未见自有 AI 能力（资料未提及 AI 技术）';
  return undefined;
}

/** The capability a scenario needs most (ties: first code). */
export function primaryCapability(scenario: ScenarioProfile): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of scenario.capabilities) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** What stands between the pair and a good match. */
export function whyNotReasons(model: MatchingModel, scenario: ScenarioProfile, company: CompanyLookup, sums: PairSums, values: ComponentValues): string[] {
  const why = eligibilityGaps(model, scenario, company);
  const note = company.profile.aiNote;
  const said = ownAiWhy(company.profile);
  if (said) why.push(said);
  if (note === 'reseller') why.push('主营代理、经销、外包或集成，未见自有 AI 能力');
  else if (note === 'none') why.push('无相关 AI 能力');
  else if (note === 'weak') why.push('仅提及 AI 相关词语，产品与案例未见自有算法、模型或训练');
  if (scenario.capabilities.length && values.capability === 0 && !note) {
    why.push('无相关 AI 能力');
  } else if (scenario.capabilities.length) {
    const primary = primaryCapability(scenario);
    if (primary && (company.capabilities.get(primary) ?? 0) < 0.5) why.push(`缺少关键能力：${model.capabilityName(primary)}`);
  }
  if (values.ai < 1 && sums.keywords > 0) why.push('仅文字相近，缺少相应 AI 能力支撑');
  else if (values.keywords < 0.3) why.push('产品与案例的描述与场景任务关联弱');
  if (sums.domain === DOMAIN_FIT.unnamed) why.push(`资料未提及${model.domainName(scenario.domainCode)}领域`);
  else if (sums.domain <= 0) why.push('领域不符');
  else if (sums.cases === 0 && values.total < 0.6) why.push(`无${model.domainName(scenario.domainCode)}领域案例`);
  return why;
}

/** The full explanation of one pair. */
export function explainPair(model: MatchingModel, scenario: ScenarioProfile, company: CompanyLookup): Explanation {
  const sums = pairSums(scenario, company);
  const values = components(sums.capability, sums.evidence, sums.keywords, sums.domain, sums.cases, requiredMass(scenario), scenario.lexicalFull, company.aiFactor);
  const gaps = eligibilityGaps(model, scenario, company);
  const eligible = gaps.length === 0;
  return {
    score: eligible ? toScore(values.total) : 0,
    eligible,
    reasons: matchReasons(model, scenario, company, sums),
    whyNot: whyNotReasons(model, scenario, company, sums, values),
    components: {
      // No requirement stated and none inferred: there is no capability coverage to report.
      capability: scenario.capabilities.length ? toScore(values.capability) : null,
      keywords: toScore(values.keywords),
      domain: toScore(values.domain),
      evidence: toScore(values.evidence),
    },
    capabilitySource: scenario.capabilities.length ? scenario.capabilitySource : 'none',
    aiFactor: toScore(values.ai),
    fieldFactor: toScore(values.field),
  };
}
