import {
  Maturity,
  OpenAward,
  OpenBatch,
  OpenDataDataset,
  OpenDataRef,
  OpenDataTerm,
  OpenProduct,
  OpenScenario,
  OpenScenarioStatus,
  PUBLIC_SCENARIO_STATUSES,
} from '@scenematch/contracts';
import { beijingIsoSql } from '@scenematch/server-common';
import {
  APPLICATIONS,
  AWARDS,
  CAPABILITIES,
  CONSORTIUM_MEMBERS,
  DOMAINS,
  LAUNCH_EVENTS,
  ORGANISATIONS,
  PRODUCTS,
  SCENARIO_BATCHES,
  SCENARIOS,
} from '@scenematch/server-data';

/**
 * What each open-data feed reads. Read-only SQL over the owning domains' tables (as the figures
 * in server-stats do); which rows are public comes from the domains' own rules:
 *
 * - scenarios: PUBLIC_SCENARIO_STATUSES, the public scenario list's filter (published, closed,
 *   evaluating, awarded, piloting, accepted). Never contact details, review remarks or reasons.
 *   Withdrawn: published once (published_at set) and no longer public (cancelled).
 * - batches: published or closed (a closed list stays public, as in the portal).
 * - products: `listed`, as canSeeProduct lets anyone see. Withdrawn: listed once, then delisted.
 * - awards: confirmed (公示 over, no objection upheld) and on a public scenario; the winners'
 *   names and awarded amounts as the public notice shows them, nothing else of their bids.
 *   Withdrawn: confirmed, but the scenario has since left the public set.
 */
export interface DatasetQuery<T> {
  /** The row alias whose (updated_at, id) orders the feed. */
  alias: string;
  select: string;
  from: string;
  /** True for a row in the public set. */
  visible: string;
  /** True for a row that has left the public set (announced as withdrawn); `false` when none can. */
  withdrawn: string;
  /** The record's own fields; the feed puts its id, updatedAt and `withdrawn: false` before them. */
  toRecord(row: Record<string, unknown>, baseUrl: string): Omit<T, 'id' | 'updatedAt' | 'withdrawn'>;
}

/** PUBLIC_SCENARIO_STATUSES as an SQL list (constants of our own, not input). */
const PUBLIC = PUBLIC_SCENARIO_STATUSES.map((status) => `'${status}'`).join(', ');

/** ISO 8601 UTC with microseconds: the feed's `updatedAt` and the cursor's position. */
export const feedInstantSql = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const iso = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : value === null || value === undefined ? null : String(value));
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const terms = (codes: string) => `(SELECT coalesce(json_agg(json_build_object('code', t.code, 'name', t.name) ORDER BY array_position(${codes}, t.code)), '[]'::json)`;

const scenarios: DatasetQuery<OpenScenario> = {
  alias: 's',
  select: `
    s.id, s.seq_no, s.title, s.domain_code, d.name AS domain_name, s.agency_id, o.name AS agency_name,
    coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY array_position(s.co_agency_ids, c.id))
                FROM ${ORGANISATIONS} c WHERE s.co_agency_ids <> '{}' AND c.id = ANY(s.co_agency_ids)), '[]'::json) AS co_agencies,
    s.description, s.pain_points, s.expected_outcome,
    ${terms('s.capability_codes')} FROM ${CAPABILITIES} t WHERE t.code = ANY(s.capability_codes)) AS capabilities,
    ${beijingIsoSql('s.deadline')} AS deadline, s.budget_min, s.budget_max, s.site,
    s.batch_id, b.number AS batch_number, b.name AS batch_name, s.status, s.published_at`,
  from: `${SCENARIOS} s JOIN ${DOMAINS} d ON d.code = s.domain_code JOIN ${ORGANISATIONS} o ON o.id = s.agency_id LEFT JOIN ${SCENARIO_BATCHES} b ON b.id = s.batch_id`,
  visible: `s.status IN (${PUBLIC})`,
  withdrawn: `s.published_at IS NOT NULL AND NOT (s.status IN (${PUBLIC}))`,
  toRecord: (r, base) => ({
    seqNo: num(r['seq_no']),
    title: String(r['title']),
    domain: { code: String(r['domain_code']), name: String(r['domain_name']) },
    agency: { id: String(r['agency_id']), name: String(r['agency_name']) },
    coAgencies: r['co_agencies'] as OpenDataRef[],
    description: String(r['description']),
    painPoints: String(r['pain_points']),
    expectedOutcome: String(r['expected_outcome']),
    capabilities: r['capabilities'] as OpenDataTerm[],
    deadline: (r['deadline'] as string | null) ?? null,
    budgetMin: num(r['budget_min']),
    budgetMax: num(r['budget_max']),
    site: String(r['site']),
    batch: r['batch_id'] ? { id: String(r['batch_id']), number: Number(r['batch_number']), name: String(r['batch_name']) } : null,
    status: r['status'] as OpenScenarioStatus,
    publishedAt: iso(r['published_at']),
    url: `${base}/scenarios/${String(r['id'])}`,
  }),
};

