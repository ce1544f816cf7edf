import { MatchIndex } from '../matching.index';
import { MatchingModel } from '../matching.model';
import { companyInputFromDemo, scenarioInputFromListRow, type DemoEnterpriseRecord, type ScenarioListRecord } from '../matching.seed-adapters';
import type { Match, MatchingTaxonomy, ScenarioInput } from '../matching.types';

/** A scenario written for the labelled set, as an agency would author it in the portal. */
export interface AuthoredScenario {
  id: string;
  title: string;
  domain: string;
  agencyName?: string;
  description?: string;
  painPoints?: string;
  expectedOutcome?: string;
  capabilities?: string[];
  requirements?: { deploymentModes?: string[]; certifications?: string[] };
}

/** The shape of `labelled-set.json`. Grades: 0 none, 1 marginal, 2 good, 3 ideal. */
export interface LabelledSet {
  version: number;
  description?: string;
  authoredScenarios: AuthoredScenario[];
  /** Scenario → the companies relevant to it (unlisted companies are 0; `notRelevant` are explicit 0s). */
  scenarioJudgements: Array<{ scenario: string; relevant: Record<string, number>; notRelevant?: string[] }>;
  /** Company → the scenarios relevant to it (must agree with the scenario judgements). */
  companyJudgements: Array<{ company: string; relevant: Record<string, number> }>;
}

export interface EvalData {
  taxonomy: MatchingTaxonomy;
  listRows: ScenarioListRecord[];
  enterprises: DemoEnterpriseRecord[];
  labelled: LabelledSet;
}

/** The sets measured: the real list (thin), authored scenarios with and without their texts, and both together. */
export type EvalSetName = 'all' | 'thin' | 'rich' | 'rich_stripped';
export const EVAL_SETS: readonly EvalSetName[] = ['all', 'thin', 'rich', 'rich_stripped'];

export interface EvalMetric {
  metric: string;
  value: number;
  set: EvalSetName;
}

export interface QueryResult {
  set: EvalSetName;
  direction: 'scenario_to_company' | 'company_to_scenario';
  query: string;
  /** Rank (1-based) of the first relevant item; 0 when none was ranked. */
  firstRelevantRank: number;
  ndcg5: number;
  top: Array<{ id: string; score: number; grade: number }>;
}

export interface EvalResult {
  metrics: EvalMetric[];
  queries: QueryResult[];
}

/** Problems with a labelled set: unknown keys or ids, grades out of range, the two directions disagreeing. */
export function checkLabelledSet(set: LabelledSet, companyKeys: string[], scenarioIds: string[]): string[] {
  const problems: string[] = [];
  const companies = new Set(companyKeys);
  const scenarios = new Set(scenarioIds);
  const grades = new Map<string, number>();
  for (const j of set.scenarioJudgements) {
    if (!scenarios.has(j.scenario)) problems.push(`unknown scenario ${j.scenario}`);
    for (const [company, grade] of Object.entries(j.relevant)) {
      if (!companies.has(company)) problems.push(`unknown company ${company} (scenario ${j.scenario})`);
      if (!Number.isInteger(grade) || grade < 0 || grade > 3) problems.push(`grade ${grade} out of 0–3 (${j.scenario}, ${company})`);
      grades.set(`${j.scenario}|${company}`, grade);
    }
    for (const company of j.notRelevant ?? []) {
      if (!companies.has(company)) problems.push(`unknown company ${company} (scenario ${j.scenario})`);
      if (j.relevant[company]) problems.push(`${company} both relevant and not relevant to ${j.scenario}`);
    }
  }
  for (const j of set.companyJudgements) {
    if (!companies.has(j.company)) problems.push(`unknown company ${j.company}`);
    for (const [scenario, grade] of Object.entries(j.relevant)) {
      if ((grades.get(`${scenario}|${j.company}`) ?? 0) !== grade) problems.push(`${j.company} → ${scenario}: ${grade} disagrees with the scenario judgement`);
    }
  }
  for (const [key, grade] of grades) {
    const [scenario, company] = key.split('|');
    if (grade > 0 && set.companyJudgements.some((j) => j.company === company) && !set.companyJudgements.some((j) => j.company === company && j.relevant[scenario] === grade)) {
      problems.push(`${company} lacks ${scenario} (${grade}) in its company judgement`);
    }
  }
  return problems;
}

/** The scenario inputs of the labelled set: the list rows as published, the authored ones (optionally stripped of their texts). */
export function labelledScenarioInputs(data: EvalData): { thin: ScenarioInput[]; rich: ScenarioInput[]; richStripped: ScenarioInput[] } {
  const thin = data.listRows.map((row) => scenarioInputFromListRow(row));
  const rich = data.labelled.authoredScenarios.map(
    (s): ScenarioInput => ({
      id: s.id,
      title: s.title,
      domainCode: s.domain,
      agencyName: s.agencyName,
      description: s.description,
      painPoints: s.painPoints,
      expectedOutcome: s.expectedOutcome,
      capabilityCodes: s.capabilities,
      requirements: s.requirements,
    }),
  );
  // What a published list would carry: title, domain and unit (the hard requirements stay, they decide eligibility).
  const richStripped = rich.map((s): ScenarioInput => ({ id: s.id, title: s.title, domainCode: s.domainCode, agencyName: s.agencyName, requirements: s.requirements }));
  return { thin, rich, richStripped };
}

