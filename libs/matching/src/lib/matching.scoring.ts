import { MATURITY_LABEL, MATURITY_VALUE, type MatchingModel } from './matching.model';
import type { CompanyProfile, Explanation, Maturity, ScenarioProfile } from './matching.types';

/**
 * How the four components make a 0–100 score. Capability is the backbone; keywords, evidence
 * and most of the domain fit only count in proportion to capability (the gate), so that a company
 * that merely shares words or a domain with a scenario — a logistics software vendor next to an
 * AI sorting scenario — cannot climb on them.
 */
export const SCORE_WEIGHTS = { capability: 0.4, keywords: 0.25, domain: 0.2, evidence: 0.15 } as const;
/** Capability coverage at which the gate is fully open. */
export const CAPABILITY_GATE = 0.3;
/** Keyword similarity counted as a full keyword match (similarities are query-normalised BM25, 0–1). */
export const KEYWORD_FULL = 0.5;
/** The part of the domain fit that counts even without capability. */
export const DOMAIN_UNGATED = 0.25;
/** Domain fit: the scenario's own domain, a domain where the scenario's kind also occurs, the same domain group. */
export const DOMAIN_FIT = { same: 1, related: 0.6, group: 0.3 } as const;
/** Evidence: cases in the scenario's domain (two count fully) and listed products with the needed capabilities. */
export const EVIDENCE_WEIGHTS = { cases: 0.4, products: 0.6 } as const;
const CASES_FULL = 2;

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

  constructor(readonly profile: CompanyProfile) {
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
  /** Domain fit 0–1. */
  domain: number;
  /** Reference cases in the scenario's domain. */
  cases: number;
}

/** Σ of a scenario's required capability weights (the capability and evidence denominators). */
export function requiredMass(scenario: ScenarioProfile): number {
  let sum = 0;
  for (const [, w] of scenario.capabilities) sum += w;
  return sum;
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
  return { capability, evidence, keywords, domain, cases: company.cases.get(scenario.domainCode) ?? 0 };
}

export interface ComponentValues {
  capability: number;
  keywords: number;
  domain: number;
  evidence: number;
  gate: number;
  /** 0–1 before rounding; the ranking key. */
  total: number;
}

/**
 * The total (0–1, the ranking key) from the raw sums, without allocating: the index calls this
 * for every candidate pair. `components` reports the same numbers one by one.
 */
export function scoreTotal(capabilitySum: number, evidenceSum: number, keywordSum: number, domain: number, cases: number, mass: number): number {
  const capability = mass > 0 ? capabilitySum / mass : 0;
  const gate = capability >= CAPABILITY_GATE ? 1 : capability / CAPABILITY_GATE;
  const keywords = keywordSum >= KEYWORD_FULL ? 1 : keywordSum / KEYWORD_FULL;
  const evidence = EVIDENCE_WEIGHTS.cases * (cases >= CASES_FULL ? 1 : cases / CASES_FULL) + EVIDENCE_WEIGHTS.products * (mass > 0 ? evidenceSum / mass : 0);
  return (
    SCORE_WEIGHTS.capability * capability +
    SCORE_WEIGHTS.keywords * gate * keywords +
    SCORE_WEIGHTS.domain * domain * (DOMAIN_UNGATED + (1 - DOMAIN_UNGATED) * gate) +
    SCORE_WEIGHTS.evidence * gate * evidence
  );
}

/** The four components (0–1), the gate and the total, from the raw sums. */
export function components(capabilitySum: number, evidenceSum: number, keywordSum: number, domain: number, cases: number, mass: number): ComponentValues {
  const capability = mass > 0 ? capabilitySum / mass : 0;
  return {
    capability,
    keywords: keywordSum >= KEYWORD_FULL ? 1 : keywordSum / KEYWORD_FULL,
    domain,
    evidence: EVIDENCE_WEIGHTS.cases * (cases >= CASES_FULL ? 1 : cases / CASES_FULL) + EVIDENCE_WEIGHTS.products * (mass > 0 ? evidenceSum / mass : 0),
    gate: capability >= CAPABILITY_GATE ? 1 : capability / CAPABILITY_GATE,
    total: scoreTotal(capabilitySum, evidenceSum, keywordSum, domain, cases, mass),
  };
}

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
const MIN_REASON_QUERY_WEIGHT = 0.01;