const batches: DatasetQuery<OpenBatch> = {
  alias: 'b',
  select: `b.id, b.number, b.name, b.issuer, b.description, to_char(b.opens_on, 'YYYY-MM-DD') AS opens_on, to_char(b.closes_on, 'YYYY-MM-DD') AS closes_on, b.status, b.published_at`,
  from: `${SCENARIO_BATCHES} b`,
  visible: `b.status IN ('published', 'closed')`,
  withdrawn: `false`,
  toRecord: (r, base) => ({
    number: Number(r['number']),
    name: String(r['name']),
    issuer: String(r['issuer']),
    description: String(r['description']),
    opensOn: (r['opens_on'] as string | null) ?? null,
    closesOn: (r['closes_on'] as string | null) ?? null,
    status: r['status'] as OpenBatch['status'],
    publishedAt: iso(r['published_at']),
    url: `${base}/scenarios?batch=${String(r['id'])}`,
  }),
};

const products: DatasetQuery<OpenProduct> = {
  alias: 'p',
  select: `
    p.id, p.name, p.description, p.organisation_id, o.name AS company_name,
    ${terms('p.capability_codes')} FROM ${CAPABILITIES} t WHERE t.code = ANY(p.capability_codes)) AS capabilities,
    ${terms('p.domain_codes')} FROM ${DOMAINS} t WHERE t.code = ANY(p.domain_codes)) AS domains,
    p.maturity, p.deployment_modes, p.cases, e.id AS event_id, e.title AS event_title, to_char(e.held_on, 'YYYY-MM-DD') AS event_held_on, p.listed_at`,
  from: `${PRODUCTS} p JOIN ${ORGANISATIONS} o ON o.id = p.organisation_id LEFT JOIN ${LAUNCH_EVENTS} e ON e.id = p.launch_event_id AND e.status = 'released'`,
  visible: `p.status = 'listed'`,
  withdrawn: `p.status = 'delisted' OR (p.listed_at IS NOT NULL AND p.status <> 'listed')`,
  toRecord: (r, base) => ({
    name: String(r['name']),
    description: String(r['description']),
    company: { id: String(r['organisation_id']), name: String(r['company_name']) },
    capabilities: r['capabilities'] as OpenDataTerm[],
    domains: r['domains'] as OpenDataTerm[],
    maturity: r['maturity'] as Maturity,
    deploymentModes: r['deployment_modes'] as string[],
    cases: r['cases'] as string[],
    launchEvent: r['event_id'] ? { id: String(r['event_id']), title: String(r['event_title']), heldOn: String(r['event_held_on']) } : null,
    listedAt: iso(r['listed_at']),
    url: `${base}/products/${String(r['id'])}`,
  }),
};

const awards: DatasetQuery<OpenAward> = {
  alias: 'w',
  select: `
    w.id, w.scenario_id, s.title AS scenario_title, s.batch_id, s.agency_id, ag.name AS agency_name,
    coalesce((SELECT json_agg(json_build_object(
                'company', json_build_object('id', o.id, 'name', o.name),
                'members', coalesce((SELECT json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name)
                                       FROM ${CONSORTIUM_MEMBERS} cm JOIN ${ORGANISATIONS} m ON m.id = cm.organisation_id
                                      WHERE cm.application_id = a.id AND cm.status = 'accepted'), '[]'::json),
                'amount', a.quote) ORDER BY o.name)
                FROM ${APPLICATIONS} a JOIN ${ORGANISATIONS} o ON o.id = a.organisation_id WHERE a.id = ANY(w.application_ids)), '[]'::json) AS winners,
    w.notice_starts_at, w.notice_ends_at, w.decided_at`,
  from: `${AWARDS} w JOIN ${SCENARIOS} s ON s.id = w.scenario_id JOIN ${ORGANISATIONS} ag ON ag.id = s.agency_id`,
  visible: `w.status = 'confirmed' AND s.status IN (${PUBLIC})`,
  withdrawn: `w.status = 'confirmed' AND NOT (s.status IN (${PUBLIC}))`,
  toRecord: (r, base) => ({
    scenario: { id: String(r['scenario_id']), title: String(r['scenario_title']), batchId: (r['batch_id'] as string | null) ?? null },
    agency: { id: String(r['agency_id']), name: String(r['agency_name']) },
    winners: (r['winners'] as Array<{ company: OpenDataRef; members: OpenDataRef[]; amount: string | number | null }>).map((w) => ({
      company: w.company,
      members: w.members,
      amount: num(w.amount),
    })),
    noticeStartsAt: iso(r['notice_starts_at']) as string,
    noticeEndsAt: iso(r['notice_ends_at']) as string,
    confirmedAt: iso(r['decided_at']),
    url: `${base}/notices`,
  }),
};

export const DATASETS: { [K in OpenDataDataset]: DatasetQuery<DatasetRecord<K>> } = { scenarios, batches, products, awards };

export type DatasetRecord<K extends OpenDataDataset> = K extends 'scenarios' ? OpenScenario : K extends 'batches' ? OpenBatch : K extends 'products' ? OpenProduct : OpenAward;
