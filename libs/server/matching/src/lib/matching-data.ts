import { chinaToday } from '@scenematch/contracts';
import { parseSynonymList, type CompanyInput, type CorpusStats, type MatchingTaxonomy, type ScenarioInput } from '@scenematch/matching';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { COMPANY_PROFILES, dataVersions as storedDataVersions, domainNames, ORGANISATIONS, PRODUCTS, SCENARIOS, saveTaxonomyDocument, taxonomyDocument, taxonomyDocumentVersion } from '@scenematch/server-data';
import { EntityManager } from 'typeorm';

/** Scenario states whose matches are kept (open for applications). */
export const MATCHABLE_STATUSES = ['published'];

/**
 * The recommendation list's filters on its scenario (`s`, with its domain `d`), added to `where`
 * with their values in `params`: the domain (by code or name) and no deadline before a day.
 */
export function addRecommendationFilters(filters: { domain?: string; deadlineFrom?: string }, params: unknown[], where: string[]): void {
  if (filters.domain) {
    params.push(filters.domain);
    where.push(`(d.code = $${params.length} OR d.name = $${params.length})`);
  }
  if (filters.deadlineFrom) {
    params.push(filters.deadlineFrom);
    where.push(`(s.deadline IS NULL OR s.deadline >= ($${params.length}::date)::timestamp AT TIME ZONE 'Asia/Shanghai')`);
  }
}

interface ScenarioRow {
  id: string;
  title: string;
  domain_code: string;
  agency_name: string;
  description: string;
  pain_points: string;
  expected_outcome: string;
  capability_codes: string[];
}

interface CompanyRow {
  id: string;
  name: string;
  introduction: string | null;
  capability_codes: string[] | null;
  domain_codes: string[] | null;
  certifications: Array<{ kind: string; validUntil: string | null }> | null;
  cases: Array<{ domain: string; summary: string; customer: string }> | null;
  products: Array<{ id: string; name: string; description: string; capability_codes: string[]; domain_codes: string[]; maturity: 'prototype' | 'pilot' | 'scaled'; deployment_modes: string[]; cases: string[] }>;
}

export async function loadTaxonomy(manager: EntityManager): Promise<MatchingTaxonomy> {
  const document = await taxonomyDocument<MatchingTaxonomy>(manager, 'taxonomy');
  if (!document) throw new Error('The taxonomy has not been loaded (run the seeds)');
  return document.body;
}

const SCENARIO_SQL = `
  SELECT s.id, s.title, s.domain_code, o.name AS agency_name, s.description, s.pain_points, s.expected_outcome, s.capability_codes
    FROM ${SCENARIOS} s JOIN ${ORGANISATIONS} o ON o.id = s.agency_id`;

function toScenario(r: ScenarioRow): ScenarioInput {
  return {
    id: r.id,
    title: r.title,
    domainCode: r.domain_code,
    agencyName: r.agency_name,
    description: r.description,
    painPoints: r.pain_points,
    expectedOutcome: r.expected_outcome,
    capabilityCodes: r.capability_codes,
  };
}

/** Open scenarios (all, or these ids); with `anyStatus`, these ids whatever their state. */
export async function loadScenarios(manager: EntityManager, ids?: string[], options: { anyStatus?: boolean } = {}): Promise<ScenarioInput[]> {
  const statuses = options.anyStatus ? null : MATCHABLE_STATUSES;
  const rows = ids
    ? await manager.query<ScenarioRow[]>(`${SCENARIO_SQL} WHERE s.id = ANY($1::uuid[]) AND ($2::text[] IS NULL OR s.status = ANY($2))`, [ids, statuses])
    : await manager.query<ScenarioRow[]>(`${SCENARIO_SQL} WHERE s.status = ANY($1) ORDER BY s.id`, [MATCHABLE_STATUSES]);
  return rows.map(toScenario);
}