/** Short Chinese reasons a civil servant can check against the company's page. */
export function matchReasons(model: MatchingModel, scenario: ScenarioProfile, company: CompanyLookup, sums: PairSums): string[] {
  const reasons: string[] = [];
  const matched = scenario.capabilities
    .map(([code, w]): [string, number] => [code, w * (company.capabilities.get(code) ?? 0)])
    .filter(([code]) => (company.capabilities.get(code) ?? 0) >= 0.7)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_LISTED)
    .map(([code]) => model.capabilityName(code));
  if (matched.length) reasons.push(`能力匹配：${matched.join('、')}`);

  const words: string[] = [];
  const queryWeight = new Map(scenario.terms);
  const contributions = scenario.terms
    .map(([t, q]): [string, number] => [t, q * (company.terms.get(t) ?? 0)])
    // Words the scenario itself stresses, not the faint domain-vocabulary expansion.
    .filter(([t, c]) => c >= MIN_REASON_CONTRIBUTION && (queryWeight.get(t) ?? 0) >= MIN_REASON_QUERY_WEIGHT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [t] of contributions) {
    if (words.length >= MAX_LISTED) break;
    // 医学影像 already says 影像.
    if (words.some((w) => w.includes(t) || t.includes(w))) continue;
    words.push(t);
  }
  if (words.length) reasons.push(`关键词：${words.join('、')}`);

  if (sums.cases > 0) reasons.push(`同领域案例 ${sums.cases} 个`);
  else if (sums.domain === DOMAIN_FIT.same) reasons.push(`同领域：${model.domainName(scenario.domainCode)}`);
  else if (sums.domain === DOMAIN_FIT.related) reasons.push('相关领域有布局');

  const needed = new Set(scenario.capabilities.filter(([, w]) => w >= 0.5).map(([code]) => code));
  const relevant = company.profile.products.filter((p) => p.capabilityCodes.some((c) => needed.has(c)));
  if (relevant.length) {
    const best = relevant.reduce<Maturity>((m, p) => (MATURITY_VALUE[p.maturity] > MATURITY_VALUE[m] ? p.maturity : m), 'prototype');
    reasons.push(`已入库产品 ${relevant.length} 个（${MATURITY_LABEL[best]}）`);
  }
  const modes = scenario.requirements.deploymentModes.filter((m) => company.deploymentModes.has(m));
  if (modes.length) reasons.push(`支持${modes.map((m) => model.deploymentModeName(m)).join('、')}`);
  const certs = scenario.requirements.certifications.filter((c) => company.certifications.has(c));
  if (certs.length) reasons.push(`具备资质：${certs.map((c) => model.certificationName(c)).join('、')}`);
  return reasons;
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
  if (values.capability === 0) {
    why.push('无相关 AI 能力');
  } else {
    const primary = primaryCapability(scenario);
    if (primary && (company.capabilities.get(primary) ?? 0) < 0.7) why.push(`缺少关键能力：${model.capabilityName(primary)}`);
  }
  if (values.gate < 1 && sums.keywords > 0) why.push('仅文字相近，缺少相应 AI 能力支撑');
  if (sums.domain === 0) why.push('领域不符');
  else if (sums.cases === 0 && values.total < 0.6) why.push(`无${model.domainName(scenario.domainCode)}领域案例`);
  return why;
}

/** The full explanation of one pair. */
export function explainPair(model: MatchingModel, scenario: ScenarioProfile, company: CompanyLookup): Explanation {
  const sums = pairSums(scenario, company);
  const values = components(sums.capability, sums.evidence, sums.keywords, sums.domain, sums.cases, requiredMass(scenario));
  const gaps = eligibilityGaps(model, scenario, company);
  const eligible = gaps.length === 0;
  return {
    score: eligible ? toScore(values.total) : 0,
    eligible,
    reasons: matchReasons(model, scenario, company, sums),
    whyNot: whyNotReasons(model, scenario, company, sums, values),
    components: {
      capability: toScore(values.capability),
      keywords: toScore(values.keywords),
      domain: toScore(values.domain),
      evidence: toScore(values.evidence),
    },
  };
}