const log2 = (x: number) => Math.log(x) / Math.LN2;

/** nDCG@k with gains 2^grade − 1. */
export function ndcgAt(k: number, rankedGrades: number[], allGrades: number[]): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / log2(i + 2), 0);
  const ideal = dcg([...allGrades].sort((a, b) => b - a));
  return ideal > 0 ? dcg(rankedGrades) / ideal : 0;
}

function firstRelevant(ranked: number[]): number {
  const i = ranked.findIndex((g) => g > 0);
  return i < 0 ? 0 : i + 1;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round4 = (x: number) => Math.round(x * 10000) / 10000;

/**
 * MRR and nDCG@5 in both directions, on each set. Every set is scored in its own index holding
 * all demo companies and that set's scenarios — the rankings a user would see.
 */
export function evaluateMatching(data: EvalData, model: MatchingModel = MatchingModel.fromTaxonomy(data.taxonomy)): EvalResult {
  const companies = data.enterprises.map((e) => model.companyProfile(companyInputFromDemo(e)));
  const decoys = new Set(data.enterprises.filter((e) => e.decoy).map((e) => e.key));
  const inputs = labelledScenarioInputs(data);
  const grade = new Map<string, number>();
  for (const j of data.labelled.scenarioJudgements) for (const [c, g] of Object.entries(j.relevant)) grade.set(`${j.scenario}|${c}`, g);
  const gradeOf = (scenario: string, company: string) => grade.get(`${scenario}|${company}`) ?? 0;

  const metrics: EvalMetric[] = [];
  const queries: QueryResult[] = [];
  for (const set of EVAL_SETS) {
    const scenarios = set === 'thin' ? inputs.thin : set === 'rich' ? inputs.rich : set === 'rich_stripped' ? inputs.richStripped : [...inputs.thin, ...inputs.rich];
    const index = new MatchIndex(model);
    for (const c of companies) index.upsertCompany(c);
    for (const s of scenarios) index.upsertScenario(model.scenarioProfile(s));
    const scenarioIds = new Set(scenarios.map((s) => s.id));

    const s2c: QueryResult[] = [];
    let decoyInTop5 = 0;
    for (const j of data.labelled.scenarioJudgements) {
      if (!scenarioIds.has(j.scenario) || !Object.values(j.relevant).some((g) => g > 0)) continue;
      const ranked = index.topCompaniesFor(j.scenario, companies.length);
      if (ranked.slice(0, 5).some((m) => decoys.has(m.id))) decoyInTop5++;
      s2c.push(result(set, 'scenario_to_company', j.scenario, ranked, (id) => gradeOf(j.scenario, id), Object.values(j.relevant)));
    }
    const c2s: QueryResult[] = [];
    for (const j of data.labelled.companyJudgements) {
      const relevant = Object.entries(j.relevant).filter(([s, g]) => scenarioIds.has(s) && g > 0);
      if (!relevant.length) continue;
      const ranked = index.topScenariosFor(j.company, scenarios.length);
      c2s.push(result(set, 'company_to_scenario', j.company, ranked, (id) => gradeOf(id, j.company), relevant.map(([, g]) => g)));
    }
    queries.push(...s2c, ...c2s);
    const rr = (qs: QueryResult[]) => round4(mean(qs.map((q) => (q.firstRelevantRank ? 1 / q.firstRelevantRank : 0))));
    metrics.push(
      { metric: 'mrr_scenario_to_company', value: rr(s2c), set },
      { metric: 'ndcg5_scenario_to_company', value: round4(mean(s2c.map((q) => q.ndcg5))), set },
      { metric: 'mrr_company_to_scenario', value: rr(c2s), set },
      { metric: 'ndcg5_company_to_scenario', value: round4(mean(c2s.map((q) => q.ndcg5))), set },
      { metric: 'decoy_in_top5_rate', value: round4(s2c.length ? decoyInTop5 / s2c.length : 0), set },
      { metric: 'queries_scenario_to_company', value: s2c.length, set },
      { metric: 'queries_company_to_scenario', value: c2s.length, set },
    );
  }
  return { metrics, queries };
}

function result(set: EvalSetName, direction: QueryResult['direction'], query: string, ranked: Match[], gradeOf: (id: string) => number, allGrades: number[]): QueryResult {
  const grades = ranked.map((m) => gradeOf(m.id));
  return {
    set,
    direction,
    query,
    firstRelevantRank: firstRelevant(grades),
    ndcg5: round4(ndcgAt(5, grades, allGrades)),
    top: ranked.slice(0, 5).map((m, i) => ({ id: m.id, score: m.score, grade: grades[i] })),
  };
}
