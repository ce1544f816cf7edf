import { PUBLIC_SCENARIO_STATUSES, ScenarioStatus, ScenarioView } from '@scenematch/contracts';
import { DOMAINS, ORGANISATIONS } from '@scenematch/server-data';
import { searchDocumentOf } from '@scenematch/server-database';
import { Actor, beijingIsoSql, isStaff, seesContactDetails } from '@scenematch/server-common';

/** The columns every scenario read selects (aliases s, d, o, b). */
export const SCENARIO_VIEW_SQL = `
  s.id, s.seq_no, s.title, s.domain_code, d.name AS domain_name, s.agency_id, o.name AS agency_name,
  coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY array_position(s.co_agency_ids, c.id))
            FROM ${ORGANISATIONS} c WHERE s.co_agency_ids <> '{}' AND c.id = ANY(s.co_agency_ids)), '[]'::json) AS co_agencies,
  s.description, s.pain_points, s.expected_outcome, s.capability_codes,
  ${beijingIsoSql('s.deadline')} AS deadline, ${beijingIsoSql('s.bids_opened_at')} AS bids_opened_at, s.budget_min, s.budget_max, s.site,
  s.contact_name, s.contact_phone, s.contact_email, s.batch_id, b.number AS batch_number, b.name AS batch_name, b.status AS batch_status,
  s.status, s.return_reason, s.version, s.source, s.submitted_at, s.published_at, s.created_at, s.updated_at`;

export const SCENARIO_FROM_SQL = `
  FROM scenarios s
  JOIN ${DOMAINS} d ON d.code = s.domain_code
  JOIN ${ORGANISATIONS} o ON o.id = s.agency_id
  LEFT JOIN scenario_batches b ON b.id = s.batch_id`;

export interface ScenarioRow {
  id: string;
  seq_no: number | null;
  title: string;
  domain_code: string;
  domain_name: string;
  agency_id: string;
  agency_name: string;
  co_agencies: Array<{ id: string; name: string }>;
  description: string;
  pain_points: string;
  expected_outcome: string;
  capability_codes: string[];
  deadline: string | null;
  bids_opened_at: string | null;
  budget_min: string | null;
  budget_max: string | null;
  site: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  batch_id: string | null;
  batch_number: number | null;
  batch_name: string | null;
  batch_status: 'draft' | 'published' | 'closed' | null;
  status: ScenarioStatus;
  return_reason: string | null;
  version: number;
  source: 'portal' | 'import' | 'seed';
  submitted_at: Date | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function isPublicStatus(status: ScenarioStatus): boolean {
  return PUBLIC_SCENARIO_STATUSES.includes(status);
}

/** Whether the actor may see the scenario at all: public ones, or their own unit's, or staff. */
export function canSee(actor: Actor | undefined, row: { status: ScenarioStatus; agency_id: string; co_agencies?: Array<{ id: string }> }): boolean {
  if (isPublicStatus(row.status) || isStaff(actor)) return true;
  return isOwnUnit(actor, row);
}

export function isOwnUnit(actor: Actor | undefined, row: { agency_id: string; co_agencies?: Array<{ id: string }> }): boolean {
  if (!actor || actor.role !== 'agency') return false;
  return actor.organisationId === row.agency_id;
}

export function toScenarioView(
  row: ScenarioRow,
  capabilityNames: Map<string, string>,
  actor: Actor | undefined,
): ScenarioView {
  // Contact details go to signed-in users of verified organisations only: a public list is not a phone book.
  const contact = seesContactDetails(actor, row.agency_id) ? { name: row.contact_name, phone: row.contact_phone, email: row.contact_email } : null;
  return {
    id: row.id,
    seqNo: row.seq_no,
    title: row.title,
    domain: { code: row.domain_code, name: row.domain_name },
    agency: { id: row.agency_id, name: row.agency_name },
    coAgencies: row.co_agencies ?? [],
    description: row.description,
    painPoints: row.pain_points,
    expectedOutcome: row.expected_outcome,
    capabilities: row.capability_codes.map((code) => ({ code, name: capabilityNames.get(code) ?? code })),
    deadline: row.deadline,
    bidsOpenedAt: row.bids_opened_at,
    budgetMin: row.budget_min === null ? null : Number(row.budget_min),
    budgetMax: row.budget_max === null ? null : Number(row.budget_max),
    site: row.site,
    contact,
    batch: row.batch_id
      ? { id: row.batch_id, number: row.batch_number as number, name: row.batch_name as string, status: row.batch_status ?? 'draft' }
      : null,
    status: row.status,
    returnReason: isOwnUnit(actor, row) || isStaff(actor) ? row.return_reason : null,
    version: row.version,
    source: row.source,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    publishedAt: row.published_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Where `searchDocument` puts the parts ranking reads (lines of the stored search text). */
export const SCENARIO_SEARCH_PARTS = { title: 1, unit: 3 } as const;

/**
 * What the search index holds for a scenario: its words and its units' and domain's names, the
 * title first and the responsible unit third (SCENARIO_SEARCH_PARTS).
 */
export function searchDocument(parts: {
  title: string;
  description?: string;
  painPoints?: string;
  expectedOutcome?: string;
  site?: string;
  domainName: string;
  agencyNames: string[];
}): { text: string; tokens: string[] } {
  return searchDocumentOf([parts.title, parts.domainName, ...parts.agencyNames, parts.description, parts.painPoints, parts.expectedOutcome, parts.site]);
}
