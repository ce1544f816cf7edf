import type { CompanyInput, Maturity, ScenarioInput } from './matching.types';

/**
 * Adapters from the seed files' shapes (already parsed by the caller) to engine inputs. The seed
 * files name capabilities, domains and certifications in Chinese; the model accepts names or codes.
 */

/** One company of `seeds/data/demo-enterprises.json` (the fields matching reads). */
export interface DemoEnterpriseRecord {
  key: string;
  name: string;
  profile?: string;
  capabilities?: string[];
  domains?: string[];
  certifications?: string[];
  decoy?: boolean;
  products?: Array<{
    key?: string;
    name: string;
    description?: string;
    capabilities?: string[];
    domains?: string[];
    maturity?: string;
    deploymentModes?: string[];
    cases?: string[];
  }>;
}

/** One row of `seeds/data/city-ai-scenarios-batch1.tsv`. */
export interface ScenarioListRecord {
  序号: string;
  应用领域: string;
  场景名称: string;
  责任单位: string;
}

const MATURITIES: readonly Maturity[] = ['prototype', 'pilot', 'scaled'];

export function companyInputFromDemo(e: DemoEnterpriseRecord): CompanyInput {
  return {
    id: e.key,
    name: e.name,
    introduction: e.profile,
    capabilityCodes: e.capabilities ?? [],
    domainCodes: e.domains ?? [],
    certifications: e.certifications ?? [],
    cases: [],
    products: (e.products ?? []).map((p) => ({
      id: p.key,
      name: p.name,
      description: p.description ?? '',
      capabilityCodes: p.capabilities ?? [],
      domainCodes: p.domains ?? [],
      maturity: MATURITIES.includes(p.maturity as Maturity) ? (p.maturity as Maturity) : 'prototype',
      deploymentModes: p.deploymentModes ?? [],
      cases: p.cases ?? [],
    })),
  };
}

/** A thin scenario from a published list row: title, domain and unit only. `idPrefix` + the row number make the id. */
export function scenarioInputFromListRow(row: ScenarioListRecord, idPrefix = 'batch1-'): ScenarioInput {
  return {
    id: `${idPrefix}${String(row.序号).padStart(2, '0')}`,
    title: row.场景名称,
    domainCode: row.应用领域,
    agencyName: row.责任单位,
  };
}

/** A company described in its own words (the held-out set's shape): no taxonomy codes, free tags. */
export interface DescribedCompanyRecord {
  id: string;
  name: string;
  profile?: string;
  tags?: string[];
  products?: Array<{ name: string; description?: string }>;
  cases?: Array<{ title?: string; description?: string }>;
}

/**
 * Tags naming a capability or a domain count as declared (the model maps names it knows); the
 * rest stay text. Products carry no declared capabilities or maturity: their words speak.
 */
export function companyInputFromDescribed(c: DescribedCompanyRecord): CompanyInput {
  return {
    id: c.id,
    name: c.name,
    introduction: c.profile,
    tags: c.tags ?? [],
    capabilityCodes: [],
    domainCodes: [],
    certifications: [],
    cases: (c.cases ?? []).map((k) => ({ text: [k.title, k.description].filter(Boolean).join('：') })),
    products: (c.products ?? []).map((p) => ({
      name: p.name,
      description: p.description ?? '',
      capabilityCodes: [],
      domainCodes: [],
      maturity: 'prototype',
      deploymentModes: [],
      cases: [],
    })),
  };
}

/** Pairs of a synonym list with one pair per line, comma-separated (the `segment` package's format). */
export function parseSynonymList(text: string): Array<[string, string]> {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(',').map((w) => w.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && !!pair[0] && !!pair[1]);
}
