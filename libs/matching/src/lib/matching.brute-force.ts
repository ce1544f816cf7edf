import type { MatchingModel } from './matching.model';
import { CompanyLookup, components, isEligible, matchReasons, pairSums, requiredMass, toScore } from './matching.scoring';
import type { CompanyProfile, Match, ScenarioProfile } from './matching.types';

/**
 * The reference ranking: every pair scored from the profiles, one by one. Slow on purpose — the
 * index must return exactly this (tests compare the two); never use it on a full catalogue.
 */
export function rankCompaniesBruteForce(model: MatchingModel, scenario: ScenarioProfile, companies: CompanyProfile[], k: number): Match[] {
  const mass = requiredMass(scenario);
  const scored: Array<{ id: string; total: number; lookup: CompanyLookup }> = [];
  for (const profile of companies) {

    const lookup = new CompanyLookup(profile);
    const sums = pairSums(scenario, lookup);
    if ((sums.capability <= 0 && sums.keywords <= 0) || !isEligible(scenario, lookup)) continue;
    const total = components(sums.capability, sums.evidence, sums.keywords, sums.domain, sums.cases, mass, scenario.lexicalFull, lookup.aiFactor).total;
    if (toScore(total) >= 1) scored.push({ id: profile.id, total, lookup });
  }
  scored.sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, Math.max(0, k)).map((x) => ({ id: x.id, score: toScore(x.total), reasons: matchReasons(model, scenario, x.lookup, pairSums(scenario, x.lookup)) }));
}

/** The reference ranking of scenarios for one company. */
export function rankScenariosBruteForce(model: MatchingModel, company: CompanyProfile, scenarios: ScenarioProfile[], k: number): Match[] {

  const lookup = new CompanyLookup(company);
  const scored: Array<{ scenario: ScenarioProfile; total: number }> = [];
  for (const scenario of scenarios) {
    const sums = pairSums(scenario, lookup);
    if ((sums.capability <= 0 && sums.keywords <= 0) || !isEligible(scenario, lookup)) continue;
    const total = components(sums.capability, sums.evidence, sums.keywords, sums.domain, sums.cases, requiredMass(scenario), scenario.lexicalFull, lookup.aiFactor).total;
    if (toScore(total) >= 1) scored.push({ scenario, total });
  }
  scored.sort((a, b) => b.total - a.total || (a.scenario.id < b.scenario.id ? -1 : a.scenario.id > b.scenario.id ? 1 : 0));
  return scored
    .slice(0, Math.max(0, k))
    .map((x) => ({ id: x.scenario.id, score: toScore(x.total), reasons: matchReasons(model, x.scenario, lookup, pairSums(x.scenario, lookup)) }));
}