const COMPANY_SQL = `
  SELECT o.id, o.name, cp.introduction, cp.capability_codes, cp.domain_codes, cp.certifications, cp.cases,
         coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'description', p.description,
                     'capability_codes', p.capability_codes, 'domain_codes', p.domain_codes, 'maturity', p.maturity,
                     'deployment_modes', p.deployment_modes, 'cases', p.cases) ORDER BY p.id)
                     FROM ${PRODUCTS} p WHERE p.organisation_id = o.id AND p.status = 'listed'), '[]'::json) AS products
    FROM ${ORGANISATIONS} o LEFT JOIN ${COMPANY_PROFILES} cp ON cp.organisation_id = o.id
   WHERE o.type = 'enterprise'`;

function toCompany(r: CompanyRow, domainByName: Map<string, string>): CompanyInput {
  const today = chinaToday();
  return {
    id: r.id,
    name: r.name,
    introduction: r.introduction ?? '',
    capabilityCodes: r.capability_codes ?? [],
    domainCodes: r.domain_codes ?? [],
    certifications: (r.certifications ?? []).filter((c) => !c.validUntil || c.validUntil >= today).map((c) => c.kind),
    cases: (r.cases ?? []).map((c) => ({ domainCode: domainByName.get(c.domain) ?? c.domain, text: `${c.customer} ${c.summary}` })),
    products: r.products.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      capabilityCodes: p.capability_codes,
      domainCodes: p.domain_codes,
      maturity: p.maturity,
      deploymentModes: p.deployment_modes,
      cases: p.cases,
    })),
  };
}

/** Companies (all, or these ids) with their profile and listed products. */
export async function loadCompanies(manager: EntityManager, ids?: string[]): Promise<CompanyInput[]> {
  const domains = await domainNames(manager);
  const byName = new Map(domains.map((d) => [d.name, d.code]));
  const rows = ids
    ? await manager.query<CompanyRow[]>(`${COMPANY_SQL} AND o.id = ANY($1::uuid[])`, [ids])
    : await manager.query<CompanyRow[]>(`${COMPANY_SQL} ORDER BY o.id`);
  return rows.map((r) => toCompany(r, byName));
}

/** The current data versions of scenarios and products (bumped by triggers on every change). */
export async function dataVersions(manager: EntityManager): Promise<{ scenarios: string; products: string }> {
  const versions = await storedDataVersions(manager, ['scenarios', 'products']);
  const get = (n: string) => versions.get(n) ?? '0';
  return { scenarios: get('scenarios'), products: get('products') };
}

/** The name under which the worker keeps the corpus statistics (taxonomy_documents). */
export const CORPUS_DOCUMENT = 'matching-corpus';

/** The stored corpus statistics and when they were computed (undefined before the first computation). */
export async function loadCorpus(manager: EntityManager): Promise<{ stats: CorpusStats; at: string } | undefined> {
  const document = await taxonomyDocument<CorpusStats>(manager, CORPUS_DOCUMENT);
  return document ? { stats: document.body, at: document.at } : undefined;
}

/** When the stored corpus statistics were computed ('' when never): a cheap check before each job. */
export async function corpusVersion(manager: EntityManager): Promise<string> {
  return taxonomyDocumentVersion(manager, CORPUS_DOCUMENT);
}

/** Stores freshly computed corpus statistics; returns their version. */
export async function saveCorpus(manager: EntityManager, stats: CorpusStats): Promise<string> {
  return saveTaxonomyDocument(manager, CORPUS_DOCUMENT, stats);
}

let synonyms: Array<[string, string]> | undefined;

/**
 * The `segment` package's Chinese synonym list (MIT, ~4,300 pairs), read once from node_modules
 * (resolved from the working directory: bundled apps run from the repository or their dist
 * folder with node_modules beside it). Without it matching still works, with fewer expansions.
 */
export function synonymPairs(): Array<[string, string]> {
  if (!synonyms) {
    try {
      const file = createRequire(join(process.cwd(), 'package.json')).resolve('segment/dicts/synonym.txt');
      synonyms = parseSynonymList(readFileSync(file, 'utf8'));
    } catch {
      synonyms = [];
    }
  }
  return synonyms;
}
