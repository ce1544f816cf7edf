import { scenarioInputFromListRow, type DemoEnterpriseRecord, type ScenarioListRecord } from '../matching.seed-adapters';
import type { MatchingTaxonomy, ScenarioInput } from '../matching.types';

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

/** A scenario written for an evaluation set, as the index reads its unit and texts. */
export function writtenScenarioInput(
  s: Pick<AuthoredScenario, 'id' | 'title' | 'domain' | 'agencyName' | 'description' | 'painPoints' | 'expectedOutcome'>,
): ScenarioInput {
  return {
    id: s.id,
    title: s.title,
    domainCode: s.domain,
    agencyName: s.agencyName,
    description: s.description,
    painPoints: s.painPoints,
    expectedOutcome: s.expectedOutcome,
  };
}

/** The scenario inputs of the labelled set: the list rows as published, the authored ones (optionally stripped of their texts). */
export function labelledScenarioInputs(data: EvalData): { thin: ScenarioInput[]; rich: ScenarioInput[]; richStripped: ScenarioInput[] } {
  const thin = data.listRows.map((row) => scenarioInputFromListRow(row));
  const rich = data.labelled.authoredScenarios.map(
    (s): ScenarioInput => ({ ...writtenScenarioInput(s), capabilityCodes: s.capabilities, requirements: s.requirements }),
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
